package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP metrics on /metrics: every request counted by method, route template and status, with a
 * duration histogram; the endpoint label never carries an id or a made-up path.
 */
@ExtendWith(RunningServer.class)
class HttpMetricsIT {

    private static final Pattern ENDPOINT = Pattern.compile("endpoint=\"([^\"]*)\"");

    private final LibertyServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    HttpMetricsIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void requestsAreCountedByRouteTemplateWithBoundedLabels() throws Exception {
        Api owner = Api.newUser(server, "metrics").withNewKey("MANAGER");
        long first = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        long second = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        String template = "/api/v1/vehicles/{vehicleId}/dashboard";
        double before = count("GET", template, "200");
        assertEquals(200, owner.get("/api/v1/vehicles/" + first + "/dashboard").status());
        assertEquals(200, owner.get("/api/v1/vehicles/" + second + "/dashboard").status());
        assertEquals(404, owner.get("/api/v1/vehicles/999999999/dashboard").status());
        assertEquals(401, Api.anonymous(server).get("/api/v1/vehicles/" + first + "/dashboard").status());
        // Made-up paths, each different: all one "unmatched" series.
        for (int i = 0; i < 25; i++) {
            String junk = UUID.randomUUID().toString();
            assertEquals(404, owner.get("/api/v1/" + junk).status());
            http.send(HttpRequest.newBuilder(server.baseUri().resolve("/" + junk + ".xhtml")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        assertEquals(200, PageSession.signedIn(server, owner.username()).get("/vehicles/view.xhtml?id=" + first).statusCode());

        String metrics = metrics();
        assertEquals(before + 2, count("GET", template, "200"), () -> "both vehicles' views under one template: "
                + metrics.lines().filter(l -> l.startsWith("motovault_http_requests_total")).toList());
        assertTrue(count("GET", template, "404") >= 1, "a missing vehicle: same template, status 404");
        assertTrue(count("GET", "/api/v1/*", "401") >= 1, "refused before routing");
        assertTrue(count("GET", "unmatched", "404") >= 25, "made-up API paths are one series");
        assertTrue(count("GET", "/*", "302") >= 25, "made-up pages (sent to sign in first) are one series");
        assertTrue(count("GET", "/vehicles/view.xhtml", "200") >= 1, "pages by their path, ids in the query");
        assertTrue(metrics.contains("motovault_http_request_duration_seconds_bucket{"), "a histogram with buckets");
        assertTrue(metrics.contains("motovault_http_request_duration_seconds_count{"));

        Set<String> endpoints = new TreeSet<>();
        Matcher m = ENDPOINT.matcher(metrics);
        while (m.find()) {
            endpoints.add(m.group(1));
        }
        for (String endpoint : endpoints) {
            assertFalse(endpoint.matches(".*/\\d+(/.*)?"), "no raw id in " + endpoint);
            assertFalse(endpoint.matches(".*[0-9a-f]{8}-[0-9a-f]{4}.*"), "no made-up path in " + endpoint);
        }
        assertTrue(endpoints.size() < 150, "a bounded set of endpoints: " + endpoints.size());
    }

    private String metrics() {
        return MetricsText.application(server);
    }

    /** motovault_http_requests_total of one method, endpoint and status (0 if none yet). */
    private double count(String method, String endpoint, String status) {
        return MetricsText.sum(metrics(), "motovault_http_requests_total",
                Map.of("method", method, "endpoint", endpoint, "status_code", status));
    }
}
