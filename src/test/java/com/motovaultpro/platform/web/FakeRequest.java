package com.motovaultpro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** A request as far as URL and header code sees it: scheme, host, port, headers; no session. */
public final class FakeRequest {

    private FakeRequest() {
    }

    public static HttpServletRequest of(String scheme, String host, int port, String... headerPairs) {
        return at("/", scheme, host, port, headerPairs);
    }

    /** As {@link #of}, for a request to {@code path} (below the root context). */
    public static HttpServletRequest at(String path, String scheme, String host, int port, String... headerPairs) {
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i].toLowerCase(), headerPairs[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getScheme" -> scheme;
                    case "getServerName" -> host;
                    case "getServerPort" -> port;
                    case "getContextPath" -> "";
                    case "getRequestURI" -> path;
                    case "getHeader" -> headers.get(((String) args[0]).toLowerCase());
                    case "getSession" -> null;
                    case "getParameter" -> null;
                    case "isSecure" -> false;
                    case "getContentType" -> headers.get("content-type");
                    case "getContentLengthLong" -> headers.containsKey("content-length")
                            ? Long.parseLong(headers.get("content-length")) : -1L;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
