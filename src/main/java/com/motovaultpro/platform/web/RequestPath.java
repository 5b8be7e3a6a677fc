package com.motovaultpro.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request was mapped by, inside the application: decoded and normalised by the
 * container (servlet path + path info), never the raw URI, so {@code /api/../x} or {@code /%61pi/x}
 * cannot make a security decision see another path than the one that is served.
 */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? servletPath : servletPath + pathInfo;
    }

    public static boolean isApi(HttpServletRequest request) {
        return of(request).startsWith("/api/");
    }
}
