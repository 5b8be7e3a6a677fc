package com.motovaultpro.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The documents tab in Chromium: files uploaded through the page (with its progress bar), an image
 * previewed, a refused file explained, one deleted to the trash — under the page's CSP and CSRF
 * protection.
 */
@ExtendWith({RunningServer.class, OpenBrowser.class})
class DocumentsBrowserIT {

    private final LibertyServer server;
    private final Browser browser;

    DocumentsBrowserIT(LibertyServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    @Test
    void filesAreUploadedPreviewedRefusedAndDeletedOnTheDocumentsTab() throws Exception {
        Api owner = Api.newUser(server, "docui");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        Path dir = Files.createTempDirectory("mvp-upload");
        Path png = Files.write(dir.resolve("front.png"), DocumentApiIT.PNG);
        Path pdf = Files.write(dir.resolve("receipt.pdf"), DocumentApiIT.PDF);
        Path html = Files.writeString(dir.resolve("trap.pdf"), "<html><script>alert(1)</script></html>");
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));

        browser.signIn(owner.username());
        browser.cspViolations();
        browser.open("/vehicles/view.xhtml?id=" + vehicle + "&tab=documents");
        upload(png);
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("documentsForm:documents")).contains("front.png"));
        upload(pdf);
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("documentsForm:documents")).contains("receipt.pdf"));
        assertEquals(2, owner.get("/api/v1/vehicles/" + vehicle + "/documents").jsonValue().asJsonArray().size());

        WebElement thumb = browser.waitFor(By.cssSelector("img.document-thumb"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", thumb)).intValue() > 0);

        // The image becomes the vehicle's photo and shows on its garage tile.
        browser.driver().findElement(By.cssSelector("button[id$=':usePhoto']")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("globalMessages")).contains("is the vehicle's photo now"));
        browser.open("/index.xhtml");
        WebElement tilePhoto = browser.waitFor(By.cssSelector("li.tile[data-vehicle-id='" + vehicle + "'] img.tile-photo-img"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", tilePhoto))
                .intValue() > 0);
        browser.open("/vehicles/view.xhtml?id=" + vehicle + "&tab=documents");

        upload(html);
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("globalMessages")).contains("Only PDF files, images"));
        assertEquals(2, owner.get("/api/v1/vehicles/" + vehicle + "/documents").jsonValue().asJsonArray().size(),
                "the refused file was not stored");

        browser.driver().findElements(By.cssSelector("button[id$=':delete']")).get(0).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("globalMessages")).contains("moved to the trash"));
        assertEquals(1, owner.get("/api/v1/vehicles/" + vehicle + "/documents").jsonValue().asJsonArray().size());
        assertTrue(browser.driver().findElement(By.id("documentsForm:archive")).getAttribute("href")
                .contains("/vehicles/documents.zip?id=" + vehicle));
        assertEquals(List.of(), browser.cspViolations(), "the documents tab under its policy");
    }

    @Test
    void filesAreAttachedToARecordFromItsDialog() throws Exception {
        Api owner = Api.newUser(server, "docrec");
        long vehicle = owner.post("/api/v1/vehicles", VehicleApiIT.ACCORD).json().getJsonNumber("id").longValue();
        long note = owner.post("/api/v1/vehicles/" + vehicle + "/note",
                "{\"date\":\"2024-02-01\",\"title\":\"Tyres\",\"text\":\"Winter set\"}").json().getJsonNumber("id").longValue();
        Path pdf = Files.write(Files.createTempDirectory("mvp-attach").resolve("invoice.pdf"), DocumentApiIT.PDF);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));

        browser.signIn(owner.username());
        browser.open("/vehicles/view.xhtml?id=" + vehicle + "&tab=note");
        browser.driver().findElement(By.cssSelector("button[data-command='noteEditRecord']")).click();
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#noteAttachForm\\:attach input[type=file]")));
        input.sendKeys(pdf.toAbsolutePath().toString());
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("noteAttachments")).contains("invoice.pdf"));

        var attached = owner.get("/api/v1/vehicles/" + vehicle + "/documents?recordId=" + note).jsonValue().asJsonArray();
        assertEquals(1, attached.size(), "attached to the record");
        assertEquals(note, attached.getJsonObject(0).getJsonNumber("recordId").longValue());

        // A new record has no attachments yet: the dialog says to save it first.
        browser.open("/vehicles/view.xhtml?id=" + vehicle + "&tab=note");
        browser.driver().findElement(By.cssSelector("button[id='noteActions:add']")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> browser.text(By.id("noteAttachForm")).contains("Save the record first"));
        assertEquals(List.of(), browser.cspViolations(), "the record dialog under its policy");
    }

    private void upload(Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("#documentsForm\\:upload input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
