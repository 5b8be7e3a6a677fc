package com.motovaultpro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The address people reach this application at, for links and redirect URIs it hands out. Behind a
 * TLS-terminating proxy the scheme comes from {@code X-Forwarded-Proto} (Liberty's remoteIp, for
 * trusted proxies) and the port from {@code X-Forwarded-Port}, or the scheme's default port: the
 * server's own port (9080) is never what the browser used.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    /** e.g. {@code https://cars.example.org} or {@code http://localhost:9080}, plus the context path. */
    public static String base(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = port(request, scheme);
        boolean defaultPort = (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static int port(HttpServletRequest request, String scheme) {
        String forwardedPort = request.getHeader("X-Forwarded-Port");
        if (forwardedPort != null) {
            try {
                return Integer.parseInt(forwardedPort.split(",")[0].strip());
            } catch (NumberFormatException e) {
                // ignored: fall back below
            }
        }
        if (request.getHeader("X-Forwarded-Proto") != null || request.getHeader("Forwarded") != null) {
            return scheme.equals("https") ? 443 : 80;
        }
        return request.getServerPort();
    }
}
