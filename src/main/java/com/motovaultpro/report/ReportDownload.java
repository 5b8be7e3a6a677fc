package com.motovaultpro.report;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.account.DisplayPreferences;
import com.motovaultpro.vehicle.Vehicle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The history report as a PDF download, for the page (session) and the API alike: in the
 * caller's language, number format and currency.
 */
@ApplicationScoped
public class ReportDownload {

    private static final String BUNDLE = "com.motovaultpro.i18n.Messages";

    @Inject
    HistoryReport report;

    @Inject
    AccountPreferences preferences;

    /** The caller's vehicle (a {@code VehicleNotFoundException} otherwise), checked before anything is written. */
    public Vehicle vehicle(long vehicleId) {
        return report.vehicle(vehicleId);
    }

    /** The file name offered for the download: only safe characters of the identifier. */
    public static String fileName(Vehicle vehicle) {
        String safe = vehicle.getIdentifier().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("(^-+|-+$)", "");
        return "history-" + (safe.isEmpty() ? "vehicle-" + vehicle.getId() : safe) + ".pdf";
    }

    /**
     * @param language the reader's language (one of {@code AccountPreferences.LANGUAGES}); their saved language wins
     */
    @Transactional
    public void write(Vehicle vehicle, ReportFilter filter, String language, OutputStream out) throws IOException {
        String lang = preferences.savedLanguage().orElse(language);
        DisplayPreferences display = preferences.display(lang);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang));
        ReportPdf pdf = new ReportPdf(key -> {
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        }, display.formatLocale(), display.currency());
        pdf.write(vehicle, filter, sink -> report.lines(vehicle, filter, sink), out);
    }
}
