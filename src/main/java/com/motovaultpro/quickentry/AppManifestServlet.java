package com.motovaultpro.quickentry;

import com.motovaultpro.account.AccountPreferences;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The installable app's web app manifest, in the language the browser asks for (its name on the
 * home screen, the shortcuts "Add fill-up" and "Add odometer reading" to quick entry). Public:
 * it names nobody and nothing of anyone's.
 */
@WebServlet("/manifest.webmanifest")
public class AppManifestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "com.motovaultpro.i18n.Messages";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = AccountPreferences.bestLanguage(request.getHeader("Accept-Language"));
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                AppManifestServlet.class.getClassLoader());
        JsonObject manifest = manifest(text, language);
        byte[] body = manifest.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/manifest+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept-Language");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static JsonObject manifest(ResourceBundle text, String language) {
        JsonArrayBuilder icons = Json.createArrayBuilder()
                .add(icon("resources/icons/icon-192.png", "192x192", "any"))
                .add(icon("resources/icons/icon-512.png", "512x512", "any"))
                .add(icon("resources/icons/maskable-512.png", "512x512", "maskable"));
        return Json.createObjectBuilder()
                .add("name", text.getString("app.name"))
                .add("short_name", text.getString("app.name"))
                .add("description", text.getString("manifest.description"))
                .add("lang", language)
                .add("id", "./")
                .add("start_url", "./")
                .add("scope", "./")
                .add("display", "standalone")
                .add("background_color", "#17212f")
                .add("theme_color", "#111827")
                .add("icons", icons)
                .add("shortcuts", Json.createArrayBuilder()
                        .add(shortcut(text.getString("quick.title.FUEL"), text.getString("quick.addFuel"), "fuel"))
                        .add(shortcut(text.getString("quick.title.ODOMETER"), text.getString("quick.addOdometer"),
                                "odometer")))
                .build();
    }

    private static JsonObject icon(String src, String sizes, String purpose) {
        return Json.createObjectBuilder().add("src", src).add("sizes", sizes).add("type", "image/png")
                .add("purpose", purpose).build();
    }

    private static JsonObject shortcut(String name, String shortName, String type) {
        return Json.createObjectBuilder().add("name", name).add("short_name", shortName)
                .add("url", "quick.xhtml?type=" + type)
                .add("icons", Json.createArrayBuilder().add(icon("resources/icons/icon-192.png", "192x192", "any")))
                .build();
    }
}
