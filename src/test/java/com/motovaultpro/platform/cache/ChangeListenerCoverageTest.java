package com.motovaultpro.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.motovaultpro.platform.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cached views stay true only if every write of data they are made of reaches {@link ChangeListener}.
 * The listener is declared on {@link AuditedEntity} (no XML mapping), so every entity that belongs
 * to a vehicle or names cache scopes must be one.
 */
class ChangeListenerCoverageTest {

    @Test
    void auditedEntitiesCarryTheListener() {
        EntityListeners listeners = AuditedEntity.class.getAnnotation(EntityListeners.class);
        assertTrue(listeners != null && List.of(listeners.value()).contains(ChangeListener.class));
    }

    @Test
    void everyEntityWhoseWritesMakeCachedViewsStaleIsAnAuditedEntity() throws IOException {
        List<Class<?>> entities = entities();
        assertTrue(entities.size() > 20, "the application's entities were found: " + entities.size());
        List<String> uncovered = entities.stream()
                .filter(type -> VehicleScoped.class.isAssignableFrom(type) || CacheScoped.class.isAssignableFrom(type))
                .filter(type -> !AuditedEntity.class.isAssignableFrom(type))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), uncovered, "entities whose writes would not reach the cache's ChangeListener");
    }

    private static List<Class<?>> entities() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("com/motovaultpro"))) {
            return files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(ChangeListenerCoverageTest::load)
                    .filter(type -> type.isAnnotationPresent(Entity.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ChangeListenerCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + name, e);
        }
    }
}
