package com.motovaultpro.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts every request that reaches the application's filters (those the authentication
 * mechanism answers itself, it counts there). A request that fails with an exception counts as
 * the 500 the container answers.
 */
@WebFilter(filterName = "httpMetrics", urlPatterns = "/*", asyncSupported = true)
public class HttpMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HttpMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpMetrics.started(request);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            metrics.finished(request, failed && response.getStatus() < 400 ? 500 : response.getStatus());
        }
    }
}
