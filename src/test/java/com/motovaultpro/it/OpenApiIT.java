package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document describes every REST route completely, and Liberty finds nothing to fault in it. */
@ExtendWith(RunningServer.class)
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final LibertyServer server;

    OpenApiIT(LibertyServer server) {
        this.server = server;
    }

    private static List<String> pathParameters(JsonObject holder) {
        return holder.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(p -> "path".equals(p.getString("in", ""))).map(p -> p.getString("name")).toList();
    }

    @Test
    void everyOperationDeclaresEveryParameterOfItsPath() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.baseUri().resolve("/openapi?format=JSON")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject paths = Json.createReader(new StringReader(response.body())).readObject().getJsonObject("paths");
        assertTrue(paths.size() > 40, "every route is described: " + paths.size());
        assertTrue(paths.containsKey("/api/v1/vehicles/{vehicleId}/fuel/{recordId}"));
        List<String> missing = new ArrayList<>();
        for (String path : paths.keySet()) {
            assertTrue(path.startsWith("/api/v1/"), path);
            Matcher names = Pattern.compile("\\{([A-Za-z0-9_]+)}").matcher(path);
            List<String> declared = new ArrayList<>();
            while (names.find()) {
                declared.add(names.group(1));
            }
            JsonObject item = paths.getJsonObject(path);
            // Parameters of the path item hold for all its operations.
            List<String> shared = item.containsKey("parameters") ? pathParameters(item) : List.of();
            for (String method : item.keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                List<String> inPath = operation.containsKey("parameters") ? pathParameters(operation) : List.of();
                for (String name : declared) {
                    if (!inPath.contains(name) && !shared.contains(name)) {
                        missing.add(method.toUpperCase() + " " + path + " lacks " + name);
                    }
                }
                assertTrue(operation.containsKey("responses"), method + " " + path + " has responses");
            }
        }
        assertEquals(List.of(), missing);
        String log = Files.readString(server.messagesLog());
        assertFalse(log.contains("CWWKO1650E"), "Liberty's validation of the document found no error");
    }
}
