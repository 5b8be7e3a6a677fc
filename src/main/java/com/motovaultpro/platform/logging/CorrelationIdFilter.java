package com.motovaultpro.platform.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Accepts or creates the request's correlation id, echoes it, and binds it (with trace and user) for logging. */
@WebFilter(filterName = "correlationId", urlPatterns = "/*", asyncSupported = true)
public class CorrelationIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    public void init() {
        CorrelationId.logTraceIds();
    }

    @Override
    public void destroy() {
        CorrelationId.stopLoggingTraceIds();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CorrelationId.bind(CorrelationId.establish(request, response));
        CorrelationId.bindUser(request.getRemoteUser());
        try {
            chain.doFilter(request, response);
        } finally {
            CorrelationId.unbind();
        }
    }
}
