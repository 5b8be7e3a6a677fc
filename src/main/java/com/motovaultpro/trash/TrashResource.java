package com.motovaultpro.trash;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's trash: deleted vehicles and records, restorable for 30 days. */
@Path("/trash")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trash")
public class TrashResource {

    @Inject
    TrashService trash;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "What the caller deleted in the last 30 days")
    @APIResponse(responseCode = "200", description = "Deleted vehicles and records, newest first")
    public TrashService.Contents contents() {
        return trash.contents();
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/vehicles/{id}/restore")
    @Operation(summary = "Restore a deleted vehicle with its whole logbook")
    @APIResponse(responseCode = "204", description = "Restored")
    @APIResponse(responseCode = "404", description = "No such vehicle in the caller's trash")
    public Response restoreVehicle(@PathParam("id") long id) {
        trash.restoreVehicle(id);
        return Response.noContent().build();
    }

    @POST
    @KeyScope(KeyScope.Level.EDITOR)
    @Path("/records/{id}/restore")
    @Operation(summary = "Restore a deleted record")
    @APIResponse(responseCode = "204", description = "Restored, with its documents")
    @APIResponse(responseCode = "404", description = "No such record in the caller's trash (or its vehicle is in the trash)")
    public Response restoreRecord(@PathParam("id") long id) {
        trash.restoreRecord(id);
        return Response.noContent().build();
    }

    @POST
    @KeyScope(KeyScope.Level.EDITOR)
    @Path("/documents/{id}/restore")
    @Operation(summary = "Restore a deleted document", description = "It comes back as an ordinary document,"
            + " never as the vehicle photo (an owner or manager chooses that again)")
    @APIResponse(responseCode = "204", description = "Restored")
    @APIResponse(responseCode = "404", description = "No such document in the caller's trash (or its vehicle is in the trash)")
    @APIResponse(responseCode = "409", description = "Its record is in the trash: restore the record, its documents come back with it")
    public Response restoreDocument(@PathParam("id") long id) {
        trash.restoreDocument(id);
        return Response.noContent().build();
    }

    /** 404 for something that is not in the caller's trash. */
    @Provider
    public static class NotInTrashMapper implements ExceptionMapper<TrashService.NotInTrashException> {
        @Override
        public Response toResponse(TrashService.NotInTrashException exception) {
            return Problems.response(ProblemType.NOT_FOUND, "Nothing with this id in your trash");
        }
    }
}
