package com.motovaultpro.platform.config;

import com.motovaultpro.platform.outbound.AddressRange;
import com.motovaultpro.platform.outbound.OutboundPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns raw key/value configuration into {@link AppSettings}, or every problem found. */
public final class AppSettingsParser {

    static final int DEFAULT_EMBEDDED_PORT = 54329;
    static final int MIN_PASSWORD_ITERATIONS = 10_000;

    private AppSettingsParser() {
    }

    public static AppSettings parse(Function<String, Optional<String>> source, Path userHome) {
        SettingsReader in = new SettingsReader(source);

        Path dataDir = in.path(ConfigKeys.DATA_DIR, userHome.resolve(".motovaultpro"));
        Optional<String> url = in.optional(ConfigKeys.DB_URL);
        url.filter(u -> !u.startsWith("jdbc:postgresql://"))
                .ifPresent(u -> in.reject(ConfigKeys.DB_URL, "must start with jdbc:postgresql://"));
        if (url.isPresent()) {
            // An external database never falls back to the embedded defaults for credentials.
            requirePresent(in, ConfigKeys.DB_USER, "is required when " + ConfigKeys.DB_URL + " is set");
            requirePresent(in, ConfigKeys.DB_PASSWORD, "is required when " + ConfigKeys.DB_URL + " is set");
        }
        int embeddedPort = in.integer(ConfigKeys.DB_EMBEDDED_PORT, DEFAULT_EMBEDDED_PORT, 1024, 65535);
        int poolMax = in.integer(ConfigKeys.DB_POOL_MAX_SIZE, 100, 1, 10_000);
        int poolMin = in.integer(ConfigKeys.DB_POOL_MIN_SIZE, 10, 0, 10_000);
        if (poolMin > poolMax) {
            in.reject(ConfigKeys.DB_POOL_MIN_SIZE, "must not exceed " + ConfigKeys.DB_POOL_MAX_SIZE + " (" + poolMax + ")");
        }
        int startupTimeout = in.integer(ConfigKeys.DB_STARTUP_TIMEOUT_SECONDS, 60, 1, 3600);
        int sessionTimeout = in.integer(ConfigKeys.SESSION_TIMEOUT_MINUTES, 30, 1, 24 * 60);
        RegistrationMode registration = in.choice(ConfigKeys.REGISTRATION_MODE, RegistrationMode.OPEN);
        int iterations = in.integer(ConfigKeys.PASSWORD_HASH_ITERATIONS, 210_000, MIN_PASSWORD_ITERATIONS, 10_000_000);
        int loginFailures = in.integer(ConfigKeys.LOGIN_MAX_FAILURES, 5, 1, 1000);
        int loginFailuresPerClient = in.integer(ConfigKeys.LOGIN_MAX_FAILURES_PER_CLIENT, 5, 1, 100_000);
        int loginWindow = in.integer(ConfigKeys.LOGIN_WINDOW_MINUTES, 5, 1, 24 * 60);
        int apiPerMinute = in.integer(ConfigKeys.API_REQUESTS_PER_MINUTE, 100, 1, 1_000_000);
        int registrationsPerHour = in.integer(ConfigKeys.REGISTRATIONS_PER_CLIENT_PER_HOUR, 10, 1, 1_000_000);
        int calendarFailures = in.integer(ConfigKeys.CALENDAR_MAX_FAILURES_PER_CLIENT, 20, 1, 1_000_000);
        int driverLinkFailures = in.integer(ConfigKeys.DRIVER_LINK_MAX_FAILURES_PER_CLIENT, 20, 1, 1_000_000);
        int driverLinkEntries = in.integer(ConfigKeys.DRIVER_LINK_ENTRIES_PER_HOUR, 20, 1, 100_000);
        Optional<OidcSettings> oidc = oidc(in);
        DocumentSettings.StorageKind storage = in.choice(ConfigKeys.DOCUMENTS_STORAGE, DocumentSettings.StorageKind.FILESYSTEM);
        DocumentSettings documents = new DocumentSettings(storage,
                in.path(ConfigKeys.DOCUMENTS_DIR, dataDir.resolve("documents")),
                in.longInteger(ConfigKeys.DOCUMENTS_MAX_BYTES, 50L * 1024 * 1024, 1024, 10L * 1024 * 1024 * 1024),
                storage == DocumentSettings.StorageKind.S3 ? s3(in) : Optional.empty());
        long importMaxBytes = in.longInteger(ConfigKeys.IMPORT_MAX_BYTES, 50L * 1024 * 1024, 1024, 1024L * 1024 * 1024);
        long restoreMaxBytes = in.longInteger(ConfigKeys.RESTORE_MAX_BYTES, 1024L * 1024 * 1024, 1024L * 1024,
                16L * 1024 * 1024 * 1024);
        CacheSettings cache = cache(in);
        NotificationSettings notifications = notifications(in);
        URI publicUrl = publicUrl(in);
        if (oidc.isPresent() && in.httpUrl(ConfigKeys.PUBLIC_URL).isEmpty()) {
            // The provider sends browsers back to links built from it: http://localhost would
            // break every sign-in from anywhere else, silently. Say so at start instead.
            in.reject(ConfigKeys.PUBLIC_URL, "is required with single sign-on (the provider's redirect and sign-out"
                    + " URIs start with it), e.g. https://cars.example.org");
        }

        List<ConfigProblem> problems = in.problems();
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        DatabaseSettings database = new DatabaseSettings(url, embeddedPort, poolMax, poolMin,
                Duration.ofSeconds(startupTimeout));
        SecuritySettings security = new SecuritySettings(loginFailures, loginFailuresPerClient, Duration.ofMinutes(loginWindow),
                apiPerMinute, registrationsPerHour, calendarFailures, driverLinkFailures, driverLinkEntries);
        return new AppSettings(dataDir, database, sessionTimeout, registration, iterations, security, oidc, documents, cache,
                publicUrl, importMaxBytes, restoreMaxBytes, notifications);
    }

