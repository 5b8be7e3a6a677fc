package com.motovaultpro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Versioned page resources, whose URL changes with their content (PrimeFaces' {@code v=} its
 * version, ours {@code h=} a content hash, {@link VersionedResourceHandler}), may be kept by
 * browsers and proxies for a year without asking again. Resources without either keep Faces'
 * own (shorter) expiry.
 */
@WebFilter(filterName = "resourceCaching", urlPatterns = "/jakarta.faces.resource/*", asyncSupported = true)
public class ResourceCachingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** A year, the longest lifetime HTTP caches are asked to honour (RFC 9111 practice). */
    static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!versioned(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", CACHE_CONTROL);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            // Faces writes its own (a week) when it serves the resource: ours stays.
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    static boolean versioned(HttpServletRequest request) {
        return request.getParameter("v") != null || request.getParameter(VersionedResourceHandler.HASH_PARAMETER) != null;
    }
}
