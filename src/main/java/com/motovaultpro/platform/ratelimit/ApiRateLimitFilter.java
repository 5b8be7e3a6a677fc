package com.motovaultpro.platform.ratelimit;

import com.motovaultpro.platform.security.ApiCaller;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * API requests per minute per credential (key, token or account password). Every authenticated
 * API response says how many remain; over the limit the request is not served: 429 with
 * Retry-After. Runs after authentication, so anonymous requests (401 anyway) are not counted.
 */
@WebFilter(filterName = "apiRateLimit", urlPatterns = "/api/*", asyncSupported = true)
public class ApiRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RateLimiters limiters;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<ApiCaller> caller = ApiCaller.of(request);
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RateLimiters.Counted counted = limiters.countApiRequest(caller.get().rateLimitKey());
        response.setHeader("RateLimit-Limit", Integer.toString(counted.limit().max()));
        response.setHeader("RateLimit-Remaining", Long.toString(counted.remaining()));
        if (counted.retryAfter().isPresent()) {
            long seconds = RateLimit.seconds(counted.retryAfter().get());
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(response, ProblemType.TOO_MANY_REQUESTS, "At most " + counted.limit().max()
                    + " API requests per minute per credential; try again in " + seconds + " seconds");
            return;
        }
        chain.doFilter(request, response);
    }
}
