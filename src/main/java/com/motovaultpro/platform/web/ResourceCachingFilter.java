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
 * browsers and proxies for a year without asking again — when served (an error never is) and when
 * the content is the one the hash names (else {@code no-cache}). Resources without either keep
 * Faces' own (shorter) expiry.
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
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            // Faces sets its Cache-Control (a week) only when it serves the resource, never on a
            // 404: that is the moment for ours, if the content is the one the URL names.
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? cacheControl(request) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if ("Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, cacheControl(request));
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** A year for the content the URL names; another version (an older replica's) is not kept. */
    private static String cacheControl(HttpServletRequest request) {
        return Boolean.FALSE.equals(request.getAttribute(VersionedResourceHandler.CURRENT)) ? "no-cache" : CACHE_CONTROL;
    }

    static boolean versioned(HttpServletRequest request) {
        return request.getParameter("v") != null || request.getParameter(VersionedResourceHandler.HASH_PARAMETER) != null;
    }
}
