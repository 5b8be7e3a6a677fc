package com.motovaultpro.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every manifest under kubernetes/ is valid against the strict JSON schema of its kind (vendored
 * in src/test/resources/k8s-schemas, see kubernetes/schemas/README.md), and the base keeps the
 * platform's rules: replicas, rollout, probes, security, disruption budget, autoscaling, ingress,
 * network policy, namespace security.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("kubernetes");
    private static final Map<String, String> SCHEMAS = Map.ofEntries(
            Map.entry("v1/Namespace", "V1_Namespace"), Map.entry("v1/ConfigMap", "V1_ConfigMap"),
            Map.entry("v1/Secret", "V1_Secret"), Map.entry("v1/ServiceAccount", "V1_ServiceAccount"),
            Map.entry("v1/Service", "V1_Service"), Map.entry("apps/v1/Deployment", "Apps_V1_Deployment"),
            Map.entry("apps/v1/StatefulSet", "Apps_V1_StatefulSet"),
            Map.entry("policy/v1/PodDisruptionBudget", "Policy_V1_PodDisruptionBudget"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "Autoscaling_V2_HorizontalPodAutoscaler"),
            Map.entry("networking.k8s.io/v1/Ingress", "Networking_V1_Ingress"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "Networking_V1_NetworkPolicy"),
            Map.entry("batch/v1/CronJob", "Batch_V1_CronJob"),
            Map.entry("postgresql.cnpg.io/v1/Cluster", "Cnpg_V1_Cluster"),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", "Cnpg_V1_ScheduledBackup"),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", "Monitoring_V1_ServiceMonitor"),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", "Monitoring_V1_PrometheusRule"),
            Map.entry("argoproj.io/v1alpha1/Rollout", "Argo_V1alpha1_Rollout"),
            Map.entry("argoproj.io/v1alpha1/AnalysisTemplate", "Argo_V1alpha1_AnalysisTemplate"),
            Map.entry("external-secrets.io/v1/ExternalSecret", "ExternalSecrets_V1_ExternalSecret"),
            Map.entry("cert-manager.io/v1/Certificate", "CertManager_V1_Certificate"),
            Map.entry("cert-manager.io/v1/ClusterIssuer", "CertManager_V1_ClusterIssuer"));
    /** Kinds no npm or Maven package publishes types for: checked by structure below. */
    private static final Set<String> STRUCTURE_ONLY = Set.of("minio.min.io/v2/Tenant");

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    /** A document of a manifest file. */
    record Manifest(Path file, JsonNode document) {
        String kind() {
            return document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        }

        String name() {
            return document.path("metadata").path("name").asText();
        }
    }

    private List<Manifest> manifests(Path under) throws IOException {
        List<Manifest> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(under)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> !p.startsWith(ROOT.resolve("schemas"))).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(in)) {
                        if (document != null) {
                            all.add(new Manifest(file, json.valueToTree(document)));
                        }
                    }
                }
            }
        }
        return all;
    }

    private Manifest one(String kind, String name) throws IOException {
        return manifests(ROOT.resolve("base")).stream().filter(m -> m.kind().equals(kind) && m.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private JsonSchema schema(String file) {
        return schemas.computeIfAbsent(file, f -> {
            try (InputStream in = KubernetesManifestsTest.class.getResourceAsStream("/k8s-schemas/" + f + ".json")) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in,
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void everyManifestIsValidAgainstTheSchemaOfItsKind() throws IOException {
        List<Manifest> all = manifests(ROOT);
        assertTrue(all.size() >= 15, "manifests found: " + all.size());
        List<String> problems = new ArrayList<>();
        for (Manifest m : all) {
            if (STRUCTURE_ONLY.contains(m.kind())) {
                continue;
            }
            String schema = SCHEMAS.get(m.kind());
            if (schema == null) {
                problems.add(m.file() + ": no schema for " + m.kind());
                continue;
            }
            for (ValidationMessage message : schema(schema).validate(m.document())) {
                problems.add(m.file() + " " + m.kind() + " " + m.name() + ": " + message.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSchemasCatchMistakes() {
        JsonNode typo = json.valueToTree(Map.of("apiVersion", "v1", "kind", "Service", "metadata", Map.of("name", "x"),
                "spec", Map.of("ports", List.of(Map.of("port", 80, "targetport", 9080)))));
        assertFalse(schema("V1_Service").validate(typo).isEmpty(), "an unknown field (targetport) is refused");
        JsonNode wrongType = json.valueToTree(Map.of("apiVersion", "policy/v1", "kind", "PodDisruptionBudget",
                "metadata", Map.of("name", "x"), "spec", Map.of("minAvailable", List.of(2))));
        assertFalse(schema("Policy_V1_PodDisruptionBudget").validate(wrongType).isEmpty(), "a wrong type is refused");
    }

    @Test
    void theMinioTenantHasItsPoolsAndBuckets() throws IOException {
        JsonNode tenant = one("minio.min.io/v2/Tenant", "minio").document();
        JsonNode pool = tenant.path("spec").path("pools").path(0);
        assertTrue(pool.path("servers").asInt() >= 4 && pool.path("volumesPerServer").asInt() >= 1, "erasure-coded pool");
        assertTrue(tenant.path("spec").path("buckets").toString().contains("motovault-documents"));
        assertTrue(tenant.path("spec").path("image").asText().matches(".+:RELEASE\\..+"), "pinned image");
    }

    @Test
    void theDeploymentFollowsThePlatformRules() throws IOException {
        JsonNode spec = one("apps/v1/Deployment", "motovaultpro").document().path("spec");
        assertEquals(3, spec.path("replicas").asInt());
        assertEquals(1, spec.path("strategy").path("rollingUpdate").path("maxSurge").asInt());
        assertEquals(0, spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt());
        JsonNode pod = spec.path("template").path("spec");
        JsonNode container = pod.path("containers").path(0);
        assertEquals("/health/started", container.path("startupProbe").path("httpGet").path("path").asText());
        assertEquals("/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/health/live", container.path("livenessProbe").path("httpGet").path("path").asText());
        assertTrue(container.path("resources").path("requests").has("cpu") && container.path("resources").path("limits").has("memory"));
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
        JsonNode security = container.path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean());
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true));
        assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString());
        List<String> mounts = new ArrayList<>();
        container.path("volumeMounts").forEach(v -> mounts.add(v.path("mountPath").asText()));
        assertTrue(mounts.containsAll(List.of("/tmp", "/logs", "/opt/ol/wlp/output")), "the writable paths: " + mounts);
        List<String> from = new ArrayList<>();
        container.path("envFrom").forEach(e -> from.add(e.has("configMapRef") ? "config" : "secret"));
        assertEquals(List.of("config", "secret"), from);
        int drain = Integer.parseInt(one("v1/ConfigMap", "motovaultpro-config").document().path("data")
                .path("MOTOVAULT_DRAIN_SECONDS").asText());
        assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= drain + 30,
                "grace period covers the drain and Liberty's 30 s quiesce");
        String affinity = pod.path("affinity").path("podAntiAffinity").toString();
        assertTrue(affinity.contains("kubernetes.io/hostname") && affinity.contains("topology.kubernetes.io/zone"));
        assertTrue(container.path("image").asText().matches(".+:\\d+\\.\\d+\\.\\d+"), "a versioned image");
    }

    @Test
    void availabilityScalingAndExposureFollowThePlatformRules() throws IOException {
        assertEquals(2, one("policy/v1/PodDisruptionBudget", "motovaultpro").document().path("spec").path("minAvailable").asInt());
        JsonNode hpa = one("autoscaling/v2/HorizontalPodAutoscaler", "motovaultpro").document().path("spec");
        assertEquals(3, hpa.path("minReplicas").asInt());
        assertEquals(10, hpa.path("maxReplicas").asInt());
        assertTrue(hpa.path("metrics").toString().contains("\"averageUtilization\":70")
                && hpa.path("metrics").toString().contains("\"averageUtilization\":80"));
        JsonNode ingress = one("networking.k8s.io/v1/Ingress", "motovaultpro").document();
        assertFalse(ingress.path("spec").path("tls").isEmpty(), "TLS");
        assertEquals("51m", ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-body-size").asText(),
                "uploads of the 50 MB document limit pass the ingress");
        JsonNode namespace = one("v1/Namespace", "motovault").document().path("metadata").path("labels");
        assertEquals("restricted", namespace.path("pod-security.kubernetes.io/enforce").asText());
        JsonNode policy = one("networking.k8s.io/v1/NetworkPolicy", "motovaultpro").document().path("spec");
        assertEquals("[\"Ingress\",\"Egress\"]", policy.path("policyTypes").toString());
        String egress = policy.path("egress").toString();
        for (String target : List.of("cnpg.io/cluster", "motovault-redis", "v1.min.io/tenant", "kube-dns", "\"port\":443")) {
            assertTrue(egress.contains(target), "egress to " + target);
        }
    }

    @Test
    void theBaseKustomizationListsEveryManifestThatExists() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> kustomization = (Map<String, Object>) new Yaml().load(
                Files.readString(ROOT.resolve("base/kustomization.yaml")));
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) kustomization.get("resources");
        for (String resource : resources) {
            assertTrue(Files.exists(ROOT.resolve("base").resolve(resource)), resource);
        }
        try (Stream<Path> files = Files.list(ROOT.resolve("base"))) {
            for (Path file : files.map(Path::getFileName).toList()) {
                String name = file.toString();
                if (name.endsWith(".yaml") && !name.equals("kustomization.yaml") && !name.contains(".template.")
                        && !name.contains(".example.")) {
                    assertTrue(resources.contains(name), name + " is part of the base");
                }
            }
        }
        assertNotNull(kustomization.get("namespace"));
    }
}
