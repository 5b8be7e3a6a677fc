package com.motovaultpro.platform.metrics;

import com.motovaultpro.platform.api.ApiApplication;
import com.motovaultpro.platform.api.RoutedMethod;
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

    /** application path + class path + method path ({@link RoutedMethod}); null for a class without a path. */
    private static String templateOf(Class<?> resourceClass, Method method) {
        RoutedMethod routed = RoutedMethod.of(resourceClass, method);
        return routed.classPath().map(classPath -> RouteTemplate.api(APPLICATION_PATH, classPath,
                routed.annotation(Path.class).map(Path::value).orElse(null))).orElse(null);
    }
}
