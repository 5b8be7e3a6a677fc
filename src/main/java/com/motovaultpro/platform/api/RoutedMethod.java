package com.motovaultpro.platform.api;

import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A resource method as JAX-RS routed it, for reading its annotations: the resource class seen at
 * run time may be a CDI proxy (a subclass of the {@code @Path} class), and the method may be
 * inherited from a shared base class (the record routes), so both are looked up on the
 * {@code @Path} class.
 *
 * @param resourceClass the {@code @Path} class (the given class when none is found)
 * @param method        the method as that class declares or inherits it
 */
public record RoutedMethod(Class<?> resourceClass, Method method) {

    public static RoutedMethod of(Class<?> resourceClass, Method invoked) {
        Class<?> type = resourceClass;
        while (type != null && !type.isAnnotationPresent(Path.class)) {
            type = type.getSuperclass();
        }
        Class<?> routed = type == null ? resourceClass : type;
        try {
            return new RoutedMethod(routed, routed.getMethod(invoked.getName(), invoked.getParameterTypes()));
        } catch (NoSuchMethodException e) {
            return new RoutedMethod(routed, invoked);
        }
    }

    /** The method's annotation of this type, if it has one. */
    public <A extends Annotation> Optional<A> annotation(Class<A> type) {
        return Optional.ofNullable(method.getAnnotation(type));
    }

    /** The class's {@code @Path} value; empty when the class has none. */
    public Optional<String> classPath() {
        return Optional.ofNullable(resourceClass.getAnnotation(Path.class)).map(Path::value);
    }
}
