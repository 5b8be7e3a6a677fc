package com.motovaultpro.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kustomization renders (as `kustomize build` would: {@link Kustomize}) without error, every
 * rendered object is valid against the schema of its kind, and the overlays change what they say.
 */
class KubernetesOverlaysTest {

    private final ManifestSchemas schemas = new ManifestSchemas();

    private static JsonNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes/base", "kubernetes/overlays/dev", "kubernetes/overlays/prod", "kubernetes/monitoring"})
    void rendersAndEveryObjectIsValid(String directory) throws IOException {
        List<ObjectNode> objects = Kustomize.build(Path.of(directory));
        assertTrue(objects.size() >= 3, directory + ": " + objects.size() + " objects");
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            problems.addAll(schemas.problems(object));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theBasePutsEverythingNamespacedIntoTheNamespace() throws IOException {
        for (ObjectNode object : Kustomize.build(Path.of("kubernetes/base"))) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertEquals("motovault", object.path("metadata").path("namespace").asText(), object.path("kind").asText());
            }
        }
    }

    @Test
    void devRunsOneSmallReplicaOfTheDevImage() throws IOException {
        List<ObjectNode> dev = Kustomize.build(Path.of("kubernetes/overlays/dev"));
        JsonNode deployment = find(dev, "Deployment", "motovaultpro").path("spec");
        assertEquals(1, deployment.path("replicas").asInt());
        assertEquals("ghcr.io/motovaultpro/motovaultpro:dev", deployment.path("template").path("spec").path("containers").path(0)
                .path("image").asText());
        assertTrue(deployment.path("template").path("spec").path("affinity").path("podAntiAffinity")
                .path("requiredDuringSchedulingIgnoredDuringExecution").isMissingNode());
        assertEquals(0, find(dev, "PodDisruptionBudget", "motovaultpro").path("spec").path("minAvailable").asInt());
        for (String ingress : List.of("motovaultpro", "motovaultpro-internal-paths")) {
            assertEquals("motovault.dev.example.org", find(dev, "Ingress", ingress).path("spec").path("rules").path(0)
                    .path("host").asText(), ingress + " on the dev host");
        }
        assertEquals(find(dev, "Deployment", "motovaultpro").path("spec").path("template").path("spec").path("containers")
                .path(0).path("image"), find(dev, "CronJob", "motovaultpro-backup").path("spec").path("jobTemplate")
                .path("spec").path("template").path("spec").path("containers").path(0).path("image"),
                "the backup runs the same image as the application");
        assertEquals(1, find(dev, "HorizontalPodAutoscaler", "motovaultpro").path("spec").path("minReplicas").asInt());
        assertEquals(1, find(dev, "Cluster", "motovault-db").path("spec").path("instances").asInt());
    }

    @Test
    void prodReleasesAsACanaryWithAnalysisOnErrorsAndLatency() throws IOException {
        List<ObjectNode> prod = Kustomize.build(Path.of("kubernetes/overlays/prod"));
        assertEquals(find(prod, "Deployment", "motovaultpro").path("spec").path("template").path("spec").path("containers")
                .path(0).path("image"), find(prod, "CronJob", "motovaultpro-backup").path("spec").path("jobTemplate")
                .path("spec").path("template").path("spec").path("containers").path(0).path("image"),
                "the backup runs the release the application runs");
        JsonNode rollout = find(prod, "Rollout", "motovaultpro").path("spec");
        assertEquals("Deployment", rollout.path("workloadRef").path("kind").asText());
        find(prod, "Deployment", rollout.path("workloadRef").path("name").asText());
        assertEquals("motovaultpro-health", rollout.path("strategy").path("canary").path("analysis").path("templates").path(0)
                .path("templateName").asText());
        JsonNode analysis = find(prod, "AnalysisTemplate", "motovaultpro-health").path("spec").path("metrics");
        String queries = analysis.toString();
        assertTrue(queries.contains("status_code=~\\\"5..\\\"") && queries.contains("histogram_quantile(0.95"), queries);
        assertEquals("Rollout", find(prod, "HorizontalPodAutoscaler", "motovaultpro").path("spec").path("scaleTargetRef")
                .path("kind").asText(), "the autoscaler scales what owns the pods");
        assertEquals("ghcr.io/motovaultpro/motovaultpro:0.1.0", find(prod, "Deployment", "motovaultpro").path("spec")
                .path("template").path("spec").path("containers").path(0).path("image").asText());
        assertEquals(3, find(prod, "Deployment", "motovaultpro").path("spec").path("replicas").asInt());
    }

    @Test
    void theRendererRefusesWhatKustomizeWouldRefuse(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("service.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n    - port: 80\n");
        Files.writeString(dir.resolve("patch.yaml"), "- op: replace\n  path: /spec/selector\n  value: {}\n");
        Files.writeString(dir.resolve("kustomization.yaml"),
                "resources:\n  - service.yaml\npatches:\n  - path: patch.yaml\n    target:\n      kind: Service\n      name: s\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir), "replace of a field that is not there");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - missing.yaml\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir), "a missing resource");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n  - service.yaml\ncommonLabels:\n  a: b\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.build(dir), "a field this renderer does not apply");
    }
}
