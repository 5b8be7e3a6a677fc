package com.motovaultpro.logbook;

import com.motovaultpro.platform.api.ExpectedVersion;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The REST routes every record type has, written once: a subclass at
 * {@code /vehicles/{vehicleId}/<type>} names its entity, how a request becomes a record and how a
 * record is returned. Another user's vehicle or record answers 404, like one that does not exist.
 *
 * @param <T> the record entity
 * @param <Q> the request body
 * @param <R> the response body
 */
public abstract class RecordResource<T extends LogbookRecord, Q extends RecordRequest, R> {

    @Inject
    protected LogbookService logbook;

    @PathParam("vehicleId")
    protected long vehicleId;

    /** The entity class of this route's records. */
    protected abstract Class<T> type();

    /** A new, unsaved record holding the request's details. */
    protected abstract T details(Q request);

    /** The record as the API returns it. */
    protected abstract R response(T record);

    // Where the records live: a vehicle by default; shop supplies override these to the caller's shop.

    protected RecordPage<T> page(RecordQuery query) {
        return logbook.page(type(), vehicleId, query);
    }

    protected T find(long recordId) {
        return logbook.get(type(), vehicleId, recordId);
    }

    protected T add(Q request) {
        return logbook.create(vehicleId, detailsWithExtras(request));
    }

    protected T change(long recordId, Q request) {
        return logbook.update(type(), vehicleId, recordId, detailsWithExtras(request), ExpectedVersion.of(request.version()));
    }

    /** The request's record with the extra-field values every record type carries. */
    protected T detailsWithExtras(Q request) {
        T record = details(request);
        record.setExtraFields(request.extraFields());
        return record;
    }

    protected void remove(long recordId) {
        logbook.delete(type(), vehicleId, recordId);
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "A page of records, newest first, optionally by date range and tag")
    @APIResponse(responseCode = "200", description = "The page and the total count")
    @APIResponse(responseCode = "400", description = "A query parameter is invalid")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    public RecordPage<R> list(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
                              @QueryParam("page") String page,
                              @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500",
                                      defaultValue = "50")) @QueryParam("size") String size,
                              @QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("tag") String tag) {
        return page(RecordQuery.fromParameters(page, size, from, to, tag)).map(this::response);
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("/{recordId}")
    @Operation(summary = "One record")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such record of this type in this vehicle, or not the caller's")
    public R get(@PathParam("recordId") long recordId) {
        return response(find(recordId));
    }

    @POST
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a record")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem document")
    public Response create(Q request, @Context UriInfo uri) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the record is required");
        }
        T created = add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(response(created)).build();
    }

    @PUT
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{recordId}")
    @Operation(summary = "Replace a record's details")
    @APIResponse(responseCode = "200", description = "The updated record")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem document")
    @APIResponse(responseCode = "409", description = "The given version is no longer current")
    public Response update(@PathParam("recordId") long recordId, Q request) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the record is required");
        }
        return Response.ok(response(change(recordId, request))).build();
    }

    @DELETE
    @KeyScope(KeyScope.Level.EDITOR)
    @Path("/{recordId}")
    @Operation(summary = "Move a record to the trash (restorable for 30 days)")
    @APIResponse(responseCode = "204", description = "Moved to the trash")
    public Response delete(@PathParam("recordId") long recordId) {
        remove(recordId);
        return Response.noContent().build();
    }
}
