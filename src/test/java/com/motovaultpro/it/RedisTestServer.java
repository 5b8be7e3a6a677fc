package com.motovaultpro.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import redis.embedded.RedisServer;

/**
 * A real redis-server (7.0.15, the binary shipped in org.signal:embedded-redis) in its own process,
 * without persistence: stopping it loses everything, as a Redis restart without a volume would.
 */
public final class RedisTestServer implements AutoCloseable {

    private final int port;
    private RedisServer server;

    public RedisTestServer(int port) {
        this.port = port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public synchronized RedisTestServer start() throws IOException {
        if (server == null || !server.isActive()) {
            server = RedisServer.builder().port(port).setting("bind 127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").setting("maxmemory 128mb").build();
            server.start();
        }
        return this;
    }

    /** Redis goes away: connections are refused until {@link #start} again. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Whether something answers on the port (for assertions that it is really down). */
    public boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
