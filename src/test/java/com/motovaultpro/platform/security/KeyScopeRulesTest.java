package com.motovaultpro.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API route declares the key scope it needs; a new route without one fails the build. */
class KeyScopeRulesTest {

    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    /** The resource classes, found from the sources (as JAX-RS finds them from the classes). */
    static List<Class<?>> resourceClasses() throws IOException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get("src/main/java"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("\n@Path(")) {
                    String name = Paths.get("src/main/java").relativize(file).toString()
                            .replace('/', '.').replace('\\', '.').replaceAll("\\.java$", "");
                    try {
                        classes.add(Class.forName(name));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(name, e);
                    }
                }
            }
        }
        return classes;
    }

    @Test
    void everyResourceMethodDeclaresTheKeyScopeItNeeds() throws IOException {
        List<Class<?>> resources = resourceClasses().stream()
                .filter(c -> c.isAnnotationPresent(Path.class) && !Modifier.isAbstract(c.getModifiers())).toList();
        assertTrue(resources.size() > 20, "the resource classes were found: " + resources);
        List<String> missing = new ArrayList<>();
        int routes = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                if (HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)) {
                    routes++;
                    if (KeyScopeFilter.ruleOf(resource, method).isEmpty()) {
                        missing.add(resource.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(routes > 60, "routes found: " + routes);
        assertEquals(List.of(), missing, "resource methods without @KeyScope");
    }

    @ParameterizedTest(name = "a route for {0}, a {1} key: {2}")
    @CsvSource(nullValues = "-", value = {
            "VIEWER,  VIEWER,  true",
            "VIEWER,  MANAGER, true",
            "EDITOR,  VIEWER,  false",
            "EDITOR,  EDITOR,  true",
            "EDITOR,  MANAGER, true",
            "MANAGER, EDITOR,  false",
            "MANAGER, MANAGER, true",
            "NO_KEY,  MANAGER, false",
            "ANY,     VIEWER,  true",
            "VIEWER,  OWNER,   false",
            "VIEWER,  NO_KEY,  false",
            "VIEWER,  -,       false",
    })
    void aKeyPassesRoutesUpToItsScope(KeyScope.Level route, String keyScope, boolean admitted) {
        assertEquals(admitted, route.admits(keyScope));
    }
}
