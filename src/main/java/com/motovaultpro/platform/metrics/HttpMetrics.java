package com.motovaultpro.platform.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code motovault_http_requests_total{method,endpoint,status_code}} and
 * {@code motovault_http_request_duration_seconds{method,endpoint}} (a histogram): every request,
 * counted once, by its route template ({@link RouteTemplate}).
 */
@ApplicationScoped
public class HttpMetrics {

    /** Where the API's route template is left for the count at the end of the request. */
    public static final String ROUTE_ATTRIBUTE = "motovault.route";
    /** Set once a request is counted, so nothing counts it twice. */
    static final String COUNTED_ATTRIBUTE = "motovault.counted";
    /** When the application first saw the request. */
    public static final String START_ATTRIBUTE = "motovault.start";

    private static final Metadata REQUESTS = Metadata.builder().withName("motovault_http_requests")
            .withDescription("HTTP requests by method, route template and status code").build();
    private static final Metadata DURATION = Metadata.builder().withName("motovault_http_request_duration")
            .withDescription("HTTP request duration by method and route template").withUnit(MetricUnits.SECONDS).build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private TaggedMeters<Counter> requests;
    private TaggedMeters<Timer> durations;

    @PostConstruct
    void meters() {
        requests = new TaggedMeters<>(tags -> registry.counter(REQUESTS, tags), "method", "endpoint", "status_code");
        durations = new TaggedMeters<>(tags -> registry.timer(DURATION, tags), "method", "endpoint");
    }

    /** Remembers when the request arrived (the first call wins). */
    public static void started(HttpServletRequest request) {
        if (request.getAttribute(START_ATTRIBUTE) == null) {
            request.setAttribute(START_ATTRIBUTE, System.nanoTime());
        }
    }

    /** Counts the finished request once, with the time since {@link #started}. */
    public void finished(HttpServletRequest request, int status) {
        count(request, status, RouteTemplate.of(request.getServletPath(), request.getPathInfo(), status,
                (String) request.getAttribute(ROUTE_ATTRIBUTE)));
    }

    /** Counts a request the authentication mechanism answered itself ({@link RouteTemplate#beforeRouting}). */
    public void answeredBeforeRouting(HttpServletRequest request, int status) {
        count(request, status, RouteTemplate.beforeRouting(request.getServletPath()));
    }

    private void count(HttpServletRequest request, int status, String endpoint) {
        if (request.getAttribute(COUNTED_ATTRIBUTE) != null) {
            return;
        }
        request.setAttribute(COUNTED_ATTRIBUTE, Boolean.TRUE);
        Object start = request.getAttribute(START_ATTRIBUTE);
        long nanos = start instanceof Long begun ? System.nanoTime() - begun : 0;
        String method = RouteTemplate.method(request.getMethod());
        requests.with(method, endpoint, Integer.toString(status)).inc();
        durations.with(method, endpoint).update(Duration.ofNanos(nanos));
    }
}
