package com.motovaultpro.sharing;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who a vehicle is shared with: list (anyone with access), invite, change role, revoke or leave. */
@Path("/vehicles/{vehicleId}/collaborators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class CollaboratorResource {

    @Schema(name = "Invite")
    public record Invite(@Schema(required = true, description = "User name or e-mail address", example = "alex")
                         String user,
                         @Schema(required = true, enumeration = {"VIEWER", "EDITOR", "MANAGER"}) String role) {
    }

    @Schema(name = "RoleChange")
    public record RoleChange(@Schema(required = true, enumeration = {"VIEWER", "EDITOR", "MANAGER"}) String role) {
    }

    @PathParam("vehicleId")
    long vehicleId;

    @Inject
    SharingService sharing;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The owner, collaborators and open invitations of a vehicle")
    @APIResponse(responseCode = "200", description = "Everyone with access; accepted=false for open invitations")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not shared with the caller")
    public List<Collaborator> list() {
        return sharing.collaborators(vehicleId);
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone by user name or e-mail (owner or manager; managers invite viewers and editors)")
    @APIResponse(responseCode = "201", description = "Invited; they collaborate once they accept")
    @APIResponse(responseCode = "400", description = "Unknown user, the owner, or an invalid role")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow this")
    @APIResponse(responseCode = "409", description = "Already a collaborator or invited")
    public Response invite(Invite invite, @Context UriInfo uri) {
        if (invite == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with user and role is required");
        }
        Collaborator invited = sharing.invite(vehicleId, invite.user(), invite.role());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(invited.userId())).build())
                .entity(invited).build();
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{userId}")
    @Operation(summary = "Change a collaborator's role (owner or manager; nobody changes their own)")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow this change")
    @APIResponse(responseCode = "404", description = "No such vehicle or collaborator")
    public Response changeRole(@PathParam("userId") long userId, RoleChange change) {
        if (change == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the role is required");
        }
        sharing.changeRole(vehicleId, userId, change.role());
        return Response.noContent().build();
    }

    @DELETE
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{userId}")
    @Operation(summary = "Revoke a collaborator or invitation (owner or manager), or leave (the caller's own id)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "The caller's role does not allow this")
    @APIResponse(responseCode = "404", description = "No such vehicle or collaborator")
    public Response remove(@PathParam("userId") long userId) {
        sharing.remove(vehicleId, userId);
        return Response.noContent().build();
    }
}
