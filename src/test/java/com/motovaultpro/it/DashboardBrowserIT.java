package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vehicle page opens on its dashboard; the charts tab draws real Chart.js charts with their
 * figures as tables (or says there is nothing to draw); the history report filters by tag and
 * downloads as a PDF with the same records.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class DashboardBrowserIT {

    private final Browser browser;

    private final LibertyServer server;

    DashboardBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }



    private long vehicleWithHistory(Api owner) {
        long id = owner.post("/api/v1/vehicles", """
                {"year":2018,"make":"Mazda","model":"MX-5","licensePlate":"CHART-1","fuelType":"GASOLINE",
                 "odometerUnit":"KILOMETERS","fuelVolumeUnit":"LITRES","purchasePrice":25000,"currentValue":21000,
                 "purchaseDate":"2023-01-01"}""").json().getJsonNumber("id").longValue();
        String base = "/api/v1/vehicles/" + id;
        owner.post(base + "/fuel", "{\"date\":\"2023-01-10\",\"odometer\":1000,\"quantity\":40,\"fullTank\":true,\"cost\":60.00}");
        owner.post(base + "/fuel", "{\"date\":\"2023-02-10\",\"odometer\":1500,\"quantity\":50,\"fullTank\":true,\"cost\":75.00,"
                + "\"tags\":[\"trip\"]}");
        owner.post(base + "/service", "{\"date\":\"2023-03-01\",\"odometer\":1600,\"description\":\"Oil change\","
                + "\"cost\":200.00,\"tags\":[\"trip\"]}");
        owner.post(base + "/repair", "{\"date\":\"2024-04-01\",\"odometer\":2400,\"description\":\"Brakes\",\"cost\":350.50}");
        return id;
    }

    @Test
    void theVehiclePageOpensOnItsDashboard() throws Exception {
        Api owner = Api.newUser(server, "dash-ui");
        long id = vehicleWithHistory(owner);
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + id);
        // 60 + 75 + 200 + 350.50 = 685.50; depreciation 4000 → 4685.50
        assertTrue(browser.text(By.id("figureTotalCost")).contains("$685.50"), browser.text(By.id("figureTotalCost")));
        assertTrue(browser.text(By.id("figureDistance")).contains("1,400"), browser.text(By.id("figureDistance")));
        assertTrue(browser.text(By.id("recentRecords")).startsWith("Latest records"));
        assertTrue(browser.text(By.id("recentRecords")).contains("Brakes"));
        String table = browser.text(By.id("costTable"));
        assertTrue(table.contains("2023") && table.contains("$135.00") && table.contains("$335.00"), table);
        assertTrue(browser.text(By.id("ownershipDepreciation")).contains("$4,000.00"));
        assertTrue(browser.text(By.id("ownershipTotal")).contains("$4,685.50"));
    }

    @Test
    void chartsAreDrawnWithTheirFiguresAsTables() throws Exception {
        Api owner = Api.newUser(server, "chart-ui");
        long id = vehicleWithHistory(owner);
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + id + "&tab=charts");
        WebElement canvas = browser.waitFor(By.cssSelector("#costPerMonthChart canvas"));
        Object drawn = ((JavascriptExecutor) browser.driver())
                .executeScript("return !!(window.Chart && Chart.getChart(arguments[0]));", canvas);
        assertEquals(Boolean.TRUE, drawn, "Chart.js drew the cost chart");
        assertTrue(canvas.getAttribute("aria-label").startsWith("Cost per month"));

        // The table view lists each month with its amount per type (hidden until opened, but in the page).
        String costs = browser.driver().findElement(By.id("costPerMonthTable")).getAttribute("textContent");
        assertTrue(costs.contains("Feb 2023") && costs.contains("75"), costs);
        String distance = browser.driver().findElement(By.id("distancePerMonthTable")).getAttribute("textContent");
        assertTrue(distance.contains("Mar 2023") && distance.contains("100"), distance);
        // No reminders yet: a message instead of an empty chart.
        assertTrue(browser.text(By.id("remindersByUrgency")).contains("No open reminders."));

        // Expenses by type for one year: the picker lists the years newest first after "All time".
        String allTime = browser.driver().findElement(By.id("expensesByTypeTable")).getAttribute("textContent");
        assertTrue(allTime.contains("135") && allTime.contains("200") && allTime.contains("350.5"), allTime);
        browser.waitFor(By.id("chartYearForm:year_label")).sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("chartYearForm:year_label")).getText().equals("2024"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("expensesByTypeTable")).getAttribute("textContent").contains("135"));
        String year2024 = browser.driver().findElement(By.id("expensesByTypeTable")).getAttribute("textContent");
        assertTrue(year2024.contains("350.5") && !year2024.contains("200"), year2024);
        assertTrue(browser.driver().findElement(By.cssSelector("#expensesByTypeChart canvas")).isDisplayed());
    }

    @Test
    void theHistoryReportFiltersByTagAndDownloadsAsPdf() throws Exception {
        Api owner = Api.newUser(server, "report-ui");
        long id = vehicleWithHistory(owner);
        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + id);
        browser.click("report");
        assertTrue(browser.waitFor(By.id("reportTable")).getText().contains("Brakes"));

        browser.type("reportTags", "trip");
        browser.click("reportApply");
        // A full-page GET: wait for the filtered page rather than read the table it replaces.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("tags=trip")
                        && !d.findElement(By.id("reportTable")).getText().contains("Brakes"));
        String rows = browser.text(By.id("reportTable"));
        assertTrue(rows.contains("Oil change") && !rows.contains("Brakes"), rows);
        assertTrue(browser.text(By.id("reportTotals")).contains("$275.00"), browser.text(By.id("reportTotals")));

        String pdfHref = browser.driver().findElement(By.id("reportPdf")).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("MVPSESSION");
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(pdfHref))
                        .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("history-CHART-1.pdf"));
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Oil change") && !text.contains("Brakes"), text);
        assertTrue(text.contains("$275.00"), text);
    }
}
