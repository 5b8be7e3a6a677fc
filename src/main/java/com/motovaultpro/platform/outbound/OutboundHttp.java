package com.motovaultpro.platform.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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
 * networks. No proxy from system properties, no cookies, at most 3 redirects, bounded timeouts,
 * and only the first 2 KB of an answer read.
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
    private final CloseableHttpClient client;

    public OutboundHttp(OutboundPolicy policy, Duration connectTimeout, Duration responseTimeout) {
        this(InetAddress::getAllByName, policy, new OwnAddresses(Clock.systemUTC()), connectTimeout, responseTimeout);
    }

    OutboundHttp(CheckedDnsResolver.Lookup lookup, OutboundPolicy policy,
                 Supplier<Collection<InetAddress>> own, Duration connectTimeout,
                 Duration responseTimeout) {
        resolver = new CheckedDnsResolver(lookup, policy, own);
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
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setRedirectsEnabled(true)
                        .setMaxRedirects(3)
                        .build())
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

    /** POSTs {@code body}; an I/O failure (refused destination, timeout, no connection) is thrown. */
    public Answer post(URI url, Map<String, String> headers, byte[] body, String contentType) throws IOException {
        Optional<String> form = OutboundDestinations.refusalOf(url);
        if (form.isPresent()) {
            throw new RefusedDestinationException(String.valueOf(url.getHost()), form.get());
        }
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        // Closing the response without reading the rest of its body drops the connection: an
        // endless answer cannot keep a sender busy.
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            return new Answer(response.getCode(), start(response.getEntity()));
        }
    }

    private static String start(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        InputStream in = entity.getContent();
        return new String(in.readNBytes(MAX_BODY_READ), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
