package com.motovaultpro.platform.security;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * A read-only (VIEWER) API key reads and never writes, whatever route it calls; the finer vehicle
 * rules (EDITOR keys change records, not vehicles) are the vehicle role, capped by the key's scope.
 */
@WebFilter(filterName = "apiKeyScope", urlPatterns = "/api/*", asyncSupported = true)
public class ApiKeyScopeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean readOnly = ApiCaller.of(request).flatMap(ApiCaller::scope).filter("VIEWER"::equals).isPresent();
        if (readOnly && !READS.contains(request.getMethod())) {
            Problems.write(response, ProblemType.FORBIDDEN, "This API key is read-only (scope VIEWER)");
            return;
        }
        chain.doFilter(request, response);
    }
}
