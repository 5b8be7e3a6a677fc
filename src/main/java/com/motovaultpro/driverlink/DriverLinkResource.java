package com.motovaultpro.driverlink;

import com.motovaultpro.platform.security.CredentialStatus;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import com.motovaultpro.platform.web.PublicUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A vehicle's driver links, for its owner and Managers: list, create (the link is in the answer
 * once) and revoke.
 */
@Path("/vehicles/{vehicleId}/driver-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Driver links")
public class DriverLinkResource {

    @Schema(name = "DriverLink")
    public record LinkView(long id, String label, String createdBy, Instant createdAt, Instant expiresAt,
                           Instant revokedAt, Instant lastUsedAt, int entries, CredentialStatus status,
                           @Schema(description = "Only in the answer to its creation: the link to hand to the driver")
                           String url) {

        static LinkView of(DriverLink link, Instant now, String url) {
            return new LinkView(link.getId(), link.getLabel(), link.getCreatedBy(), link.getCreatedAt(),
                    link.getExpiresAt(), link.getRevokedAt(), link.getLastUsedAt(), link.getEntries(), link.status(now), url);
        }
    }

    @Schema(name = "NewDriverLink")
    public record NewLink(@Schema(required = true, maxLength = DriverLink.LABEL_MAX, example = "Anna's phone") String label,
                          @Schema(description = "Optional; the link stops working at this instant") Instant expiresAt) {
    }

    @PathParam("vehicleId")
    long vehicleId;

    @Inject
    DriverLinkService links;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    @GET
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "The vehicle's driver links, newest first (never their secrets)")
    @APIResponse(responseCode = "200", description = "Working, expired and revoked links")
    @APIResponse(responseCode = "403", description = "The caller may see the vehicle but not manage it")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not shared with the caller")
    public List<LinkView> list() {
        Instant now = clock.instant();
        return links.of(vehicleId).stream().map(l -> LinkView.of(l, now, null)).toList();
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a driver link: whoever holds it may add fill-ups and odometer readings to this vehicle")
    @APIResponse(responseCode = "201", description = "Created; `url` is shown this once")
    @APIResponse(responseCode = "400", description = "Missing label or an expiry in the past")
    @APIResponse(responseCode = "403", description = "The caller may see the vehicle but not manage it")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not shared with the caller")
    @APIResponse(responseCode = "409", description = "The vehicle is sold, or has 20 working links already")
    public Response create(NewLink body, @Context UriInfo uri) {
        if (body == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with a label is required");
        }
        DriverLinkService.IssuedLink issued = links.create(vehicleId, body.label(), body.expiresAt());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.link().getId())).build())
                .entity(LinkView.of(issued.link(), clock.instant(), publicUrl.link(DriverLinkService.path(issued.token())).toString()))
                .build();
    }

    @DELETE
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{linkId}")
    @Operation(summary = "Revoke a driver link at once")
    @APIResponse(responseCode = "204", description = "Revoked (again: no change)")
    @APIResponse(responseCode = "404", description = "No such vehicle or link")
    public Response revoke(@PathParam("linkId") long linkId) {
        links.revoke(vehicleId, linkId);
        return Response.noContent().build();
    }
}
