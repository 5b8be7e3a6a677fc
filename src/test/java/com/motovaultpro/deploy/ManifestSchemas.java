package com.motovaultpro.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strict JSON schema of each Kubernetes kind we use (src/test/resources/k8s-schemas, see
 * kubernetes/schemas/README.md), kubeconform-style: unknown fields and wrong types are problems, and
 * so is a kind without a schema (except those no package publishes types for, checked by structure).
 */
final class ManifestSchemas {

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

    private final Map<String, JsonSchema> loaded = new HashMap<>();

    /** What is wrong with one object ("kind name: message"); empty when it is valid. */
    List<String> problems(JsonNode object) {
        String kind = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String name = object.path("metadata").path("name").asText();
        if (STRUCTURE_ONLY.contains(kind)) {
            return List.of();
        }
        String schema = SCHEMAS.get(kind);
        if (schema == null) {
            return List.of(kind + " " + name + ": no schema for this kind");
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema(schema).validate(object)) {
            problems.add(kind + " " + name + ": " + message.getMessage());
        }
        return problems;
    }

    private JsonSchema schema(String file) {
        return loaded.computeIfAbsent(file, f -> {
            try (InputStream in = ManifestSchemas.class.getResourceAsStream("/k8s-schemas/" + f + ".json")) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in,
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
