package com.motovaultpro.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import redis.embedded.RedisServer;

/**
 * A real redis-server (7.0.15, the binary shipped in org.signal:embedded-redis) in its own process,
 * without persistence: stopping it loses everything, as a Redis restart without a volume would.
 */
public final class RedisTestServer implements AutoCloseable {

    private final int port;
    private RedisServer server;
    private long pid = -1;

    public RedisTestServer(int port) {
        this.port = port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public synchronized RedisTestServer start() throws IOException {
        if (server == null || !server.isActive()) {
            Set<Long> before = redisProcesses();
            server = RedisServer.builder().port(port).setting("bind 127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").setting("maxmemory 128mb").build();
            server.start();
            Set<Long> started = redisProcesses();
            started.removeAll(before);
            pid = started.size() == 1 ? started.iterator().next() : -1;
        }
        return this;
    }

    /**
     * Redis stops answering but keeps its connections and data (kill -STOP), as a Redis that hangs
     * or a network that drops packets: clients wait for their timeouts instead of being refused.
     */
    public synchronized void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Redis answers again, with everything it had ({@link #pause}). */
    public synchronized void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        if (pid < 0) {
            throw new IllegalStateException("the redis-server process of port " + port + " is not known");
        }
        int exit = new ProcessBuilder("kill", signal, Long.toString(pid)).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill " + signal + " " + pid + " exited with " + exit);
        }
    }

    /** This JVM's redis-server child processes (embedded-redis does not tell its process). */
    private static Set<Long> redisProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("redis")).orElse(false))
                .map(ProcessHandle::pid).collect(Collectors.toCollection(HashSet::new));
    }

    /** Redis goes away: connections are refused until {@link #start} again. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            if (pid >= 0) {
                try {
                    resume(); // a paused Redis would not hear the shutdown
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            server.stop();
            server = null;
            pid = -1;
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
