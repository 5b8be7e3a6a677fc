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
 * the request came over TLS. Pages get their Content-Security-Policy from PrimeFaces (with a
 * per-response script nonce, see web.xml); what no page renders (API JSON, calendar feeds, the
 * sign-in and sign-out servlets) gets one that allows nothing to run at all.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final java.util.List<String> NOT_PAGES = java.util.List.of("/api/", "/calendar/", "/sso/", "/logout");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NOT_PAGES.stream().anyMatch(path::startsWith)) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS);
        }
        chain.doFilter(request, response);
    }
}
