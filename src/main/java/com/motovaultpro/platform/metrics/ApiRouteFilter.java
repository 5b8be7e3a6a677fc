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

/** Leaves the matched resource's route template on the request, for {@link HttpMetrics}. */
@Provider
public class ApiRouteFilter implements ContainerRequestFilter {

    private static final String APPLICATION_PATH = ApiApplication.class.getAnnotation(ApplicationPath.class).value();

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return;
        }
        // The resource may be a CDI proxy (a subclass): its annotations are on the class it extends.
        Class<?> type = resource.getResourceClass();
        while (type != null && !type.isAnnotationPresent(Path.class)) {
            type = type.getSuperclass();
        }
        if (type == null) {
            return;
        }
        Path methodPath = methodPath(type, resource.getResourceMethod());
        request.setAttribute(HttpMetrics.ROUTE_ATTRIBUTE, RouteTemplate.api(APPLICATION_PATH,
                type.getAnnotation(Path.class).value(), methodPath == null ? null : methodPath.value()));
    }

    private static Path methodPath(Class<?> type, Method invoked) {
        try {
            return type.getMethod(invoked.getName(), invoked.getParameterTypes()).getAnnotation(Path.class);
        } catch (NoSuchMethodException e) {
            return invoked.getAnnotation(Path.class);
        }
    }
}
