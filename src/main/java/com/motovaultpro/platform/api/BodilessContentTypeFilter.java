package com.motovaultpro.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * A request without a body is never refused for its content type: many HTTP clients send a
 * {@code Content-Type} with every request, and JAX-RS would answer 415 when it does not match a
 * method's {@code @Consumes}. Before a method is chosen, the header is dropped from a GET, HEAD,
 * OPTIONS or DELETE, and an empty body is taken for what it is to the API, no JSON value: a method
 * that needs one answers 400 "a body is required", one that takes none (accepting an invitation)
 * just runs. JAX-RS would take a missing header for {@code application/octet-stream} and refuse.
 */
@Provider
@PreMatching
public class BodilessContentTypeFilter implements ContainerRequestFilter {

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "DELETE");

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)) {
            return;
        }
        if (WITHOUT_BODY.contains(request.getMethod())) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else if (empty(request)) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /**
     * What the headers say of the body, without reading it: a declared length of 0, or — in
     * HTTP/1.x only — neither a length nor chunked transfer. (HTTP/2 may send a body without a
     * length; reading ahead would take bytes from under a multipart parser.)
     */
    private boolean empty(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return length.strip().equals("0");
        }
        return servletRequest != null && servletRequest.getProtocol().startsWith("HTTP/1.")
                && request.getHeaderString("Transfer-Encoding") == null;
    }
}
