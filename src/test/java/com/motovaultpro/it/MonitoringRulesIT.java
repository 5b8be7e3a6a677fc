package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * The alerts and the Grafana dashboard in kubernetes/monitoring, and the canary analysis of the prod
 * overlay, query metrics the server really exports, by their exported names: checked against a
 * running server's /metrics.
 */
@ExtendWith(RunningServer.class)
class MonitoringRulesIT {

    /** A metric selector: a name followed by labels or a range. */
    private static final Pattern SELECTOR = Pattern.compile("\\b([a-zA-Z_][a-zA-Z0-9_]*)\\s*[\\{\\[]");
    /** PromQL words that precede a brace or bracket but are not metrics. */
    private static final Set<String> PROMQL = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

    private final LibertyServer server;

    MonitoringRulesIT(LibertyServer server) {
        this.server = server;
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardQueryIsExported() throws Exception {
        // Traffic that makes every application metric appear: requests, a failed sign-in, cache use.
        Api owner = Api.newUser(server, "monitoring").withNewKey("MANAGER");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        owner.get("/api/v1/vehicles/" + vehicle + "/dashboard");
        owner.get("/api/v1/vehicles/" + vehicle + "/dashboard");
        assertEquals(401, Api.as(server, owner.username(), "wrong-password").get("/api/v1/account").status());
        // A notification delivered (motovault_notifications_total).
        try (HookReceiver receiver = new HookReceiver()) {
            long channel = owner.post("/api/v1/account/notification-channels", "{\"kind\":\"WEBHOOK\",\"name\":\"m\","
                    + "\"target\":\"" + receiver.url("/m") + "\"}").json().getJsonNumber("id").longValue();
            assertEquals(202, owner.post("/api/v1/account/notification-channels/" + channel + "/test", "").status());
            assertEquals(1, receiver.await(1, Duration.ofSeconds(20)).size());
            Thread.sleep(500); // the counter is counted as the delivery commits
        }

        // Readiness checks record motovault_dependency_up (documents here; redis in cluster mode).
        assertEquals(200, Api.anonymous(server).get("/health/ready").status());
        String metrics = MetricsText.all(server);
        Set<String> exported = new TreeSet<>();
        metrics.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> exported.add(l.split("[{ ]", 2)[0]));

        List<String> expressions = new ArrayList<>(ruleExpressions());
        expressions.addAll(dashboardExpressions());
        expressions.addAll(canaryAnalysisQueries());
        Set<String> queried = new TreeSet<>();
        for (String expression : expressions) {
            Matcher m = SELECTOR.matcher(expression);
            while (m.find()) {
                String name = m.group(1);
                if (!PROMQL.contains(name) && !name.startsWith("kube_")) {
                    queried.add(name);
                }
            }
        }
        assertTrue(queried.containsAll(Set.of("motovault_http_requests_total", "motovault_http_request_duration_seconds_bucket",
                "motovault_failed_login_attempts_total", "motovault_cache_hits_total", "connectionpool_freeConnections",
                "motovault_dependency_up", "motovault_notifications_total")), queried.toString());
        Set<String> unknown = new TreeSet<>(queried);
        unknown.removeAll(exported);
        assertEquals(Set.of(), unknown, "queried but not exported");
    }

    @Test
    void theAlertsPlatformMdAsksForAreThere() throws Exception {
        Set<String> alerts = new TreeSet<>();
        for (Map<String, Object> rule : rules()) {
            if (rule.containsKey("alert")) {
                alerts.add((String) rule.get("alert"));
                assertTrue(rule.containsKey("for") && rule.containsKey("labels") && rule.containsKey("annotations"), rule.toString());
            }
        }
        assertEquals(Set.of("MotoVaultProHighErrorRate", "MotoVaultProSlowRequests", "MotoVaultProConnectionPoolNearlyExhausted",
                "MotoVaultProCrashLooping", "MotoVaultProFailedLoginSpike", "MotoVaultProBackupOverdue",
                "MotoVaultProRedisDown", "MotoVaultProDocumentStorageDown", "MotoVaultProNotificationsFailing"), alerts);
        List<String> titles = dashboard().getJsonArray("panels").stream().map(p -> p.asJsonObject().getString("title")).toList();
        for (String topic : List.of("Requests per second", "p50 / p95", "5xx", "Database pool", "Cache hit ratio", "Failed sign-ins",
                "Redis and document storage up")) {
            assertTrue(titles.stream().anyMatch(t -> t.contains(topic)), "a panel for " + topic + " in " + titles);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("kubernetes/monitoring/prometheusrule.yaml"))) {
            Map<String, Object> rule = new Yaml().load(in);
            List<Map<String, Object>> all = new ArrayList<>();
            for (Map<String, Object> group : (List<Map<String, Object>>) ((Map<String, Object>) rule.get("spec")).get("groups")) {
                all.addAll((List<Map<String, Object>>) group.get("rules"));
            }
            return all;
        }
    }

    private static List<String> ruleExpressions() throws Exception {
        return rules().stream().map(r -> String.valueOf(r.get("expr"))).toList();
    }

    /** The prod overlay's canary analysis (Argo Rollouts AnalysisTemplate) queries the same metrics. */
    @SuppressWarnings("unchecked")
    private static List<String> canaryAnalysisQueries() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("kubernetes/overlays/prod/analysis-template.yaml"))) {
            Map<String, Object> template = new Yaml().load(in);
            List<String> queries = new ArrayList<>();
            for (Map<String, Object> metric : (List<Map<String, Object>>) ((Map<String, Object>) template.get("spec")).get("metrics")) {
                Map<String, Object> prometheus = (Map<String, Object>) ((Map<String, Object>) metric.get("provider")).get("prometheus");
                queries.add(String.valueOf(prometheus.get("query")));
            }
            return queries;
        }
    }

    private static JsonObject dashboard() throws Exception {
        return Json.createReader(new StringReader(Files.readString(Path.of("kubernetes/monitoring/grafana-dashboard.json"))))
                .readObject();
    }

    private static List<String> dashboardExpressions() throws Exception {
        List<String> expressions = new ArrayList<>();
        for (JsonValue panel : dashboard().getJsonArray("panels")) {
            for (JsonValue target : panel.asJsonObject().getJsonArray("targets")) {
                expressions.add(target.asJsonObject().getString("expr"));
            }
        }
        return expressions;
    }
}
