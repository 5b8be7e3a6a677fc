package com.motovaultpro.platform.metrics;

import com.motovaultpro.platform.api.ApiApplication;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Leaves the matched resource's route template on the request, for {@link HttpMetrics}. */
@Provider
public class ApiRouteFilter implements ContainerRequestFilter {

    private static final String APPLICATION_PATH = ApiApplication.class.getAnnotation(ApplicationPath.class).value();

    /** A resource method as routed: the same inherited method serves several resource classes. */
    private record Route(Class<?> resourceClass, Method method) {
    }

    /** Templates by route: worked out once, not on every request. */
    private static final Map<Route, String> TEMPLATES = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return;
        }
        String template = TEMPLATES.computeIfAbsent(new Route(resource.getResourceClass(), resource.getResourceMethod()),
                route -> templateOf(route.resourceClass(), route.method()));
        if (template != null) {
            request.setAttribute(HttpMetrics.ROUTE_ATTRIBUTE, template);
        }
    }

    /** application path + class path + method path; the resource may be a CDI proxy (a subclass). */
    private static String templateOf(Class<?> resourceClass, Method method) {
        Class<?> type = resourceClass;
        while (type != null && !type.isAnnotationPresent(Path.class)) {
            type = type.getSuperclass();
        }
        if (type == null) {
            return null;
        }
        Path methodPath = methodPath(type, method);
        return RouteTemplate.api(APPLICATION_PATH, type.getAnnotation(Path.class).value(),
                methodPath == null ? null : methodPath.value());
    }

    private static Path methodPath(Class<?> type, Method invoked) {
        try {
            return type.getMethod(invoked.getName(), invoked.getParameterTypes()).getAnnotation(Path.class);
        } catch (NoSuchMethodException e) {
            return invoked.getAnnotation(Path.class);
        }
    }
}
