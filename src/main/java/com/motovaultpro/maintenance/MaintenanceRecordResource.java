package com.motovaultpro.maintenance;

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
import jakarta.ws.rs.NotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A vehicle's services, repairs and upgrades: one resource for the three kinds, which share
 * their shape. Another user's vehicle or record answers 404.
 */
@Path("/vehicles/{vehicleId}/{kind: service|repair|upgrade}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service, repair and upgrade")
public class MaintenanceRecordResource {

    @Inject
    LogbookService logbook;

    @PathParam("vehicleId")
    long vehicleId;

    @PathParam("kind")
    @Parameter(description = "service, repair or upgrade")
    String kindSegment;

    private MaintenanceKind kind() {
        return MaintenanceKind.ofSegment(kindSegment).orElseThrow(NotFoundException::new);
    }

    @GET
    @Operation(summary = "A page of records of this kind, newest first, optionally by date range and tag")
    @APIResponse(responseCode = "200", description = "The page and the total count")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    public RecordPage<MaintenanceRecordResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                                      @QueryParam("tag") String tag) {
        return logbook.page(kind().entity(), vehicleId, RecordQuery.of(page, size, from, to, tag))
                .map(MaintenanceRecordResponse::of);
    }

    @GET
    @Path("/{recordId}")
    @Operation(summary = "One record")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such record of this kind in this vehicle")
    public MaintenanceRecordResponse get(@PathParam("recordId") long recordId) {
        return MaintenanceRecordResponse.of(logbook.get(kind().entity(), vehicleId, recordId));
    }

    @POST
    @Operation(summary = "Add a record")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem document")
    public Response create(MaintenanceRecordRequest request, @Context UriInfo uri) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the record is required");
        }
        MaintenanceRecord created = logbook.create(vehicleId, request.toDetails(kind()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(MaintenanceRecordResponse.of(created)).build();
    }

    @PUT
    @Path("/{recordId}")
    @Operation(summary = "Replace a record's details")
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "409", description = "The given version is no longer current")
    public Response update(@PathParam("recordId") long recordId, MaintenanceRecordRequest request) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the record is required");
        }
        OptionalLong version = ExpectedVersion.of(request.version());
        @SuppressWarnings("unchecked")
        Class<MaintenanceRecord> type = (Class<MaintenanceRecord>) kind().entity();
        return Response.ok(MaintenanceRecordResponse.of(
                logbook.update(type, vehicleId, recordId, request.toDetails(kind()), version))).build();
    }

    @DELETE
    @Path("/{recordId}")
    @Operation(summary = "Delete a record")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("recordId") long recordId) {
        logbook.delete(kind().entity(), vehicleId, recordId);
        return Response.noContent().build();
    }
}
