package com.motovaultpro.notification;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.outbound.OutboundHttp;
import com.motovaultpro.platform.outbound.RefusedDestinationException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one outbound HTTP client of the notification senders (under the administrator's outbound
 * policy), turning what happened into a {@link DeliveryException} fit for the history.
 */
@ApplicationScoped
class HttpDelivery {

    private static final Logger LOG = Logger.getLogger(HttpDelivery.class.getName());

    private OutboundHttp http;

    HttpDelivery() {
    }

    @Inject
    HttpDelivery(AppSettings settings) {
        Duration timeout = settings.notifications().httpTimeout();
        http = new OutboundHttp(settings.notifications().outbound(), timeout.compareTo(Duration.ofSeconds(5)) < 0
                ? timeout : Duration.ofSeconds(5), timeout);
    }

    /** Why people may not send notifications to {@code url}, checked when they save it. */
    Optional<String> refusalOf(URI url) {
        return http.refusalOf(url);
    }

    /**
     * Bounded as a whole — name lookups and up to 3 redirects included — by MicroProfile Fault
     * Tolerance to a minute, well inside the 2-minute transaction that holds the notification's claim.
     */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public void post(URI url, Map<String, String> headers, byte[] body, String contentType, boolean followRedirects)
            throws DeliveryException {
        OutboundHttp.Answer answer;
        try {
            answer = http.post(url, headers, body, contentType, followRedirects);
        } catch (RefusedDestinationException e) {
            throw new DeliveryException("refused destination: " + e.getMessage(), true);
        } catch (UnknownHostException e) {
            throw new DeliveryException("unknown host " + url.getHost(), false, true);
        } catch (ConnectException e) {
            throw new DeliveryException("connection refused by " + url.getHost(), false, true);
        } catch (InterruptedIOException e) {
            throw new DeliveryException("no answer from " + url.getHost() + " in time", false, true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Delivery to " + url.getHost() + " failed", e);
            throw new DeliveryException("could not reach " + url.getHost() + ": " + e.getClass().getSimpleName(), false,
                    true);
        }
        if (!answer.isSuccess()) {
            String start = answer.bodyStart().strip().replaceAll("\\s+", " ");
            throw new DeliveryException("HTTP " + answer.status() + (start.isEmpty() ? ""
                    : ": " + (start.length() > 200 ? start.substring(0, 200) + "…" : start)),
                    answer.status() == 404 || answer.status() == 410, answer.status() >= 500 || answer.status() == 429);
        }
    }

    @PreDestroy
    void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the outbound client", e);
        }
    }
}
