package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LubeLogger-compatible CSV over the API: preview (dry run), all-or-nothing, valid rows only,
 * each row checked like a create, access rules, the size limit, and export → import round trips.
 */
@ExtendWith(RunningServer.class)
class CsvImportExportIT {

    static final String FUEL_CSV = """
            Date,Odometer,FuelConsumed,Cost,FuelEconomy,IsFillToFull,MissedFuelUp,Notes,Tags
            1/5/2024,1000,40,60.00,0,True,False,First,
            1/19/2024,1400,35.5,"1,053.25",31.1,True,False,"Long trip, \"\"quoted\"\"",trip highway
            2/2/2024,1700,20,30,0,False,False,Half tank,
            """;

    private final LibertyServer server;

    CsvImportExportIT(LibertyServer server) {
        this.server = server;
    }

    private static Api.Reply csv(Api caller, String path, String body) {
        return caller.send(caller.request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static long vehicle(Api owner) {
        return owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
    }

    private static JsonArray items(Api owner, String path) {
        return owner.get(path + "?size=500").json().getJsonArray("items");
    }

    @Test
    void aDryRunPreviewsTheRowsAndStoresNothing() {
        Api owner = Api.newUser(server, "import-preview");
        long id = vehicle(owner);
        Api.Reply preview = csv(owner, "/api/v1/vehicles/" + id + "/imports/fuel?dryRun=true&locale=en-US", FUEL_CSV);
        assertEquals(200, preview.status(), preview.body());
        JsonObject report = preview.json();
        assertTrue(report.getBoolean("dryRun"));
        assertEquals(3, report.getInt("rows"));
        assertEquals(3, report.getInt("valid"));
        assertEquals(0, report.getInt("stored"));
        assertEquals(List.of(), report.getJsonArray("errors"));
        JsonArray rows = report.getJsonArray("preview");
        assertEquals(3, rows.size());
        assertEquals(List.of("2024-01-19", "1400", "35.5", "1053.25", "", "True", "False", "Long trip, \"quoted\"", "trip highway"),
                rows.getJsonObject(1).getJsonArray("values").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList());
        assertEquals(3, rows.getJsonObject(1).getInt("line"));
        // The file's own FuelEconomy (31.1) against ours: 400 mi on 35.5 L is 42.65 mpg (US), and 31.1
        // is that in no unit; the 0s are LubeLogger's "none".
        JsonArray warnings = report.getJsonArray("warnings");
        assertEquals(1, warnings.size(), preview.body());
        assertEquals(3, warnings.getJsonObject(0).getInt("line"));
        assertEquals("FuelEconomy", warnings.getJsonObject(0).getString("column"));
        assertEquals("the file gives an economy of 31.1; by our rules it is 42.65 mpg (US)",
                warnings.getJsonObject(0).getString("message"));
        assertEquals(0, items(owner, "/api/v1/vehicles/" + id + "/fuel").size(), "nothing stored");
    }

    @Test
    void allOrNothingStoresNothingWhenARowIsRefusedAndValidOnlyStoresTheRest() {
        Api owner = Api.newUser(server, "import-modes");
        long id = vehicle(owner);
        String file = FUEL_CSV + "2/20/2024,900,30,45,0,True,False,Odometer went back,\n" + "someday,2000,30,45,0,True,False,,\n";
        Api.Reply refused = csv(owner, "/api/v1/vehicles/" + id + "/imports/fuel?locale=en-US", file);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("urn:motovaultpro:problem:import-refused", refused.json().getString("type"));
        Map<Integer, String> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getInt("line"), e -> e.getString("column")));
        assertEquals(Map.of(5, "Odometer", 6, "Date"), errors, refused.body());
        assertEquals(0, items(owner, "/api/v1/vehicles/" + id + "/fuel").size(), "nothing half-imported");

        Api.Reply valid = csv(owner, "/api/v1/vehicles/" + id + "/imports/fuel?mode=valid&locale=en-US", file);
        assertEquals(200, valid.status(), valid.body());
        assertEquals(5, valid.json().getInt("rows"));
        assertEquals(3, valid.json().getInt("stored"));
        assertEquals(2, valid.json().getJsonArray("errors").size());
        assertEquals(3, items(owner, "/api/v1/vehicles/" + id + "/fuel").size());
    }