    /** E-mail is offered when an SMTP host is set, which then needs a sender address. */
    private static NotificationSettings notifications(SettingsReader in) {
        Optional<String> host = in.optional(ConfigKeys.SMTP_HOST);
        NotificationSettings.SmtpSecurity security = in.choice(ConfigKeys.SMTP_SECURITY,
                NotificationSettings.SmtpSecurity.STARTTLS);
        int port = in.integer(ConfigKeys.SMTP_PORT, security == NotificationSettings.SmtpSecurity.TLS ? 465 : 587, 1,
                65535);
        Optional<String> from = in.optional(ConfigKeys.SMTP_FROM);
        Optional<String> username = in.optional(ConfigKeys.SMTP_USERNAME);
        Optional<String> password = in.optional(ConfigKeys.SMTP_PASSWORD);
        if (host.isPresent() && from.isEmpty()) {
            in.reject(ConfigKeys.SMTP_FROM, "is required when " + ConfigKeys.SMTP_HOST
                    + " is set, e.g. MotoVaultPro <cars@example.org>");
        }
        if (from.isPresent() && !from.get().matches("[^\\r\\n]*@[^\\r\\n]*")) {
            in.reject(ConfigKeys.SMTP_FROM, "must be an e-mail address, was '" + from.get() + "'");
        }
        if (username.isPresent() != password.isPresent()) {
            in.reject(username.isPresent() ? ConfigKeys.SMTP_PASSWORD : ConfigKeys.SMTP_USERNAME,
                    "is required with " + (username.isPresent() ? ConfigKeys.SMTP_USERNAME : ConfigKeys.SMTP_PASSWORD));
        }
        List<AddressRange> allowed = new ArrayList<>();
        for (String item : in.optional(ConfigKeys.OUTBOUND_ALLOWED_ADDRESSES).orElse("").split(",")) {
            if (!item.isBlank()) {
                AddressRange.parse(item).ifPresentOrElse(allowed::add, () -> in.reject(
                        ConfigKeys.OUTBOUND_ALLOWED_ADDRESSES, "must list addresses or ranges like 192.168.1.20 or"
                                + " 10.0.0.0/8, separated by commas; '" + item.strip() + "' is not one"));
            }
        }
        OutboundPolicy outbound = new OutboundPolicy(in.bool(ConfigKeys.OUTBOUND_PRIVATE_NETWORKS, false), allowed);
        Duration scan = Duration.ofMinutes(in.integer(ConfigKeys.NOTIFY_SCAN_MINUTES, 15, 1, 24 * 60));
        Optional<NotificationSettings.Smtp> smtp = host.isEmpty() || from.isEmpty() ? Optional.empty()
                : Optional.of(new NotificationSettings.Smtp(host.get(), port, security, username, password, from.get()));
        Duration firstRetry = Duration.ofSeconds(in.integer(ConfigKeys.NOTIFY_RETRY_FIRST_SECONDS, 30, 1, 3600));
        Duration httpTimeout = Duration.ofSeconds(in.integer(ConfigKeys.NOTIFY_HTTP_TIMEOUT_SECONDS, 10, 1, 30));
        int maxPerSecond = in.integer(ConfigKeys.NOTIFY_MAX_PER_SECOND, 50, 1, 1000);
        return new NotificationSettings(smtp, outbound, scan, firstRetry, httpTimeout, maxPerSecond);
    }

