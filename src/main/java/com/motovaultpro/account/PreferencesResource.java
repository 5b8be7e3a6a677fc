package com.motovaultpro.account;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.units.DistanceUnit;
import com.motovaultpro.platform.units.EconomyUnit;
import com.motovaultpro.platform.units.VolumeUnit;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's display preferences: formatting locale, currency and units. */
@Path("/account/preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class PreferencesResource {

    /** Saved preferences (null: default) and what is in effect. */
    @Schema(name = "Preferences")
    public record Preferences(
            @Schema(description = "e.g. de-DE; null: follows the language") String formatLocale,
            @Schema(description = "ISO 4217, e.g. EUR; null: the formatting locale's") String currency,
            @Schema(description = "KILOMETERS or MILES; null: each vehicle's unit") DistanceUnit distanceUnit,
            @Schema(description = "LITRES, US_GALLONS or IMPERIAL_GALLONS; null: each vehicle's") VolumeUnit volumeUnit,
            @Schema(description = "null: the vehicle's natural unit") EconomyUnit economyUnit,
            @Schema(description = "MILES_PER_KWH or KWH_PER_100_KM; null: the vehicle's") EconomyUnit electricEconomyUnit,
            @Schema(description = "LIGHT, DARK or SYSTEM (the device's setting); null: SYSTEM") Theme theme,
            @Schema(readOnly = true, description = "The formatting locale in effect") String effectiveFormatLocale,
            @Schema(readOnly = true, description = "The currency in effect") String effectiveCurrency) {

        static Preferences of(DisplayPreferences.Saved saved, Theme theme, DisplayPreferences effective) {
            return new Preferences(saved.formatLocale(), saved.currency(), saved.distanceUnit(), saved.volumeUnit(),
                    saved.economyUnit(), saved.electricEconomyUnit(), theme, effective.formatLocale().toLanguageTag(),
                    effective.currency().getCurrencyCode());
        }

        DisplayPreferences.Saved toSaved() {
            return new DisplayPreferences.Saved(blankToNull(formatLocale), blankToNull(currency), distanceUnit,
                    volumeUnit, economyUnit, electricEconomyUnit);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @Inject
    AccountPreferences preferences;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The caller's display preferences and colour theme")
    public Preferences get() {
        return Preferences.of(preferences.savedDisplay(), preferences.theme(), preferences.display());
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the caller's display preferences (omitted or null fields: default)")
    @APIResponse(responseCode = "200", description = "Saved; the preferences now in effect")
    @APIResponse(responseCode = "400", description = "An unknown locale, currency or unsuitable unit, per field")
    public Response put(Preferences request) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the preferences is required");
        }
        preferences.saveDisplay(request.toSaved());
        preferences.saveTheme(request.theme() == null ? Theme.SYSTEM : request.theme());
        return Response.ok(get()).build();
    }
}
