package com.motovaultpro.platform.config;

/** Every configuration key the application reads. docs/configuration.md documents each one. */
public final class ConfigKeys {

    public static final String DATA_DIR = "motovault.data.dir";
    public static final String DB_URL = "motovault.db.url";
    public static final String DB_USER = "motovault.db.user";
    public static final String DB_PASSWORD = "motovault.db.password";
    public static final String DB_EMBEDDED_PORT = "motovault.db.embedded.port";
    public static final String DB_POOL_MAX_SIZE = "motovault.db.pool.max.size";
    public static final String DB_POOL_MIN_SIZE = "motovault.db.pool.min.size";
    public static final String DB_STARTUP_TIMEOUT_SECONDS = "motovault.db.startup.timeout.seconds";
    public static final String SESSION_TIMEOUT_MINUTES = "motovault.session.timeout.minutes";
    public static final String REGISTRATION_MODE = "motovault.registration.mode";
    public static final String PASSWORD_HASH_ITERATIONS = "motovault.security.password.iterations";
    public static final String LOGIN_MAX_FAILURES = "motovault.security.login.max.failures";
    public static final String LOGIN_MAX_FAILURES_PER_CLIENT = "motovault.security.login.max.failures.per.client";
    public static final String LOGIN_WINDOW_MINUTES = "motovault.security.login.window.minutes";
    public static final String PUBLIC_URL = "motovault.public.url";
    /** The port Liberty listens on (server.xml's MOTOVAULT_HTTP_PORT): the default public URL's port. */
    public static final String HTTP_PORT = "motovault.http.port";
    public static final String API_REQUESTS_PER_MINUTE = "motovault.security.api.requests.per.minute";
    public static final String CALENDAR_MAX_FAILURES_PER_CLIENT = "motovault.security.calendar.max.failures.per.client";
    public static final String DRIVER_LINK_MAX_FAILURES_PER_CLIENT = "motovault.security.driver.link.max.failures.per.client";
    public static final String DRIVER_LINK_ENTRIES_PER_HOUR = "motovault.security.driver.link.entries.per.hour";
    public static final String REGISTRATIONS_PER_CLIENT_PER_HOUR =
            "motovault.security.registrations.per.client.per.hour";
    public static final String OIDC_ISSUER = "motovault.oidc.issuer";
    public static final String OIDC_AUTHORIZATION_ENDPOINT = "motovault.oidc.authorization.endpoint";
    public static final String OIDC_TOKEN_ENDPOINT = "motovault.oidc.token.endpoint";
    public static final String OIDC_JWKS_URI = "motovault.oidc.jwks.uri";
    public static final String OIDC_END_SESSION_ENDPOINT = "motovault.oidc.end.session.endpoint";
    public static final String OIDC_CLIENT_ID = "motovault.oidc.client.id";
    public static final String OIDC_CLIENT_SECRET = "motovault.oidc.client.secret";
    public static final String OIDC_SCOPES = "motovault.oidc.scopes";
    public static final String OIDC_USERNAME_CLAIM = "motovault.oidc.claim.username";
    public static final String OIDC_GROUPS_CLAIM = "motovault.oidc.claim.groups";
    public static final String OIDC_ADMIN_GROUP = "motovault.oidc.admin.group";
    public static final String OIDC_PROVIDER_NAME = "motovault.oidc.provider.name";
    public static final String OIDC_REDIRECT_URI = "motovault.oidc.redirect.uri";
    public static final String OIDC_API_AUDIENCE = "motovault.oidc.api.audience";
    public static final String DOCUMENTS_STORAGE = "motovault.documents.storage";
    public static final String DOCUMENTS_DIR = "motovault.documents.dir";
    public static final String DOCUMENTS_MAX_BYTES = "motovault.documents.max.bytes";
    public static final String IMPORT_MAX_BYTES = "motovault.import.max.bytes";
    public static final String RESTORE_MAX_BYTES = "motovault.restore.max.bytes";
    public static final String S3_ENDPOINT = "motovault.s3.endpoint";
    public static final String S3_REGION = "motovault.s3.region";
    public static final String S3_BUCKET = "motovault.s3.bucket";
    public static final String S3_ACCESS_KEY = "motovault.s3.access.key";
    public static final String S3_SECRET_KEY = "motovault.s3.secret.key";
    /** Read by the backup and restore commands (db/backup.sh, db/restore.sh), not by the server. */
    public static final String BACKUP_TARGET = "motovault.backup.target";
    public static final String BACKUP_KEEP = "motovault.backup.keep";
    public static final String BACKUP_S3_ENDPOINT = "motovault.backup.s3.endpoint";
    public static final String BACKUP_S3_REGION = "motovault.backup.s3.region";
    public static final String BACKUP_S3_ACCESS_KEY = "motovault.backup.s3.access.key";
    public static final String BACKUP_S3_SECRET_KEY = "motovault.backup.s3.secret.key";
    /** Read by the readiness check "draining" (set by liberty/bin/run-with-drain.sh). */
    public static final String DRAIN_FILE = "motovault.drain.file";
    public static final String REDIS_URL = "motovault.redis.url";
    public static final String REDIS_PASSWORD = "motovault.redis.password";
    public static final String SESSIONS = "motovault.sessions";
    public static final String CACHE_ENABLED = "motovault.cache.enabled";
    public static final String CACHE_LOCAL_TTL_SECONDS = "motovault.cache.local.ttl.seconds";
    public static final String CACHE_LOCAL_MAX_ENTRIES = "motovault.cache.local.max.entries";
    public static final String CACHE_SHARED_TTL_SECONDS = "motovault.cache.shared.ttl.seconds";
    public static final String SMTP_HOST = "motovault.smtp.host";
    public static final String SMTP_PORT = "motovault.smtp.port";
    public static final String SMTP_SECURITY = "motovault.smtp.security";
    public static final String SMTP_USERNAME = "motovault.smtp.username";
    public static final String SMTP_PASSWORD = "motovault.smtp.password";
    public static final String SMTP_FROM = "motovault.smtp.from";
    public static final String OUTBOUND_PRIVATE_NETWORKS = "motovault.outbound.private.networks";
    public static final String OUTBOUND_ALLOWED_ADDRESSES = "motovault.outbound.allowed.addresses";
    public static final String NOTIFY_SCAN_MINUTES = "motovault.notify.scan.minutes";
    public static final String NOTIFY_RETRY_FIRST_SECONDS = "motovault.notify.retry.first.seconds";
    public static final String NOTIFY_HTTP_TIMEOUT_SECONDS = "motovault.notify.http.timeout.seconds";
    public static final String NOTIFY_MAX_PER_SECOND = "motovault.notify.max.per.second";

    private ConfigKeys() {
    }
}
