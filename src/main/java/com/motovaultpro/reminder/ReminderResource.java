package com.motovaultpro.reminder;

import com.motovaultpro.platform.api.ExpectedVersion;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's reminders: open ones by urgency, CRUD, and "done". */
@Path("/vehicles/{vehicleId}/reminders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class ReminderResource {

    /** A reminder as a client sends it; thresholds left out use the server-wide defaults. */
    @Schema(name = "ReminderRequest")
    public record Request(@Schema(required = true, example = "Oil change") String description,
                          String notes,
                          @Schema(description = "Due by this date, and/or …", example = "2025-09-01") LocalDate dueDate,
                          @Schema(description = "… by this odometer reading", example = "60000") BigDecimal dueOdometer,
                          @Schema(description = "Recurs every so many months") Integer intervalMonths,
                          @Schema(description = "Recurs every so many days") Integer intervalDays,
                          @Schema(description = "Recurs every so much distance") BigDecimal intervalDistance,
                          @Schema(description = "Next due from the previous due values, not from the completing record")
                          Boolean fixedIntervals,
                          Integer urgentDays, Integer veryUrgentDays, BigDecimal urgentDistance,
                          BigDecimal veryUrgentDistance,
                          @Schema(description = "On update: the version last read; 409 if it changed since") Long version) {

        Reminder toDetails() {
            Reminder r = new Reminder();
            r.setDescription(description);
            r.setNotes(notes);
            r.setDueDate(dueDate);
            r.setDueOdometer(dueOdometer);
            r.setIntervalMonths(intervalMonths);
            r.setIntervalDays(intervalDays);
            r.setIntervalDistance(intervalDistance);
            r.setFixedIntervals(fixedIntervals != null && fixedIntervals);
            r.setUrgentDays(urgentDays);
            r.setVeryUrgentDays(veryUrgentDays);
            r.setUrgentDistance(urgentDistance);
            r.setVeryUrgentDistance(veryUrgentDistance);
            return r;
        }
    }

    /** A reminder as returned: its settings, today's urgency and the thresholds that judged it. */
    public record ReminderResponse(long id, long vehicleId, String description, String notes, LocalDate dueDate,
                                   BigDecimal dueOdometer, Integer intervalMonths, Integer intervalDays,
                                   BigDecimal intervalDistance, boolean fixedIntervals, boolean ownThresholds,
                                   Thresholds thresholds, Urgency urgency, LocalDate completedOn, long version) {

        static ReminderResponse of(ReminderService.Judged judged) {
            Reminder r = judged.reminder();
            return new ReminderResponse(r.getId(), r.getVehicleId(), r.getDescription(), r.getNotes(), r.getDueDate(),
                    r.getDueOdometer(), r.getIntervalMonths(), r.getIntervalDays(), r.getIntervalDistance(),
                    r.isFixedIntervals(), r.hasOwnThresholds(), judged.thresholds(),
                    r.getCompletedOn() == null ? judged.urgency() : null, r.getCompletedOn(), r.getVersion());
        }
    }

    @Inject
    ReminderService reminders;

    @PathParam("vehicleId")
    long vehicleId;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The vehicle's open reminders, most urgent first")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    public List<ReminderResponse> open() {
        return reminders.open(vehicleId, LocalDate.now()).stream().map(ReminderResponse::of).toList();
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("/{id}")
    @Operation(summary = "One reminder (open or completed)")
    public ReminderResponse get(@PathParam("id") long id) {
        return ReminderResponse.of(reminders.get(vehicleId, id, LocalDate.now()));
    }

    @POST
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a reminder")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem document")
    public Response create(Request request, @Context UriInfo uri) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the reminder is required");
        }
        Reminder created = reminders.create(vehicleId, request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(get(created.getId())).build();
    }

    @PUT
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Replace a reminder's settings")
    @APIResponse(responseCode = "409", description = "The given version is no longer current")
    public Response update(@PathParam("id") long id, Request request) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the reminder is required");
        }
        reminders.update(vehicleId, id, request.toDetails(), ExpectedVersion.of(request.version()));
        return Response.ok(get(id)).build();
    }

    @POST
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/complete")
    @Operation(summary = "Mark done: by a record of the vehicle (recordId), or on a date at an odometer reading;"
            + " a recurring reminder moves on to its next due values")
    @APIResponse(responseCode = "200", description = "The reminder after completion")
    @APIResponse(responseCode = "404", description = "No such reminder or record in this vehicle")
    public ReminderResponse complete(@PathParam("id") long id, ReminderService.Completion how) {
        reminders.complete(vehicleId, id, how == null ? new ReminderService.Completion(null, null, null) : how,
                LocalDate.now());
        return get(id);
    }

    @DELETE
    @KeyScope(KeyScope.Level.EDITOR)
    @Path("/{id}")
    @Operation(summary = "Delete a reminder")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        reminders.delete(vehicleId, id);
        return Response.noContent().build();
    }
}
