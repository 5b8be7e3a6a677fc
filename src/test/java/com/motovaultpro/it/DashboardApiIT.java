package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboard and chart figures of a known logbook, against values worked out by hand (in the
 * comments). Records near "today" are placed relative to the real date, so figures that depend on
 * the year are computed from those dates.
 */
@ExtendWith(RunningServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate F4 = TODAY.minusDays(30);
    private static final LocalDate F5 = TODAY.minusDays(20);
    private static final LocalDate READING = TODAY.minusDays(10);
    private static final LocalDate NEW_YEAR = TODAY.withDayOfYear(1);

    private final LibertyServer server;
    private Api owner;
    private long id;
    private final List<Object[]> dated = new ArrayList<>(); // id, date: the expected "recent records"

    DashboardApiIT(LibertyServer server) {
        this.server = server;
    }

    @BeforeAll
    void logbook() {
        owner = Api.newUser(server, "dashboard");
        id = owner.post("/api/v1/vehicles", """
                {"year":2019,"make":"Volvo","model":"V60","licensePlate":"DASH-1","fuelType":"GASOLINE",
                 "odometerUnit":"KILOMETERS","fuelVolumeUnit":"LITRES",
                 "purchaseDate":"2023-01-01","purchasePrice":20000,"currentValue":15000}""")
                .json().getJsonNumber("id").longValue();
        // Fuel: 2023 = 60 + 75 + 64 = 199.00; economy 500 km/50 L, 600/40, then 500/25 and 400/20 recently.
        add("fuel", "2023-01-10", "{\"odometer\":1000,\"quantity\":40,\"fullTank\":true,\"cost\":60.00}");
        add("fuel", "2023-02-10", "{\"odometer\":1500,\"quantity\":50,\"fullTank\":true,\"cost\":75.00}");
        add("fuel", "2023-03-10", "{\"odometer\":2100,\"quantity\":40,\"fullTank\":true,\"cost\":64.00}");
        add("service", "2023-06-01", "{\"odometer\":2300,\"description\":\"Oil change\",\"cost\":200.00}");
        add("tax", "2024-01-15", "{\"description\":\"Registration\",\"cost\":120.00}");
        add("repair", "2024-04-01", "{\"odometer\":2400,\"description\":\"Brakes\",\"cost\":350.50}");
        add("upgrade", NEW_YEAR.toString(), "{\"description\":\"Roof box\",\"cost\":99.50}");
        add("fuel", F4.toString(), "{\"odometer\":2600,\"quantity\":25,\"fullTank\":true,\"cost\":45.00}");
        add("fuel", F5.toString(), "{\"odometer\":3000,\"quantity\":20,\"fullTank\":true,\"cost\":40.00}");
        add("odometer", READING.toString(), "{\"odometer\":3100}");
        // Neither is an expense: supplies are stock (counted when used), a plan is an estimate.
        owner.post(path("supply"), "{\"date\":\"2023-05-01\",\"description\":\"Oil 5L\",\"quantity\":5,\"cost\":30.00}");
        owner.post(path("plan"), "{\"date\":\"2024-02-01\",\"description\":\"Tyres\",\"kind\":\"SERVICE\",\"cost\":500}");
        // Reminders: past due by date, very urgent by odometer (50 left), not urgent by date.
        owner.post(path("reminders"), "{\"description\":\"Later\",\"dueDate\":\"" + TODAY.plusDays(100) + "\"}");
        owner.post(path("reminders"), "{\"description\":\"Tyres\",\"dueOdometer\":3150}");
        owner.post(path("reminders"), "{\"description\":\"Inspection\",\"dueDate\":\"" + TODAY.minusDays(1) + "\"}");
    }

    private void add(String type, String date, String json) {
        Api.Reply reply = owner.post(path(type), "{\"date\":\"" + date + "\"," + json.substring(1));
        assertEquals(201, reply.status(), reply.body());
        dated.add(new Object[] {reply.json().getJsonNumber("id").longValue(), LocalDate.parse(date)});
    }

    private String path(String type) {
        return "/api/v1/vehicles/" + id + "/" + type;
    }

    @Test
    void dashboardFiguresMatchTheHandComputedLogbook() {
        JsonObject d = owner.get(path("dashboard")).json();
        assertEquals(0, new BigDecimal("3100").compareTo(d.getJsonNumber("currentOdometer").bigDecimalValue()));
        // 3100 − 1000
        assertEquals(0, new BigDecimal("2100").compareTo(d.getJsonNumber("totalDistance").bigDecimalValue()));
        // 199 + 200 + 120 + 350.50 + 99.50 + 45 + 40
        assertEquals(0, new BigDecimal("1054.00").compareTo(d.getJsonNumber("totalCost").bigDecimalValue()));
        BigDecimal thisYear = new BigDecimal("99.50")
                .add(F4.getYear() == TODAY.getYear() ? new BigDecimal("45.00") : BigDecimal.ZERO)
                .add(F5.getYear() == TODAY.getYear() ? new BigDecimal("40.00") : BigDecimal.ZERO);
        assertEquals(0, thisYear.compareTo(d.getJsonNumber("costThisYear").bigDecimalValue()));

        // Economy in L/100 km: all time 135 L / 2000 km = 6.75; last 3 months 45 L / 900 km = 5.00
        JsonObject economy = d.getJsonArray("economy").getJsonObject(0);
        assertEquals("LITRES_PER_100_KM", economy.getString("unit"));
        assertEquals(new BigDecimal("6.75"), economy.getJsonNumber("allTime").bigDecimalValue());
        assertEquals(new BigDecimal("5.00"), economy.getJsonNumber("last3Months").bigDecimalValue());

        // The five latest records (not the plan), newest first.
        List<Long> expectedRecent = dated.stream()
                .sorted(Comparator.comparing((Object[] r) -> (LocalDate) r[1]).thenComparing(r -> (Long) r[0]).reversed())
                .limit(5).map(r -> (Long) r[0]).toList();
        assertEquals(expectedRecent, d.getJsonArray("recentRecords").stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals("ODOMETER", d.getJsonArray("recentRecords").getJsonObject(0).getString("type"));

        // Most urgent first: past due, very urgent (50 km left), not urgent.
        assertEquals(List.of("Inspection:PAST_DUE", "Tyres:VERY_URGENT", "Later:NOT_URGENT"),
                d.getJsonArray("upcomingReminders").stream().map(JsonValue::asJsonObject)
                        .map(r -> r.getString("description") + ":" + r.getString("urgency")).toList());
    }

    @Test
    void totalCostOfOwnershipIncludesDepreciation() {
        JsonObject o = owner.get(path("dashboard")).json().getJsonObject("ownership");
        // depreciation 20000 − 15000 = 5000; total 1054 + 5000 = 6054; per km 6054 / 2100 = 2.8829
        assertEquals(0, new BigDecimal("5000").compareTo(o.getJsonNumber("depreciation").bigDecimalValue()));
        assertEquals(0, new BigDecimal("6054.00").compareTo(o.getJsonNumber("total").bigDecimalValue()));
        assertEquals(new BigDecimal("2.8829"), o.getJsonNumber("costPerDistance").bigDecimalValue());
        assertEquals("KILOMETERS", o.getString("distanceUnit"));
        long days = ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), TODAY);
        assertEquals(days, o.getJsonNumber("daysOwned").longValue());
        assertEquals(new BigDecimal("6054.00").divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP),
                o.getJsonNumber("costPerDay").bigDecimalValue());
    }

    @Test
    void costTableHasAYearPerRowAndATypePerColumn() {
        JsonArray table = owner.get(path("dashboard")).json().getJsonArray("costTable");
        JsonObject y2023 = table.getJsonObject(0);
        assertEquals(2023, y2023.getInt("year"));
        assertAmounts(Map.of("FUEL", "199.00", "SERVICE", "200.00", "REPAIR", "0", "UPGRADE", "0", "TAX", "0"),
                y2023.getJsonObject("byType"));
        assertEquals(0, new BigDecimal("399.00").compareTo(y2023.getJsonNumber("total").bigDecimalValue()));
        JsonObject y2024 = table.getJsonObject(1);
        assertEquals(2024, y2024.getInt("year"));
        assertAmounts(Map.of("FUEL", "0", "SERVICE", "0", "REPAIR", "350.50", "UPGRADE", "0", "TAX", "120.00"),
                y2024.getJsonObject("byType"));
    }

    @Test
    void chartSeriesAreTheSameFiguresPerMonthTypeAndHorizon() {
        JsonObject costs = owner.get(path("charts/cost-per-month")).json();
        List<String> months = strings(costs.getJsonArray("labels"));
        assertEquals("2023-01", months.get(0));
        LocalDate lastExpense = F5.isAfter(NEW_YEAR) ? F5 : NEW_YEAR;
        assertEquals(lastExpense.toString().substring(0, 7), months.get(months.size() - 1));
        assertEquals(0, new BigDecimal("75.00").compareTo(value(costs, "FUEL", months.indexOf("2023-02"))));
        assertEquals(0, new BigDecimal("200.00").compareTo(value(costs, "SERVICE", months.indexOf("2023-06"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(value(costs, "FUEL", months.indexOf("2023-05"))), "supply is no expense");

        JsonObject byType = owner.get(path("charts/expenses-by-type") + "?year=2024").json();
        assertEquals(List.of("FUEL", "SERVICE", "REPAIR", "UPGRADE", "TAX"), strings(byType.getJsonArray("labels")));
        assertEquals("0 0 350.50 0 120.00", String.join(" ", byType.getJsonArray("series").getJsonObject(0)
                .getJsonArray("values").getValuesAs(JsonNumber.class).stream()
                .map(n -> n.bigDecimalValue().toPlainString()).toList()));

        // 2023-01: one reading (0); 2023-02: 1500 − 1000; 2023-03: 2100 − 1500; 2023-04: none; 2023-06: 2300 − 2100
        JsonObject distance = owner.get(path("charts/distance-per-month")).json();
        List<String> distanceMonths = strings(distance.getJsonArray("labels"));
        assertEquals("0 500 600 0", String.join(" ", List.of(0, 1, 2, 3).stream()
                .map(i -> value(distance, "distance", i).stripTrailingZeros().toPlainString()).toList()));
        assertEquals(0, new BigDecimal("200").compareTo(value(distance, "distance", distanceMonths.indexOf("2023-06"))));

        // 2023-02: 500 km on 50 L = 10.00 L/100 km; 2023-03: 600 km on 40 L = 6.67
        JsonObject economy = owner.get(path("charts/economy")).json();
        List<String> economyMonths = strings(economy.getJsonArray("labels"));
        assertEquals(new BigDecimal("10.00"), value(economy, "GASOLINE", economyMonths.indexOf("2023-02")));
        assertEquals(new BigDecimal("6.67"), value(economy, "GASOLINE", economyMonths.indexOf("2023-03")));

        JsonObject urgency = owner.get(path("charts/reminders-by-urgency")).json();
        assertEquals(List.of("0", "30", "60", "90"), strings(urgency.getJsonArray("labels")));
        assertEquals("1 1 0 1", String.join(" ", List.of("PAST_DUE", "VERY_URGENT", "URGENT", "NOT_URGENT").stream()
                .map(u -> value(urgency, u, 0).toPlainString()).toList()));
        // In 90 days "Later" (due in 100, 10 days left) is urgent; the odometer one (50 km left) is past due
        // by then at the recent average of several km a day.
        assertEquals("2 0 1 0", String.join(" ", List.of("PAST_DUE", "VERY_URGENT", "URGENT", "NOT_URGENT").stream()
                .map(u -> value(urgency, u, 3).toPlainString()).toList()));

        assertEquals(5, owner.get(path("charts")).jsonValue().asJsonArray().size());
    }

    @Test
    void badChartRequestsAreProblemsAndChangeNothing() {
        Api.Reply unknown = owner.get(path("charts/pie-in-the-sky"));
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        assertTrue(unknown.json().getString("detail").contains("cost-per-month"), unknown.body());
        Api.Reply badYear = owner.get(path("charts/expenses-by-type") + "?year=last");
        assertEquals(400, badYear.status());
        assertEquals("application/problem+json", badYear.contentType());
    }

    @Test
    void anotherUserOrNobodyCannotSeeIt() {
        Api stranger = Api.newUser(server, "dashboard-stranger");
        for (String route : List.of("dashboard", "charts", "charts/economy")) {
            assertEquals(404, stranger.get(path(route)).status(), route);
            assertEquals(401, Api.anonymous(server).get(path(route)).status(), route);
        }
    }

    @Test
    void historyReportPdfCoversThePeriodAndIsTheCallersOnly() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(owner.request(path("report.pdf")
                        + "?from=2023-01-01&to=2023-12-31").setHeader("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("history-DASH-1.pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        // 2023: three fill-ups, the oil change and the supply (stock, no expense): 199 + 200 = 399.00
        assertTrue(text.toString().contains("Oil change") && !text.toString().contains("Brakes"), text.toString());
        assertTrue(text.toString().contains("Records: 5"), text.toString());
        assertTrue(text.toString().contains("Total expenses: $399.00"), text.toString());

        Api stranger = Api.newUser(server, "report-stranger");
        assertEquals(404, pdfReply(stranger, "").status());
        assertEquals(401, pdfReply(Api.anonymous(server), "").status());
        Api.Reply backwards = pdfReply(owner, "?from=2024-01-01&to=2023-01-01");
        assertEquals(400, backwards.status());
        assertEquals("application/problem+json", backwards.contentType());
        assertEquals(400, pdfReply(owner, "?from=yesterday").status());
    }

    private Api.Reply pdfReply(Api caller, String query) {
        return caller.send(caller.request(path("report.pdf") + query).setHeader("Accept", "application/pdf").GET());
    }

    private static void assertAmounts(Map<String, String> expected, JsonObject actual) {
        expected.forEach((type, amount) -> assertEquals(0,
                new BigDecimal(amount).compareTo(actual.getJsonNumber(type).bigDecimalValue()), type));
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private static BigDecimal value(JsonObject chart, String key, int index) {
        JsonObject series = chart.getJsonArray("series").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow();
        return series.getJsonArray("values").getJsonNumber(index).bigDecimalValue();
    }
}
