package com.motovaultpro.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The image's entrypoint turns tracing on exactly when an OTLP endpoint is configured. */
class RunWithDrainScriptTest {

    @ParameterizedTest(name = "endpoint=''{0}'' traces=''{1}'' disabled=''{2}'' → ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
                                  |                                  |       |
            http://collector:4318 |                                  |       | false
                                  | http://collector:4318/v1/traces  |       | false
            http://collector:4318 |                                  | true  | true
                                  |                                  | false | false
            """)
    void tracingIsOnWithAnEndpointUnlessSwitchedOffExplicitly(String endpoint, String tracesEndpoint, String disabled,
                                                              String expected) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("liberty/bin/run-with-drain.sh", "sh", "-c",
                "printf '%s' \"${OTEL_SDK_DISABLED:-}\"").redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OTEL_"));
        put(env, "OTEL_EXPORTER_OTLP_ENDPOINT", endpoint);
        put(env, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", tracesEndpoint);
        put(env, "OTEL_SDK_DISABLED", disabled);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not finish");
        }
        assertEquals(0, process.exitValue());
        assertEquals(expected == null ? "" : expected,
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    private static void put(Map<String, String> env, String key, String value) {
        if (value != null) {
            env.put(key, value);
        }
    }
}
