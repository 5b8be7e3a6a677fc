package com.motovaultpro.platform.metrics;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code endpoint} and {@code method} labels of the HTTP metrics: the route a request matched,
 * never its raw URL, so ids and made-up paths cannot grow the number of series. API routes are
 * their JAX-RS templates ({@code /api/v1/vehicles/{vehicleId}/dashboard}); pages and servlets
 * their mapped path (ids travel in the query string there); everything not found is
 * {@code unmatched}.
 */
public final class RouteTemplate {

    public static final String UNMATCHED = "unmatched";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private RouteTemplate() {
    }

    /**
     * @param apiTemplate the JAX-RS template the request matched, or null (not an API route, or
     *                    refused before a resource was matched)
     */
    public static String of(String servletPath, String pathInfo, int status, String apiTemplate) {
        if (apiTemplate != null) {
            return apiTemplate;
        }
        String path = servletPath == null ? "" : servletPath;
        if (status == 404) {
            return UNMATCHED;
        }
        if (path.equals("/api/v1") || path.startsWith("/api/")) {
            return "/api/v1/*";
        }
        if (path.startsWith("/jakarta.faces.resource")) {
            return "/jakarta.faces.resource/*";
        }
        if (pathInfo != null && !pathInfo.isEmpty() && !pathInfo.equals("/")) {
            return path + "/*";
        }
        return path.isEmpty() ? "/" : path;
    }

    /**
     * A request answered before routing (by the authentication mechanism: a redirect to sign in, a
     * 401, a 429): whether its path exists is not known, so it is labelled by its area only.
     */
    public static String beforeRouting(String servletPath) {
        String path = servletPath == null ? "" : servletPath;
        return path.equals("/api/v1") || path.startsWith("/api/") ? "/api/v1/*" : "/*";
    }

    /** The JAX-RS template of a resource method: application path + class path + method path. */
    public static String api(String applicationPath, String classPath, String methodPath) {
        return normalized(applicationPath) + normalized(classPath) + normalized(methodPath);
    }

    public static String method(String method) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "OTHER";
    }

    private static String normalized(String segment) {
        if (segment == null || segment.isEmpty() || segment.equals("/")) {
            return "";
        }
        String trimmed = segment.endsWith("/") ? segment.substring(0, segment.length() - 1) : segment;
        // A template variable with a pattern ({id: \d+}) is labelled by its name only.
        trimmed = trimmed.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }
}
