package com.motovaultpro.platform.web.csrf;

import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.web.RequestPath;
import com.motovaultpro.platform.web.RequestSizeFilter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Cross-site request forgery protection for everything a browser session can change: a POST (or
 * other unsafe method) to a page or servlet must come from this site (Origin, else Referer, when
 * the browser sends them) and carry the session's token ({@link CsrfToken}), which every form has.
 * The API is exempt: it never uses the session, so there is nothing to forge. A request without a
 * session has nothing to forge either; Faces answers it as an expired view.
 */
@WebFilter(filterName = "csrf", urlPatterns = "/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    transient AppSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || exempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        // An oversized body is never read here, and never passed on unchecked either: refused at
        // once, with the same limit RequestSizeFilter applies (whichever of the two runs first).
        if (RequestSizeFilter.oversized(request, settings)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (RequestSizeFilter.undeclaredBody(request)) {
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            LOG.warning(() -> "Refused a forged or stale " + request.getMethod() + " " + request.getRequestURI()
                    + " from " + request.getRemoteAddr() + ": " + refusal);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean exempt(HttpServletRequest request) {
        // The API never uses the session; the links in notification e-mails carry their own secret
        // token and never use it either (and RFC 8058's one-click unsubscribe POST comes from a mail
        // provider, with neither Origin nor session).
        return RequestPath.isApi(request) || RequestPath.of(request).startsWith("/notifications/");
    }

    /** Why the request is refused, or null if it may go ahead. */
    static String refusal(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        String source = origin != null && !origin.equals("null") ? origin : referer;
        if (source != null && !sameOrigin(source, request)) {
            return "comes from " + source;
        }
        if ("null".equals(origin) && referer == null) {
            return "comes from an opaque origin";
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        return CsrfToken.matches(session, request.getParameter(CsrfToken.FIELD)) ? null : "no valid token";
    }

    /**
     * Same site as far as a forgery goes: the host the browser addressed. Scheme and port are left
     * out on purpose: behind a TLS-terminating proxy the server sees http on its own port while the
     * browser's Origin says https on 443. The token is checked in any case.
     */
    static boolean sameOrigin(String source, HttpServletRequest request) {
        try {
            URI uri = URI.create(source);
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