    /** S3 document storage needs an endpoint and credentials (the secret from a Secret). */
    private static Optional<DocumentSettings.S3> s3(SettingsReader in) {
        Optional<java.net.URI> endpoint = in.httpUrl(ConfigKeys.S3_ENDPOINT);
        String why = "is required when " + ConfigKeys.DOCUMENTS_STORAGE + " is s3";
        if (in.optional(ConfigKeys.S3_ENDPOINT).isEmpty()) {
            in.reject(ConfigKeys.S3_ENDPOINT, why);
        }
        requirePresent(in, ConfigKeys.S3_ACCESS_KEY, why);
        requirePresent(in, ConfigKeys.S3_SECRET_KEY, why);
        String bucket = in.optional(ConfigKeys.S3_BUCKET).orElse("motovault-documents");
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            in.reject(ConfigKeys.S3_BUCKET, "must be a valid bucket name (3-63 lower-case letters, digits, dots, dashes), was '"
                    + bucket + "'");
        }
        if (endpoint.isEmpty() || in.optional(ConfigKeys.S3_ACCESS_KEY).isEmpty()
                || in.optional(ConfigKeys.S3_SECRET_KEY).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentSettings.S3(endpoint.get(), in.optional(ConfigKeys.S3_REGION).orElse("us-east-1"),
                bucket, in.optional(ConfigKeys.S3_ACCESS_KEY).get(), in.optional(ConfigKeys.S3_SECRET_KEY).get()));
    }

    /** Redis is on when a URL is configured; sessions in Redis need it. */
    private static CacheSettings cache(SettingsReader in) {
        Optional<java.net.URI> url = in.redisUrl(ConfigKeys.REDIS_URL);
        CacheSettings.SessionStore sessions = in.choice(ConfigKeys.SESSIONS, CacheSettings.SessionStore.MEMORY);
        if (sessions == CacheSettings.SessionStore.REDIS && in.optional(ConfigKeys.REDIS_URL).isEmpty()) {
            in.reject(ConfigKeys.REDIS_URL, "is required when " + ConfigKeys.SESSIONS + " is redis");
        }
        return new CacheSettings(url.map(u -> new CacheSettings.Redis(u, in.optional(ConfigKeys.REDIS_PASSWORD))),
                sessions, in.bool(ConfigKeys.CACHE_ENABLED, true),
                Duration.ofSeconds(in.integer(ConfigKeys.CACHE_LOCAL_TTL_SECONDS, 300, 1, 24 * 3600)),
                in.integer(ConfigKeys.CACHE_LOCAL_MAX_ENTRIES, 10_000, 10, 10_000_000),
                Duration.ofSeconds(in.integer(ConfigKeys.CACHE_SHARED_TTL_SECONDS, 1800, 1, 7 * 24 * 3600)));
    }

    /**
     * The configured public URL (http(s), a host, perhaps a path; no query, fragment or user), or
     * this machine's own address for a household that runs the server where it browses.
     */
    private static URI publicUrl(SettingsReader in) {
        int port = in.integer(ConfigKeys.HTTP_PORT, 9080, 1, 65535);
        URI local = URI.create("http://localhost:" + port);
        Optional<URI> configured = in.httpUrl(ConfigKeys.PUBLIC_URL);
        if (configured.isEmpty()) {
            return local;
        }
        URI url = configured.get();
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            in.reject(ConfigKeys.PUBLIC_URL, "must be a plain address like https://cars.example.org, without query,"
                    + " fragment or user");
            return local;
        }
        String text = url.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Single sign-on is on when an issuer is configured; it then needs a client id. */
    private static Optional<OidcSettings> oidc(SettingsReader in) {
        Optional<java.net.URI> issuer = in.httpUrl(ConfigKeys.OIDC_ISSUER);
        OidcSettings.Endpoints endpoints = new OidcSettings.Endpoints(
                in.httpUrl(ConfigKeys.OIDC_AUTHORIZATION_ENDPOINT), in.httpUrl(ConfigKeys.OIDC_TOKEN_ENDPOINT),
                in.httpUrl(ConfigKeys.OIDC_JWKS_URI), in.httpUrl(ConfigKeys.OIDC_END_SESSION_ENDPOINT));
        Optional<java.net.URI> redirect = in.httpUrl(ConfigKeys.OIDC_REDIRECT_URI);
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> clientId = in.optional(ConfigKeys.OIDC_CLIENT_ID);
        if (clientId.isEmpty()) {
            in.reject(ConfigKeys.OIDC_CLIENT_ID, "is required when " + ConfigKeys.OIDC_ISSUER + " is set");
            return Optional.empty();
        }
        String scopes = in.optional(ConfigKeys.OIDC_SCOPES).orElse("openid profile email");
        if (!List.of(scopes.split("\\s+")).contains("openid")) {
            in.reject(ConfigKeys.OIDC_SCOPES, "must include openid, was '" + scopes + "'");
        }
        Optional<String> apiAudience = in.optional(ConfigKeys.OIDC_API_AUDIENCE);
        if (apiAudience.filter(clientId.get()::equals).isPresent()) {
            in.reject(ConfigKeys.OIDC_API_AUDIENCE, "must differ from " + ConfigKeys.OIDC_CLIENT_ID
                    + ": ID tokens (addressed to the client) must never pass as API tokens");
        }
        return Optional.of(new OidcSettings(issuer.get(), endpoints, clientId.get(),
                in.optional(ConfigKeys.OIDC_CLIENT_SECRET), scopes,
                in.optional(ConfigKeys.OIDC_USERNAME_CLAIM).orElse("preferred_username"),
                in.optional(ConfigKeys.OIDC_GROUPS_CLAIM).orElse("groups"),
                in.optional(ConfigKeys.OIDC_ADMIN_GROUP),
                in.optional(ConfigKeys.OIDC_PROVIDER_NAME).orElse("single sign-on"), redirect,
                apiAudience));
    }

    private static void requirePresent(SettingsReader in, String key, String problem) {
        if (in.optional(key).isEmpty()) {
            in.reject(key, problem);
        }
    }
}
