package com.motovaultpro.fuel;

import com.motovaultpro.platform.api.ExpectedVersion;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordPage;
import com.motovaultpro.logbook.RecordQuery;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's fill-ups and charges. Another user's vehicle or record answers 404. */
@Path("/vehicles/{vehicleId}/fuel")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fuel")
public class FuelRecordResource {

    @Inject
    LogbookService logbook;

    @PathParam("vehicleId")
    long vehicleId;

    @GET
    @Operation(summary = "A page of fill-ups, newest first, optionally by date range and tag")
    @APIResponse(responseCode = "200", description = "The page and the total count")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public RecordPage<FuelRecordResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                               @QueryParam("from") String from, @QueryParam("to") String to,
                                               @QueryParam("tag") String tag) {
        return logbook.page(FuelRecord.class, vehicleId, RecordQuery.of(page, size, from, to, tag))
                .map(FuelRecordResponse::of);
    }

    @GET
    @Path("/{recordId}")
    @Operation(summary = "One fill-up")
    @APIResponse(responseCode = "200", description = "The fill-up")
    @APIResponse(responseCode = "404", description = "No such fill-up in this vehicle, or not the caller's vehicle")
    public FuelRecordResponse get(@PathParam("recordId") long recordId) {
        return FuelRecordResponse.of(logbook.get(FuelRecord.class, vehicleId, recordId));
    }

    @POST
    @Operation(summary = "Record a fill-up or charge")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem document")
    public Response create(FuelRecordRequest request, @Context UriInfo uri) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the fill-up is required");
        }
        FuelRecord created = logbook.create(vehicleId, request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(FuelRecordResponse.of(created)).build();
    }

    @PUT
    @Path("/{recordId}")
    @Operation(summary = "Replace a fill-up's details")
    @APIResponse(responseCode = "200", description = "The updated fill-up")
    @APIResponse(responseCode = "409", description = "The given version is no longer current")
    public Response update(@PathParam("recordId") long recordId, FuelRecordRequest request) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the fill-up is required");
        }
        OptionalLong version = ExpectedVersion.of(request.version());
        return Response.ok(FuelRecordResponse.of(
                logbook.update(FuelRecord.class, vehicleId, recordId, request.toDetails(), version))).build();
    }

    @DELETE
    @Path("/{recordId}")
    @Operation(summary = "Delete a fill-up")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("recordId") long recordId) {
        logbook.delete(FuelRecord.class, vehicleId, recordId);
        return Response.noContent().build();
    }
}
