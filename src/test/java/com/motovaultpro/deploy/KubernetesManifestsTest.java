package com.motovaultpro.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final ObjectMapper json = new ObjectMapper();
    private final ManifestSchemas schemas = new ManifestSchemas();

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
                        // Lists are JSON patches of the overlays (applied and checked by KubernetesOverlaysTest).
                        if (document instanceof Map) {
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

    @Test
    void everyManifestIsValidAgainstTheSchemaOfItsKind() throws IOException {
        List<Manifest> all = manifests(ROOT);
        assertTrue(all.size() >= 15, "manifests found: " + all.size());
        List<String> problems = new ArrayList<>();
        for (Manifest m : all) {
            schemas.problems(m.document()).forEach(p -> problems.add(m.file() + " " + p));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSchemasCatchMistakes() {
        JsonNode typo = json.valueToTree(Map.of("apiVersion", "v1", "kind", "Service", "metadata", Map.of("name", "x"),
                "spec", Map.of("ports", List.of(Map.of("port", 80, "targetport", 9080)))));
        assertFalse(schemas.problems(typo).isEmpty(), "an unknown field (targetport) is refused");
        JsonNode wrongType = json.valueToTree(Map.of("apiVersion", "policy/v1", "kind", "PodDisruptionBudget",
                "metadata", Map.of("name", "x"), "spec", Map.of("minAvailable", List.of(2))));
        assertFalse(schemas.problems(wrongType).isEmpty(), "a wrong type is refused");
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
        for (String target : List.of("cnpg.io/cluster", "motovault-redis", "v1.min.io/tenant", "kube-dns", "\"port\":443",
                "\"port\":587", "\"port\":465")) {
            assertTrue(egress.contains(target), "egress to " + target);
        }
    }

    @Test
    void metricsAreNotServedThroughTheIngressNorThroughTraefik() throws IOException {
        JsonNode main = one("networking.k8s.io/v1/Ingress", "motovaultpro").document().path("spec");
        JsonNode internal = one("networking.k8s.io/v1/Ingress", "motovaultpro-internal-paths").document();
        assertEquals("0.0.0.0/0,::/0", internal.path("metadata").path("annotations")
                .path("nginx.ingress.kubernetes.io/denylist-source-range").asText(), "refused to every address");
        JsonNode rule = internal.path("spec").path("rules").path(0);
        assertEquals(main.path("rules").path(0).path("host"), rule.path("host"), "for the application's host");
        assertEquals(main.path("tls"), internal.path("spec").path("tls"));
        assertEquals("/metrics", rule.path("http").path("paths").path(0).path("path").asText());
        assertEquals("ImplementationSpecific", rule.path("http").path("paths").path(0).path("pathType").asText(),
                "nginx's own prefix match, so /metrics;x is refused too");
        assertTrue(Files.readString(Path.of("compose.yaml")).contains("&& !PathPrefix(`/metrics`)"),
                "Compose: Traefik routes everything but /metrics");
    }

    @Test
    void theDatabaseTakesEveryConnectionThePodsMayOpenAndThePoolAlertFitsThePool() throws IOException {
        int pool = Integer.parseInt(one("v1/ConfigMap", "motovaultpro-config").document().path("data")
                .path("MOTOVAULT_DB_POOL_MAX_SIZE").asText());
        int pods = one("autoscaling/v2/HorizontalPodAutoscaler", "motovaultpro").document().path("spec")
                .path("maxReplicas").asInt();
        int database = Integer.parseInt(one("postgresql.cnpg.io/v1/Cluster", "motovault-db").document().path("spec")
                .path("postgresql").path("parameters").path("max_connections").asText());
        assertTrue(database >= pods * pool + 50, "max_connections " + database + " < " + pods + " pods × " + pool
                + " + room for backups, monitoring and replication");
        String rules = Files.readString(ROOT.resolve("monitoring/prometheusrule.yaml"));
        assertTrue(rules.contains(">= " + (int) Math.ceil(pool * 0.9)), "the pool alert fires at 90 % of the pool");
    }

    @Test
    void theBackupCronJobRunsTheImagesBackupCommandOftenEnoughForTheRecoveryPointTarget() throws IOException {
        JsonNode cron = one("batch/v1/CronJob", "motovaultpro-backup").document().path("spec");
        assertEquals("*/15 * * * *", cron.path("schedule").asText(), "RPO under 15 minutes needs a backup every 15");
        assertEquals("Forbid", cron.path("concurrencyPolicy").asText(), "one backup at a time");
        JsonNode job = cron.path("jobTemplate").path("spec");
        assertTrue(job.path("activeDeadlineSeconds").asInt() < 15 * 60, "a stuck backup ends before the next is due");
        JsonNode pod = job.path("template").path("spec");
        JsonNode container = pod.path("containers").path(0);
        JsonNode app = one("apps/v1/Deployment", "motovaultpro").document().path("spec").path("template");
        assertEquals(app.path("spec").path("containers").path(0).path("image").asText(), container.path("image").asText(),
                "the same image (and so the same schema version) as the application");
        assertEquals("[\"/opt/motovault/db/backup.sh\"]", container.path("command").toString());
        assertTrue(Files.readString(Path.of("Dockerfile")).contains("/opt/motovault/db/"), "the image has the command");
        assertEquals(app.path("spec").path("containers").path(0).path("envFrom"), container.path("envFrom"),
                "configured like the application");
        String env = container.path("env").toString();
        assertTrue(env.contains("\"MOTOVAULT_BACKUP_TARGET\",\"value\":\"s3://motovault-backups/"), env);
        assertTrue(env.contains("\"name\":\"motovault-backup-s3\""), "backup credentials from a secret: " + env);
        String label = job.path("template").path("metadata").path("labels").path("app.kubernetes.io/name").asText();
        assertFalse(label.equals(one("v1/Service", "motovaultpro").document().path("spec").path("selector")
                .path("app.kubernetes.io/name").asText()), "a backup pod never receives the application's traffic");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
        assertEquals("/tmp", container.path("volumeMounts").path(0).path("mountPath").asText(), "room for the dump files");
        JsonNode policy = one("networking.k8s.io/v1/NetworkPolicy", "motovaultpro-backup").document().path("spec");
        assertEquals(label, policy.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
        assertTrue(policy.path("ingress").isMissingNode() && policy.path("policyTypes").toString().contains("Ingress"),
                "nothing may connect to a backup pod");
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
