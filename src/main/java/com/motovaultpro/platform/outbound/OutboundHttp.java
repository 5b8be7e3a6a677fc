package com.motovaultpro.platform.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Requests to destinations people configure (webhooks, ntfy, Gotify), through a client whose every
 * connection — redirects included — resolves names with {@link CheckedDnsResolver}: no request
 * reaches the server itself, link-local or metadata addresses, or (unless allowed) private
 * networks. No proxy from system properties, no cookies, at most 3 redirects, a hard deadline
 * over each exchange, and only the first 2 KB of an answer read (then the connection is dropped).
 */
public final class OutboundHttp implements AutoCloseable {

    /** What a destination answered: its status and the start of its body (for the history). */
    public record Answer(int status, String bodyStart) {
        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    static final int MAX_BODY_READ = 2048;

    private final CheckedDnsResolver resolver;
    private final RequestConfig requestConfig;
    private final long deadlineMillis;
    private final ScheduledExecutorService cutter;
    private final CloseableHttpClient client;

    public OutboundHttp(OutboundPolicy policy, Duration connectTimeout, Duration responseTimeout) {
        this(InetAddress::getAllByName, policy, new OwnAddresses(Clock.systemUTC()), connectTimeout, responseTimeout);
    }

    OutboundHttp(CheckedDnsResolver.Lookup lookup, OutboundPolicy policy,
                 Supplier<Collection<InetAddress>> own, Duration connectTimeout,
                 Duration responseTimeout) {
        resolver = new CheckedDnsResolver(lookup, policy, own);
        requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(responseTimeout))
                .setRedirectsEnabled(true)
                .setMaxRedirects(3)
                .build();
        // Each connection of the exchange (a redirect makes another) may use both timeouts.
        deadlineMillis = 2 * (connectTimeout.toMillis() + responseTimeout.toMillis());
        cutter = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbound-deadline");
            thread.setDaemon(true);
            return thread;
        });
        client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setMaxConnTotal(50)
                        .setMaxConnPerRoute(5)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(responseTimeout))
                                .setTimeToLive(TimeValue.ofSeconds(30))
                                .build())
                        .build())
                .setRoutePlanner(new DefaultRoutePlanner(null))
                .setDefaultRequestConfig(requestConfig)
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("MotoVaultPro")
                .build();
    }

    /**
     * Why {@code url} is not a destination, checked when a person saves it: the URL's form, then
     * every address its host resolves to now. (Checked again at every connection.)
     */
    public Optional<String> refusalOf(URI url) {
        Optional<String> form = OutboundDestinations.refusalOf(url);
        if (form.isPresent()) {
            return form;
        }
        try {
            resolver.resolve(url.getHost());
            return Optional.empty();
        } catch (RefusedDestinationException e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("the host name " + url.getHost() + " is not known");
        }
    }

    /**
     * POSTs {@code body}, following up to 3 redirects unless {@code followRedirects} is false; an
     * I/O failure (refused destination, timeout, no connection) is thrown. The whole exchange has a
     * hard deadline (connect plus answer timeout): a receiver that trickles its answer is cut off
     * then, and once the status and up to 2 KB are in, the connection is dropped, not drained.
     */
    public Answer post(URI url, Map<String, String> headers, byte[] body, String contentType, boolean followRedirects)
            throws IOException {
        Optional<String> form = OutboundDestinations.refusalOf(url);
        if (form.isPresent()) {
            throw new RefusedDestinationException(String.valueOf(url.getHost()), form.get());
        }
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        if (!followRedirects) {
            post.setConfig(RequestConfig.copy(requestConfig).setRedirectsEnabled(false).build());
        }
        ScheduledFuture<?> deadline = cutter.schedule(post::cancel, deadlineMillis, TimeUnit.MILLISECONDS);
        try {
            ClassicHttpResponse response = client.executeOpen(null, post, null);
            try {
                return new Answer(response.getCode(), start(response.getEntity()));
            } finally {
                post.cancel(); // drops the connection: the rest of the answer is never read
                closeQuietly(response);
            }
        } catch (IOException e) {
            if (post.isCancelled() && deadline.isDone()) {
                throw new InterruptedIOException("no complete answer within " + deadlineMillis + " ms");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    /** Up to {@link #MAX_BODY_READ} bytes of the answer; what came before the deadline cut it off. */
    private static String start(HttpEntity entity) {
        if (entity == null) {
            return "";
        }
        byte[] buffer = new byte[MAX_BODY_READ];
        int read = 0;
        try (InputStream in = entity.getContent()) {
            for (int n = 0; read < buffer.length && (n = in.read(buffer, read, buffer.length - read)) > 0; ) {
                read += n;
            }
        } catch (IOException e) {
            // cut off (deadline, or the connection dropped): the status is what counts
        }
        return new String(buffer, 0, read, StandardCharsets.UTF_8);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection was dropped on purpose
        }
    }

    @Override
    public void close() throws IOException {
        cutter.shutdownNow();
        client.close();
    }
}
