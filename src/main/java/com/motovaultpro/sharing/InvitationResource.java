package com.motovaultpro.sharing;

import com.motovaultpro.platform.security.KeyScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's open invitations to collaborate on other people's vehicles. */
@Path("/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class InvitationResource {

    @Inject
    SharingService sharing;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The caller's open invitations")
    public List<Invitation> list() {
        return sharing.invitations();
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{vehicleId}/accept")
    @Operation(summary = "Accept an invitation: the vehicle joins the caller's garage with the offered role")
    @APIResponse(responseCode = "204", description = "Accepted")
    @APIResponse(responseCode = "404", description = "No open invitation to this vehicle")
    public Response accept(@PathParam("vehicleId") long vehicleId) {
        sharing.accept(vehicleId);
        return Response.noContent().build();
    }

    @DELETE
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{vehicleId}")
    @Operation(summary = "Decline an invitation")
    @APIResponse(responseCode = "204", description = "Declined")
    @APIResponse(responseCode = "404", description = "No open invitation to this vehicle")
    public Response decline(@PathParam("vehicleId") long vehicleId) {
        sharing.decline(vehicleId);
        return Response.noContent().build();
    }
}
