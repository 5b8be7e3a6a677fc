package com.motovaultpro.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Annotations are read where JAX-RS routed them from, whatever class the container shows. */
class RoutedMethodTest {

    abstract static class SharedRoutes {
        @GET
        @Path("{id}")
        public String one() {
            return "";
        }
    }

    @Path("things")
    static class Things extends SharedRoutes {
        @GET
        public String all() {
            return "";
        }
    }

    /** What a CDI proxy looks like: a subclass without annotations that overrides every method. */
    static class ThingsProxy extends Things {
        @Override
        public String one() {
            return "";
        }

        @Override
        public String all() {
            return "";
        }
    }

    static class NotAResource {
        public String any() {
            return "";
        }
    }

    @Test
    void theProxysMethodsAreReadOnThePathClassAndInheritedOnesWhereTheyAreDeclared() throws Exception {
        RoutedMethod all = RoutedMethod.of(ThingsProxy.class, ThingsProxy.class.getMethod("all"));
        assertEquals(Things.class, all.resourceClass());
        assertEquals(Optional.of("things"), all.classPath());
        assertEquals(Optional.empty(), all.annotation(Path.class));
        assertEquals(true, all.annotation(GET.class).isPresent(), "the proxy's override carries no @GET; the class's does");

        RoutedMethod one = RoutedMethod.of(ThingsProxy.class, ThingsProxy.class.getMethod("one"));
        assertEquals(Optional.of("{id}"), one.annotation(Path.class).map(Path::value), "inherited from the shared base");
    }

    @Test
    void aClassWithoutAPathHasNoClassPathAndKeepsItsOwnMethod() throws Exception {
        RoutedMethod any = RoutedMethod.of(NotAResource.class, NotAResource.class.getMethod("any"));
        assertEquals(NotAResource.class, any.resourceClass());
        assertEquals(Optional.empty(), any.classPath());
    }
}
