package com.motovaultpro.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Liberty server the integration tests run against: a clone of the server the build
 * prepared (target/liberty/wlp/usr/servers/motovault) with its own ports and data directory,
 * started, restarted (with extra environment) and stopped through Liberty's own scripts.
 */
public final class LibertyServer {

    private static final String SOURCE_SERVER = "motovault";

    private final Path wlp = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private final String name;
    private final Path dataDir;
    private final String httpPort;
    private final String httpsPort;
    private final String dbPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    /** The suite's shared server (ports and directories from the build's system properties). */
    public LibertyServer() {
        this(System.getProperty("it.server.name", "motovault-it"),
                Path.of(System.getProperty("it.data.dir", "target/it-data")),
                Integer.parseInt(System.getProperty("it.http.port", "9180")),
                Integer.parseInt(System.getProperty("it.https.port", "9543")),
                Integer.parseInt(System.getProperty("it.db.port", "25439")));
    }

    /** Another server of the same build (e.g. a second replica), with its own name, ports and data. */
    public LibertyServer(String name, Path dataDir, int httpPort, int httpsPort, int dbPort) {
        this.name = name;
        this.dataDir = dataDir.toAbsolutePath();
        this.httpPort = Integer.toString(httpPort);
        this.httpsPort = Integer.toString(httpsPort);
        this.dbPort = Integer.toString(dbPort);
    }

    /** The environment the server is started with (the test defaults), for starting it another way. */
    public Map<String, String> environment() {
        return defaultEnv();
    }

    public Path wlpDir() {
        return wlp.toAbsolutePath();
    }

    public String name() {
        return name;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The loopback port of its embedded PostgreSQL ({@link TestDatabase} connects there). */
    public int dbPort() {
        return Integer.parseInt(dbPort);
    }

    public Path serverDir() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    public Path messagesLog() {
        return serverDir().resolve("logs/messages.log");
    }

    public Path consoleLog() {
        return serverDir().resolve("logs/console.log");
    }

    /** A fresh clone of the prepared server and an empty data directory. */
    public void prepareFresh() throws IOException, InterruptedException {
        stop();
        deleteTree(serverDir());
        deleteTree(dataDir);
        copyTree(wlp.resolve("usr/servers").resolve(SOURCE_SERVER), serverDir());
        deleteTree(serverDir().resolve("logs"));
        deleteTree(serverDir().resolve("workarea"));
    }

    public void start() throws IOException, InterruptedException {
        start(Map.of());
    }

    /** Starts with the test defaults plus {@code extraEnv}, then waits until /health/ready is UP. */
    public void start(Map<String, String> extraEnv) throws IOException, InterruptedException {
        int exit = run(extraEnv, "start", name, "--clean");
        if (exit != 0) {
            throw new IllegalStateException("server start " + name + " exited with " + exit + "; see " + consoleLog());
        }
        awaitReady(Duration.ofSeconds(120));
    }

    /** Starts without waiting for readiness; returns the script's exit code. */
    public int startExpectingFailure(Map<String, String> extraEnv) throws IOException, InterruptedException {
        return run(extraEnv, "start", name, "--clean");
    }

    public void stop() throws IOException, InterruptedException {
        if (Files.isDirectory(serverDir())) {
            run(Map.of(), "stop", name);
        }
    }

    /** The process id of the server's JVM, while it runs. */
    public long pid() throws IOException {
        return Long.parseLong(Files.readString(pidFile()).trim());
    }

    private Path pidFile() {
        return wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
    }

    /** Ends the server's JVM at once (kill -9): no shutdown, nothing flushed, as a crashed node. */
    public void kill() throws IOException, InterruptedException {
        Path pidFile = pidFile();
        long pid = pid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        Files.deleteIfExists(pidFile);
    }

    public boolean isRunning() throws IOException, InterruptedException {
        return run(Map.of(), "status", name) == 0;
    }

    public void restart(Map<String, String> extraEnv) throws IOException, InterruptedException {
        stop();
        start(extraEnv);
    }

    public void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Server not ready after " + limit.toSeconds() + " s; see " + messagesLog());
    }

