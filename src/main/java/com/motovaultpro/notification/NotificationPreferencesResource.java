package com.motovaultpro.notification;

import com.motovaultpro.platform.security.KeyScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification preferences: time zone, digest, quiet hours. */
@Path("/account/notification-preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationPreferencesResource {

    @Schema(name = "NotificationPreferences")
    public record Preferences(@Schema(description = "IANA time zone, e.g. Europe/Berlin; default UTC") String timeZone,
                              @Schema(enumeration = {"NONE", "DAILY", "WEEKLY"}) String digest,
                              @Schema(description = "Local hour of the digest, 0-23; default 7") Integer digestHour,
                              @Schema(description = "Day of a weekly digest, e.g. MONDAY") String digestDay,
                              @Schema(description = "Quiet hours start (local, HH:mm): pushes wait until they end") LocalTime quietFrom,
                              @Schema(description = "Quiet hours end (local, HH:mm); before the start: over midnight") LocalTime quietUntil,
                              @Schema(readOnly = true, description = "When the next digest is due") Instant nextDigestAt) {

        static Preferences of(NotificationPreference p) {
            return new Preferences(p.getTimeZone(), p.getDigest().name(), p.getDigestHour(), p.getDigestDay().name(),
                    p.getQuietFrom(), p.getQuietUntil(), p.getNextDigestAt());
        }
    }

    @Inject
    NotificationPreferences preferences;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The caller's notification preferences (defaults until saved)")
    public Preferences get() {
        return Preferences.of(preferences.mine());
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the caller's notification preferences (fields left out take their defaults)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "An unknown time zone, digest, hour or day, or quiet hours without an end")
    public Preferences put(Preferences body) {
        Preferences entered = body == null ? new Preferences(null, null, null, null, null, null, null) : body;
        return Preferences.of(preferences.save(new NotificationPreferences.Entered(entered.timeZone(), entered.digest(),
                entered.digestHour(), entered.digestDay(), entered.quietFrom(), entered.quietUntil())));
    }
}