    @Test
    void rowsAreCheckedAgainstStoredReadingsAndEachOtherInDateOrderWhateverTheirOrderInTheFile() {
        Api owner = Api.newUser(server, "import-order");
        long id = vehicle(owner);
        String readings = "/api/v1/vehicles/" + id + "/odometer";
        assertEquals(201, owner.post(readings, "{\"date\":\"2023-12-01\",\"odometer\":800}").status());
        String file = """
                Date,Odometer,InitialOdometer,Notes
                2024-03-01,3000,,March
                2024-01-01,1000,,January
                2024-02-01,500,,below January: refused
                2024-02-15,2000,,the refused row does not count
                2023-11-01,700,,before the stored reading
                """;
        Api.Reply refused = csv(owner, "/api/v1/vehicles/" + id + "/imports/odometer", file);
        assertEquals(400, refused.status(), refused.body());
        assertEquals(List.of(4L), refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("line").longValue()).distinct().toList(), refused.body());
        assertTrue(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("column").equals("Odometer")
                                && e.getString("message").endsWith("(1000, 2024-01-01)")),
                "names the earlier reading of the file: " + refused.body());

        Api.Reply valid = csv(owner, "/api/v1/vehicles/" + id + "/imports/odometer?mode=valid", file);
        assertEquals(200, valid.status(), valid.body());
        assertEquals(4, valid.json().getInt("stored"));
        // Each start defaults to the highest reading of an earlier day, as for a reading entered by hand.
        Map<String, String> starts = items(owner, readings).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("date"),
                        r -> !r.containsKey("initialOdometer") || r.isNull("initialOdometer") ? "-" : r.getJsonNumber("initialOdometer").bigDecimalValue()
                                .stripTrailingZeros().toPlainString()));
        assertEquals(Map.of("2023-11-01", "-", "2023-12-01", "-", "2024-01-01", "800", "2024-02-15", "1000",
                "2024-03-01", "2000"), starts);
    }

    @Test
    void extraFieldsTheOwnerHasNotDefinedAreNamedAndTheirRowsRefused() {
        Api owner = Api.newUser(server, "import-missing-fields");
        long id = vehicle(owner);
        String file = """
                Date,Odometer,FuelConsumed,Cost,extrafield_Station
                2024-01-05,1000,40,60.00,Shell
                2024-01-19,1400,35.5,53.25,
                """;
        JsonObject report = csv(owner, "/api/v1/vehicles/" + id + "/imports/fuel?dryRun=true", file).json();
        assertEquals(List.of("Station"), report.getJsonArray("missingExtraFields").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals(1, report.getInt("valid"), "the row without a value passes: " + report);
        assertEquals(List.of(2L), report.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("line").longValue()).toList());

        assertEquals(201, owner.post("/api/v1/extra-fields",
                "{\"recordType\":\"FUEL\",\"name\":\"Station\",\"type\":\"TEXT\"}").status());
        report = csv(owner, "/api/v1/vehicles/" + id + "/imports/fuel?dryRun=true", file).json();
        assertEquals(0, report.getJsonArray("missingExtraFields").size());
        assertEquals(2, report.getInt("valid"));
    }

    @Test
    void aPlanImportedAsDoneDoesNotBecomeASecondRecordWhenItIsSavedAgain() {
        Api owner = Api.newUser(server, "import-done-plan");
        String base = "/api/v1/vehicles/" + vehicle(owner);
        Api.Reply imported = csv(owner, base + "/imports/plan",
                "DateCreated,Description,Type,Priority,Progress,Cost\n2024-01-01,Brake pads,RepairRecord,Normal,Done,180\n");
        assertEquals(200, imported.status(), imported.body());
        long plan = items(owner, base + "/plan").getJsonObject(0).getJsonNumber("id").longValue();
        // Saved again as done (its record came with the repair file): no record is made of it now.
        assertEquals(200, owner.put(base + "/plan/" + plan + "/progress", "{\"progress\":\"DONE\"}").status());
        assertEquals(0, owner.get(base + "/repair").json().getJsonNumber("total").longValue());
        // Moved out of done and into it again, it is done anew: then it becomes a record, as any plan does.
        owner.put(base + "/plan/" + plan + "/progress", "{\"progress\":\"TESTING\"}");
        owner.put(base + "/plan/" + plan + "/progress", "{\"progress\":\"DONE\"}");
        assertEquals(1, owner.get(base + "/repair").json().getJsonNumber("total").longValue());
    }

    @Test
    void aEuropeanSpreadsheetFileWithSemicolonsAndAByteOrderMarkImportsAsMultipart() {
        Api owner = Api.newUser(server, "import-eu");
        long id = vehicle(owner);
        String file = "\uFEFFDatum;Date;Odometer;FuelConsumed;Cost\r\nx;19.01.2024;12.345;40,5;1.234,56\r\n";
        Api.Reply imported = owner.postMultipart("/api/v1/vehicles/" + id + "/imports/fuel?locale=de-DE", Map.of(),
                "tankbuch.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(List.of("Datum"), imported.json().getJsonArray("ignoredColumns").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        JsonObject stored = items(owner, "/api/v1/vehicles/" + id + "/fuel").getJsonObject(0);
        assertEquals("2024-01-19", stored.getString("date"));
        assertEquals(0, new BigDecimal("12345").compareTo(stored.getJsonNumber("odometer").bigDecimalValue()));
        assertEquals(0, new BigDecimal("1234.56").compareTo(stored.getJsonNumber("cost").bigDecimalValue()));
    }

    @Test
    void theSameFileImportedTwiceIsFoundAndItsRowsAreSkippedUnlessAskedFor() {
        Api owner = Api.newUser(server, "import-twice");
        long id = vehicle(owner);
        String path = "/api/v1/vehicles/" + id + "/imports/fuel?locale=en-US";
        assertEquals(200, csv(owner, path, FUEL_CSV).status());
        String again = FUEL_CSV + "3/1/2024,2000,30,45,0,True,False,New one,\n";
        Api.Reply preview = csv(owner, path + "&dryRun=true", again);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(List.of(2, 3, 4), preview.json().getJsonArray("alreadyPresent").getValuesAs(JsonNumber.class)
                .stream().map(JsonNumber::intValue).toList());
        assertEquals(1, preview.json().getInt("valid"), "only the new row would be imported");
        Api.Reply skipped = csv(owner, path, again);
        assertEquals(200, skipped.status(), skipped.body());
        assertEquals(3, skipped.json().getInt("skipped"));
        assertEquals(1, skipped.json().getInt("stored"));
        assertEquals(4, items(owner, "/api/v1/vehicles/" + id + "/fuel").size());
        Api.Reply forced = csv(owner, path + "&existing=import", FUEL_CSV);
        assertEquals(200, forced.status(), forced.body());
        assertEquals(3, forced.json().getInt("stored"), "asked for: imported again");
        assertEquals(7, items(owner, "/api/v1/vehicles/" + id + "/fuel").size());
        assertEquals(400, csv(owner, path + "&existing=maybe", FUEL_CSV).status());
    }

    @Test
    void fillUpsFromAFuelioBackupAndAFuellyExportAreImported() throws Exception {
        Api owner = Api.newUser(server, "import-others");
        long fuelio = vehicle(owner);
        Api.Reply fromFuelio = csv(owner, "/api/v1/vehicles/" + fuelio + "/imports/fuel",
                Files.readString(Path.of("src/test/resources/import/fuelio-backup.csv")));
        assertEquals(200, fromFuelio.status(), fromFuelio.body());
        assertEquals(3, fromFuelio.json().getInt("stored"), "the log's fill-ups, not the costs");
        assertEquals(3, items(owner, "/api/v1/vehicles/" + fuelio + "/fuel").size());
        long fuelly = vehicle(owner);
        Api.Reply fromFuelly = csv(owner, "/api/v1/vehicles/" + fuelly + "/imports/fuel?locale=en-US",
                Files.readString(Path.of("src/test/resources/import/fuelly-fuelups.csv")));
        assertEquals(200, fromFuelly.status(), fromFuelly.body());
        assertEquals(2, fromFuelly.json().getInt("stored"));
        Api.Reply serviceFromFuelio = csv(owner, "/api/v1/vehicles/" + fuelio + "/imports/service",
                Files.readString(Path.of("src/test/resources/import/fuelio-backup.csv")));
        assertEquals(400, serviceFromFuelio.status(), "a Fuelio backup is fill-ups only: " + serviceFromFuelio.body());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsReadAndStoresNothing() {
        Api owner = Api.newUser(server, "import-big");
        long id = vehicle(owner);
        StringBuilder big = new StringBuilder("Date,Odometer,FuelConsumed,Cost,Notes\n");
        String notes = "n".repeat(500); // long rows: the byte limit comes before the row limit
        for (int i = 0; big.length() <= LibertyServer.IMPORT_MAX_BYTES; i++) {
            big.append("2024-01-01,").append(1000 + i).append(",10,20,").append(notes).append('\n');
        }
        Api.Reply declared = csv(owner, "/api/v1/vehicles/" + id + "/imports/fuel", big.toString());
        assertEquals(413, declared.status(), declared.body());
        assertTrue(declared.contentType().startsWith("application/problem+json"));
        Api.Reply multipart = owner.postMultipart("/api/v1/vehicles/" + id + "/imports/fuel", Map.of(), "big.csv",
                big.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(413, multipart.status(), "the form around it is allowed, the file is not: " + multipart.body());
        assertEquals(0, items(owner, "/api/v1/vehicles/" + id + "/fuel").size());
    }

    @Test
    void onlyThoseWhoMayEditRecordsImportAndStrangersSeeNothing() {
        Api owner = Api.newUser(server, "import-owner");
        long id = vehicle(owner);
        Api viewer = Api.newUser(server, "import-viewer");
        assertEquals(201, owner.post("/api/v1/vehicles/" + id + "/collaborators",
                "{\"user\":\"" + viewer.username() + "\",\"role\":\"VIEWER\"}").status());
        assertEquals(204, viewer.post("/api/v1/invitations/" + id + "/accept", "").status());
        Api stranger = Api.newUser(server, "import-stranger");
        String path = "/api/v1/vehicles/" + id + "/imports/fuel";
        assertEquals(403, csv(viewer, path, FUEL_CSV).status());
        assertEquals(404, csv(stranger, path, FUEL_CSV).status());
        assertEquals(404, stranger.getBytes("/api/v1/vehicles/" + id + "/exports/fuel.csv").statusCode());
        assertEquals(200, viewer.getBytes("/api/v1/vehicles/" + id + "/exports/fuel.csv").statusCode(), "a viewer may export");
        assertEquals(403, csv(owner.withNewKey("VIEWER"), path, FUEL_CSV).status(), "a VIEWER key imports nothing");
        assertEquals(404, csv(owner, "/api/v1/vehicles/" + id + "/imports/notes", FUEL_CSV).status());
        assertEquals(400, csv(owner, path + "?mode=some", FUEL_CSV).status());
        assertEquals(400, csv(owner, path + "?dryRun=yes", FUEL_CSV).status(), "a preview is never taken for an import");
        assertEquals(400, csv(owner, path + "?locale=12-%21", FUEL_CSV).status());
        assertEquals(0, items(owner, "/api/v1/vehicles/" + id + "/fuel").size());
    }

    @Test
    void exportThenImportIntoANewVehicleGivesEqualRecordsOfEveryType() {
        Api owner = Api.newUser(server, "import-roundtrip");
        long fuelFrom = vehicle(owner);
        assertEquals(200, csv(owner, "/api/v1/vehicles/" + fuelFrom + "/imports/fuel?locale=en-US", FUEL_CSV).status());
        long from = vehicle(owner);
        for (String type : List.of("service", "repair", "upgrade", "tax", "supply", "odometer", "plan")) {
            assertEquals(201, owner.post("/api/v1/vehicles/" + from + "/" + type, RecordTypesApiIT.VALID.get(type)).status(), type);
        }
        assertEquals(201, owner.post("/api/v1/vehicles/" + from + "/service",
                "{\"date\":\"2024-03-01\",\"description\":\"Wipers\",\"cost\":10,\"notes\":\"=1+2 and\\na second line, \\\"quoted\\\"\","
                        + "\"tags\":[\"a\",\"b\"]}").status());
        long fuelTo = vehicle(owner);
        long to = vehicle(owner);
        for (String type : List.of("fuel", "service", "repair", "upgrade", "tax", "supply", "odometer", "plan")) {
            long source = type.equals("fuel") ? fuelFrom : from;
            long target = type.equals("fuel") ? fuelTo : to;
            HttpResponse<byte[]> exported = owner.getBytes("/api/v1/vehicles/" + source + "/exports/" + type + ".csv?locale=de-DE");
            assertEquals(200, exported.statusCode(), type);
            assertTrue(exported.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), type);
            String text = new String(exported.body(), StandardCharsets.UTF_8);
            if (type.equals("service")) {
                assertTrue(text.contains("\"'=1+2 and"), "a formula-looking cell is escaped: " + text);
            }
            Api.Reply imported = csv(owner, "/api/v1/vehicles/" + target + "/imports/" + type + "?locale=de-DE", text);
            assertEquals(200, imported.status(), type + ": " + imported.body());
            assertEquals(comparable(items(owner, "/api/v1/vehicles/" + source + "/" + type)),
                    comparable(items(owner, "/api/v1/vehicles/" + target + "/" + type)), type);
        }
    }

    /** The records without what differs by nature between two vehicles (ids, vehicle, audit fields). */
    private static List<Map<String, String>> comparable(JsonArray records) {
        return records.getValuesAs(JsonObject.class).stream().map(r -> r.entrySet().stream()
                .filter(e -> !List.of("id", "vehicleId", "version", "createdAt", "updatedAt", "createdBy", "updatedBy",
                        "documents", "economy", "distance").contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> normalized(e.getValue().toString()))))
                .sorted(Comparator.comparing(Map::toString)).toList();
    }

    private static String normalized(String json) {
        return json.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(json).stripTrailingZeros().toPlainString() : json;
    }
}
