package com.motovaultpro.platform.api;

import com.motovaultpro.platform.web.SecurityHeadersFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Every API response is data, never a page: a Content-Security-Policy under which nothing runs. */
@Provider
public class NothingRunsPolicy implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey("Content-Security-Policy")) {
            response.getHeaders().putSingle("Content-Security-Policy", SecurityHeadersFilter.NOTHING_RUNS);
        }
    }
}
