package com.motovaultpro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side protections PLATFORM.md asks for on every response: no MIME sniffing, no
 * framing (clickjacking), a strict referrer policy, no powerful browser features, and HSTS when
 * the request came over TLS. Pages (error pages included) get their Content-Security-Policy from
 * PrimeFaces (with a per-response script nonce, see web.xml); responses that are not pages (API
 * JSON, calendar feeds, PDFs, the sign-in and sign-out servlets) set {@link #NOTHING_RUNS} themselves
 * ({@link #nothingRuns}), so an error page rendered for such a request never carries two policies.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        // Liberty's remoteIp sets the scheme from a trusted proxy's X-Forwarded-Proto or Forwarded
        // header; the raw header is anyone's to send, and HSTS over plain HTTP pins nothing real.
        if (request.isSecure() || "https".equalsIgnoreCase(request.getScheme())) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /** For a response that is not a page: nothing in it may run, load or be framed. */
    public static void nothingRuns(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", NOTHING_RUNS);
    }
}
