package com.motovaultpro.platform.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
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

    /**
     * The rule of a resource method as JAX-RS routes it: the class may be a CDI proxy (a subclass)
     * and the method inherited from a shared base class (the record routes).
     */
    public static Optional<KeyScope> ruleOf(Class<?> resourceClass, Method method) {
        Class<?> type = resourceClass;
        while (type != null && !type.isAnnotationPresent(Path.class)) {
            type = type.getSuperclass();
        }
        try {
            Method declared = (type == null ? resourceClass : type).getMethod(method.getName(), method.getParameterTypes());
            return Optional.ofNullable(declared.getAnnotation(KeyScope.class));
        } catch (NoSuchMethodException e) {
            return Optional.ofNullable(method.getAnnotation(KeyScope.class));
        }
    }
}
