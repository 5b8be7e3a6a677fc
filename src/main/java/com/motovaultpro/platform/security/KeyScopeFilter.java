package com.motovaultpro.platform.security;

import com.motovaultpro.platform.api.RoutedMethod;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Caps every API route at the scope of the API key it is called with ({@link KeyScope}): an
 * EDITOR key changes records but never keys, sharing or settings, whatever the route. A route
 * without a declared scope refuses keys altogether: a forgotten rule closes, it never opens.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class KeyScopeFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(KeyScopeFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Optional<ApiCaller> caller = ApiCaller.of(request).filter(c -> c.method() == ApiCaller.Method.API_KEY);
        if (caller.isEmpty() || resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Optional<KeyScope> rule = ruleOf(resource.getResourceClass(), resource.getResourceMethod());
        if (rule.isEmpty()) {
            LOG.severe(() -> "No @KeyScope on " + resource.getResourceClass().getName() + "."
                    + resource.getResourceMethod().getName() + ": API keys are refused there");
            throw new KeyScopeException();
        }
        if (!rule.get().value().admits(caller.get().scope().orElse(null))) {
            throw new KeyScopeException();
        }
    }

    /** The rule of a resource method as JAX-RS routes it ({@link RoutedMethod}). */
    public static Optional<KeyScope> ruleOf(Class<?> resourceClass, Method method) {
        return RoutedMethod.of(resourceClass, method).annotation(KeyScope.class);
    }
}
