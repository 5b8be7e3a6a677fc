package com.motovaultpro.reminder;

import com.motovaultpro.account.AccountIdentityStore;
import com.motovaultpro.account.CurrentUser;
import com.motovaultpro.platform.api.InvalidFieldsException;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemDetail;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The server-wide reminder urgency thresholds (administrators only). */
@Path("/admin/reminder-thresholds")
@RequestScoped
@RolesAllowed(AccountIdentityStore.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ReminderThresholdsResource {

    @Inject
    ReminderThresholdDefaults defaults;

    @Inject
    CurrentUser currentUser;

    @GET
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "The thresholds reminders use unless they have their own")
    public Thresholds get() {
        return defaults.current();
    }

    /** The thresholds as sent (all four required, none negative). */
    public record Body(Integer urgentDays, Integer veryUrgentDays, BigDecimal urgentDistance,
                       BigDecimal veryUrgentDistance) {
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the default thresholds (reminders with their own keep them)")
    public Response put(Body body) {
        if (body == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the thresholds is required");
        }
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        check(errors, "urgentDays", body.urgentDays() == null ? null : BigDecimal.valueOf(body.urgentDays()));
        check(errors, "veryUrgentDays", body.veryUrgentDays() == null ? null : BigDecimal.valueOf(body.veryUrgentDays()));
        check(errors, "urgentDistance", body.urgentDistance());
        check(errors, "veryUrgentDistance", body.veryUrgentDistance());
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        defaults.change(new Thresholds(body.urgentDays(), body.veryUrgentDays(), body.urgentDistance(),
                body.veryUrgentDistance()), currentUser.get().getUsername());
        return Response.ok(defaults.current()).build();
    }

    private static void check(List<ProblemDetail.FieldError> errors, String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            errors.add(new ProblemDetail.FieldError(field, "required, 0 or more"));
        }
    }
}
