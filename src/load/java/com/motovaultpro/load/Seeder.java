package com.motovaultpro.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Puts the load run's data into a running server through its public API, as a person would:
 * accounts (each from an address of its own, through {@code X-Forwarded-For} from loopback, which
 * the server trusts by default), an API key each, a vehicle each with its fill-ups, and one
 * vehicle of {@code bigRecords} fill-ups imported from a LubeLogger CSV (the logbook benchmark's
 * size) that the first account owns and shares with every other one as a viewer.
 */
final class Seeder {

    /**
     * One account of the run: its name, API key, own vehicle, a vehicle for the fill-ups the run
     * adds (so that the measured pages keep their seeded logbook) and the shared big one.
     */
    record Account(String username, String apiKey, long vehicle, long scratchVehicle, long bigVehicle) {
    }

    static final String PASSWORD = "load-test-password-1";
    private static final String VEHICLE = """
            {"year":2019,"make":"Honda","model":"Accord","licensePlate":"LOAD-%d","fuelType":"GASOLINE",
             "odometerUnit":"MILES","fuelVolumeUnit":"US_GALLONS"}""";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private int addresses;

    Seeder(URI base) {
        this.base = base;
    }

    /** {@code accounts} accounts with {@code fillUps} fill-ups each, and the shared vehicle of {@code bigRecords}. */
    List<Account> seed(int accounts, int fillUps, int bigRecords) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Long> vehicles = new ArrayList<>();
        List<Long> scratch = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String name = "load-" + run + "-" + i;
            expect(201, send("POST", "/api/v1/accounts", null, "{\"username\":\"" + name + "\",\"password\":\""
                    + PASSWORD + "\"}"));
            String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String key = "ApiKey " + json(expect(201, send("POST", "/api/v1/account/api-keys", basic,
                    "{\"name\":\"load\",\"scope\":\"MANAGER\"}"))).getString("key");
            long vehicle = id(expect(201, send("POST", "/api/v1/vehicles", key, VEHICLE.formatted(i))));
            expect(200, send("POST", "/api/v1/vehicles/" + vehicle + "/imports/fuel", key, fuelCsv(fillUps), "text/csv"));
            scratch.add(id(expect(201, send("POST", "/api/v1/vehicles", key, VEHICLE.formatted(1000 + i)))));
            names.add(name);
            keys.add(key);
            vehicles.add(vehicle);
        }
        long big = id(expect(201, send("POST", "/api/v1/vehicles", keys.get(0), VEHICLE.formatted(-1))));
        expect(200, send("POST", "/api/v1/vehicles/" + big + "/imports/fuel", keys.get(0), fuelCsv(bigRecords),
                "text/csv"));
        List<Account> seeded = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            if (i > 0) {
                expect(201, send("POST", "/api/v1/vehicles/" + big + "/collaborators", keys.get(0),
                        "{\"user\":\"" + names.get(i) + "\",\"role\":\"viewer\"}"));
                expect(204, send("POST", "/api/v1/invitations/" + big + "/accept", keys.get(i), ""));
            }
            seeded.add(new Account(names.get(i), keys.get(i), vehicles.get(i), scratch.get(i), big));
        }
        return seeded;
    }

    /** {@code rows} fill-ups, one every 4 days up to today, 300 miles apart, 10–12 gallons. */
    static String fuelCsv(int rows) {
        StringBuilder csv = new StringBuilder("Date,Odometer,FuelConsumed,Cost,FuelEconomy,IsFillToFull,MissedFuelUp,"
                + "Notes,Tags\r\n");
        LocalDate first = LocalDate.now().minusDays(4L * rows);
        for (int i = 0; i < rows; i++) {
            double gallons = 10 + (i % 7) * 0.3;
            csv.append(first.plusDays(4L * i)).append(',').append(1000 + 300L * i).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", gallons)).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", gallons * 3.49)).append(",,True,False,,\r\n");
        }
        return csv.toString();
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body)
            throws IOException, InterruptedException {
        return send(method, path, authorization, body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body, String type)
            throws IOException, InterruptedException {
        int n = addresses++;
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", type)
                .header("X-Forwarded-For", "198." + (18 + n / 65536) + "." + (n / 256 % 256) + "." + (n % 256))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + ": expected " + status
                    + ", got " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static long id(HttpResponse<String> response) {
        return json(response).getJsonNumber("id").longValue();
    }
}
