package com.motovaultpro.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API server for the tests: S3Proxy (Maven Central, filesystem backend) in its own
 * process — the build copies its jar to target/s3proxy; it never joins the test classpath. It can
 * be stopped and started again on the same port and data directory (objects survive).
 */
public final class S3ProxyServer implements AutoCloseable {

    public static final String ACCESS_KEY = "it-access";
    public static final String SECRET_KEY = "it-secret-key-12345";
    public static final int PORT = 9191;

    private final Path jar = Path.of(System.getProperty("it.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
    private final Path workDir;
    private Process process;
    private boolean startedBefore;

    public S3ProxyServer(String name) {
        this.workDir = Path.of(System.getProperty("it.s3proxy.dir", "target/s3proxy-data")).resolve(name).toAbsolutePath();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + PORT;
    }

    public synchronized S3ProxyServer start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (!startedBefore) {
            // A new server starts empty (the build keeps target/ between runs); a restart keeps its objects.
            LibertyServer.deleteTree(workDir.resolve("data"));
            startedBefore = true;
        }
        Path data = Files.createDirectories(workDir.resolve("data"));
        Path properties = workDir.resolve("s3proxy.properties");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=" + endpoint(),
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data,
                ""));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString(),
                "--properties", properties.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("s3proxy.log").toFile()));
        builder.environment().put("LOG_LEVEL", "warn");
        process = builder.start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly)); // never an orphan
        awaitReady(Duration.ofSeconds(60));
        return this;
    }

    /** The S3 server goes away: connections are refused until {@link #start} again. */
    public synchronized void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            process = null;
        }
    }

    /** Where the bucket's objects lie on disk (for checks that nothing half-written was left). */
    public Path bucketDir(String bucket) {
        return workDir.resolve("data").resolve(bucket);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitReady(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("S3Proxy exited with " + process.exitValue() + ", see " + workDir.resolve("s3proxy.log"));
            }
            try {
                HttpURLConnection probe = (HttpURLConnection) URI.create(endpoint() + "/").toURL().openConnection();
                probe.setConnectTimeout(500);
                probe.setReadTimeout(2000);
                int status = probe.getResponseCode(); // 403 for an anonymous request: it is up
                probe.disconnect();
                if (status > 0) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IOException("S3Proxy not ready after " + limit.toSeconds() + " s");
    }
}
