package com.motovaultpro.platform.security;

import com.motovaultpro.platform.web.RequestPath;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/**
 * What a browser gets while the session store (Redis) does not answer: 503 with a short page that
 * says what is going on, instead of an error page or a request that hangs. Only requests that use
 * a session get it: pages, sign-in and sign-out, and anything carrying a session cookie; static
 * resources, the API, the calendar feed and the health endpoints carry on.
 */
final class SessionStoreOutagePage {

    static final String SESSION_COOKIE = "MVPSESSION";
    static final int RETRY_AFTER_SECONDS = 15;

    private SessionStoreOutagePage() {
    }

    static boolean needsSession(HttpServletRequest request) {
        String path = RequestPath.of(request);
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            return false;
        }
        return path.isEmpty() || path.equals("/") || path.endsWith(".xhtml") || path.startsWith("/sso/")
                || path.equals("/logout") || hasSessionCookie(request);
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (var cookie : request.getCookies()) {
            if (SESSION_COOKIE.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    static void send(HttpServletRequest request, HttpServletResponse response) {
        ResourceBundle text = ResourceBundle.getBundle("com.motovaultpro.i18n.Messages", request.getLocale());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>"
                    + text.getString("sessionStore.unavailable.title") + "</title></head><body><h1 id=\"sessionStoreUnavailable\">"
                    + text.getString("sessionStore.unavailable.title") + "</h1><p>"
                    + text.getString("sessionStore.unavailable.detail") + "</p></body></html>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
