package com.motovaultpro.plan;

import com.motovaultpro.logbook.RecordResource;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's plan board. Moving a plan to DONE creates the matching service, repair or upgrade. */
@Path("/vehicles/{vehicleId}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanRecordResource extends RecordResource<PlanRecord, PlanRecordRequest, PlanRecordResponse> {

    /** The body of a move on the board. */
    public record Move(PlanProgress progress) {
    }

    @Override
    protected Class<PlanRecord> type() {
        return PlanRecord.class;
    }

    @Override
    protected PlanRecord details(PlanRecordRequest request) {
        return request.toDetails();
    }

    @Override
    protected PlanRecordResponse response(PlanRecord record) {
        return PlanRecordResponse.of(record);
    }

    @PUT
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{recordId}/progress")
    @Operation(summary = "Move a plan to another column of the board (DONE creates its record)")
    @APIResponse(responseCode = "200", description = "The moved plan; recordId names the record once done")
    @APIResponse(responseCode = "400", description = "No progress given")
    public Response move(@PathParam("recordId") long recordId, Move move) {
        if (move == null || move.progress() == null) {
            return Problems.response(ProblemType.MALFORMED,
                    "A JSON body with progress (BACKLOG, IN_PROGRESS, TESTING or DONE) is required");
        }
        PlanRecord plan = logbook.get(PlanRecord.class, vehicleId, recordId);
        return Response.ok(response(logbook.update(PlanRecord.class, vehicleId, recordId,
                plan.movedTo(move.progress()), OptionalLong.empty()))).build();
    }
}