    private int run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = wlp.resolve("bin/server").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolve("it-server-commands.log").toFile()));
        Map<String, String> env = builder.environment();
        env.putAll(defaultEnv());
        env.putAll(extraEnv);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + String.join(" ", args) + " did not finish in 180 s");
        }
        return process.exitValue();
    }

    /** The test server's failed sign-ins per client address (5 per account, as in production). */
    static final int LOGIN_FAILURES_PER_CLIENT = 20;

    /** The test server's unknown calendar links per client address in 10 minutes (20 in production). */
    static final int CALENDAR_FAILURES_PER_CLIENT = 50;

    /** The test server's unknown driver links per client address in 10 minutes (as in production). */
    static final int DRIVER_LINK_FAILURES_PER_CLIENT = 20;

    /** The test server's entries per driver link and hour (20 in production): DriverLinkBrowserIT goes past it. */
    static final int DRIVER_LINK_ENTRIES_PER_HOUR = 4;
    /** API requests per credential per minute on the test server. */
    static final int API_REQUESTS_PER_MINUTE = 2000;

    /** The test server's sign-ups per client address and hour (10 in production). */
    static final int SIGN_UPS_PER_CLIENT = 20;

    /** The test server's largest document (1 MiB; 50 MB in production). */
    static final long DOCUMENT_MAX_BYTES = 1024 * 1024;
    /**
     * The largest CSV file an import takes on the test server: as small as a document (quick to
     * exceed) unless {@code -Dit.import.max.bytes} says otherwise (ImportBenchmark's large file).
     */
    static final long IMPORT_MAX_BYTES = Long.getLong("it.import.max.bytes", 1024 * 1024);

    private Map<String, String> defaultEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("MOTOVAULT_HTTP_PORT", httpPort);
        env.put("MOTOVAULT_HTTPS_PORT", httpsPort);
        env.put("MOTOVAULT_HTTP_HOST", "localhost");
        env.put("MOTOVAULT_PUBLIC_URL", "http://localhost:" + httpPort);
        env.put("MOTOVAULT_DATA_DIR", dataDir.toString());
        env.put("MOTOVAULT_DB_EMBEDDED_PORT", dbPort);
        // Single sign-on and bearer tokens against the tests' provider (OidcProvider, started by the
        // tests that need it; when it is not running, the provider is simply "down").
        env.put("MOTOVAULT_OIDC_ISSUER", OidcProvider.ISSUER);
        env.put("MOTOVAULT_OIDC_CLIENT_ID", OidcProvider.CLIENT_ID);
        env.put("MOTOVAULT_OIDC_CLIENT_SECRET", "it-client-secret");
        env.put("MOTOVAULT_OIDC_ADMIN_GROUP", OidcProvider.ADMIN_GROUP);
        env.put("MOTOVAULT_OIDC_PROVIDER_NAME", "Test SSO");
        env.put("MOTOVAULT_OIDC_API_AUDIENCE", OidcProvider.API_AUDIENCE);
        // A provider that is back is tried again after 2 s, not the production 30 s.
        env.put("CIRCUITBREAKER_DELAY", "2000");
        // Tests that send wrong passwords on purpose come from loopback; RateLimitIT goes past this.
        env.put("MOTOVAULT_SECURITY_LOGIN_MAX_FAILURES_PER_CLIENT", Integer.toString(LOGIN_FAILURES_PER_CLIENT));
        // The least PBKDF2 cost the server accepts (production: 210,000). Most tests call the API
        // with HTTP Basic, which hashes the password on every request; what the tests prove does
        // not depend on the cost (PasswordHasherTest and AppSettingsParserTest cover it), the
        // suite's time does.
        env.put("MOTOVAULT_SECURITY_PASSWORD_ITERATIONS", "10000");
        // Small enough for DocumentApiIT to go past it cheaply.
        env.put("MOTOVAULT_DOCUMENTS_MAX_BYTES", Long.toString(DOCUMENT_MAX_BYTES));
        env.put("MOTOVAULT_IMPORT_MAX_BYTES", Long.toString(IMPORT_MAX_BYTES));
        // Sign-ups per client address and hour: Api.newUser signs up from addresses of its own;
        // the few sign-ups from loopback stay below it, AccountApiIT goes past it.
        env.put("MOTOVAULT_SECURITY_REGISTRATIONS_PER_CLIENT_PER_HOUR", Integer.toString(SIGN_UPS_PER_CLIENT));
        // Unknown calendar links from loopback (the authorization matrix, AuthenticationIT) stay below
        // it; CalendarFeedIT goes past it from an address of its own.
        env.put("MOTOVAULT_SECURITY_CALENDAR_MAX_FAILURES_PER_CLIENT", Integer.toString(CALENDAR_FAILURES_PER_CLIENT));
        // Unknown driver links come from addresses of their own in DriverLinkApiIT; the other
        // tests open real links only.
        env.put("MOTOVAULT_SECURITY_DRIVER_LINK_MAX_FAILURES_PER_CLIENT", Integer.toString(DRIVER_LINK_FAILURES_PER_CLIENT));
        env.put("MOTOVAULT_SECURITY_DRIVER_LINK_ENTRIES_PER_HOUR", Integer.toString(DRIVER_LINK_ENTRIES_PER_HOUR));
        // Above what the authorization matrix sends per key in a minute (its four observer keys read
        // the owner's state around every refused call: with 1000, a quick server took one past the
        // limit); RateLimitIT goes past it.
        env.put("MOTOVAULT_SECURITY_API_REQUESTS_PER_MINUTE", Integer.toString(API_REQUESTS_PER_MINUTE));
        // Notifications: e-mail through the tests' SMTP server (MailServer, started by the tests
        // that read mail); webhook, ntfy and Gotify receivers (HookReceiver) listen on 127.0.0.2,
        // which this server may reach as an administrator's allowed range - 127.0.0.1 stays refused
        // like every loopback address. Retries after 1 s, answers within 2 s: quick to test.
        env.put("MOTOVAULT_SMTP_HOST", "127.0.0.1");
        env.put("MOTOVAULT_SMTP_PORT", Integer.toString(MailServer.PORT));
        env.put("MOTOVAULT_SMTP_SECURITY", "none");
        env.put("MOTOVAULT_SMTP_FROM", MailServer.FROM);
        env.put("MOTOVAULT_OUTBOUND_ALLOWED_ADDRESSES", HookReceiver.ADDRESS + "/32");
        env.put("MOTOVAULT_NOTIFY_RETRY_FIRST_SECONDS", "1");
        env.put("MOTOVAULT_NOTIFY_HTTP_TIMEOUT_SECONDS", "2");
        return env;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
