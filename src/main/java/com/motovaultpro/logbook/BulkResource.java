package com.motovaultpro.logbook;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk actions on records of any type of one vehicle: tag, untag, duplicate, move, delete. */
@Path("/vehicles/{vehicleId}/records/bulk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk actions")
public class BulkResource {

    /** How many records the action touched (for DUPLICATE: copies made). */
    public record BulkResult(int affected) {
    }

    @Inject
    LogbookService logbook;

    @POST
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply one action to many records, all or nothing",
            description = "A copy (DUPLICATE) and a moved record (MOVE) must pass what creating it in the target vehicle"
                    + " would check: the target's fuels, its earlier odometer readings, the target owner's extra fields."
                    + " Moved records take their documents along; copies are made without documents.")
    @APIResponse(responseCode = "200", description = "Done; how many records were affected")
    @APIResponse(responseCode = "400", description = "A missing or invalid action, ids, tag or target, or records a create in"
            + " the target would refuse (errors named records[<id>].<field>); nothing changed")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow it: every action needs the editor role"
            + " on the vehicle, DUPLICATE and MOVE also on the target. A MOVE into a vehicle of another owner takes the"
            + " records out of the owner's reach for good and needs the owner or manager role on the vehicle they leave;"
            + " between two vehicles of the same owner the editor role on both is enough")
    @APIResponse(responseCode = "404", description = "The vehicle, the target vehicle or one of the records is not the caller's")
    public Response apply(@PathParam("vehicleId") long vehicleId, BulkAction bulk) {
        if (bulk == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with action and ids is required");
        }
        return Response.ok(new BulkResult(logbook.bulk(vehicleId, bulk))).build();
    }
}
