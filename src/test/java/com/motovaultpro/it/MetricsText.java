package com.motovaultpro.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server's /metrics (Prometheus text) and sums over its series. */
final class MetricsText {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private MetricsText() {
    }

    /** The application scope's metrics of the server. */
    static String application(LibertyServer server) {
        return fetch(server, "/metrics?scope=application");
    }

    /** Every scope's metrics of the server (application, vendor, base), as Prometheus scrapes them. */
    static String all(LibertyServer server) {
        return fetch(server, "/metrics");
    }

    private static String fetch(LibertyServer server, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of every series of {@code name} whose labels include all of {@code labels}. */
    static double sum(String metrics, String name, Map<String, String> labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{(.*)\\} ([0-9.eE+-]+)$").matcher(metrics);
        double sum = 0;
        while (line.find()) {
            String found = line.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
