package com.motovaultpro.notification;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification channels. A webhook's secret is in the answer to POST only, and never again. */
@Path("/account/notification-channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationChannelResource {

    @Schema(name = "NotificationChannel")
    public record ChannelView(long id, ChannelKind kind, String name,
                              @Schema(description = "E-mail address or URL") String target,
                              List<NotificationEvent> events, boolean enabled, ChannelStatus status,
                              @Schema(description = "Why the last delivery failed, while it does") String lastFailure,
                              Instant failingSince, Instant createdAt,
                              @Schema(description = "A webhook's signing secret: only in the answer to its creation")
                              String secret) {

        static ChannelView of(NotificationChannel c, Optional<String> secret) {
            return new ChannelView(c.getId(), c.getKind(), c.getName(), c.getTarget(), List.copyOf(c.events()),
                    c.isEnabled(), c.status(), c.getLastFailure(), c.getFailingSince(), c.getCreatedAt(), secret.orElse(null));
        }
    }

    @Schema(name = "NewNotificationChannel")
    public record NewChannel(@Schema(required = true, enumeration = {"EMAIL", "WEBHOOK", "NTFY", "GOTIFY"}) String kind,
                             @Schema(required = true, maxLength = 80) String name,
                             @Schema(required = true, description = "E-mail address, webhook or ntfy topic URL,"
                                     + " or Gotify server URL") String target,
                             @Schema(description = "ntfy access token (optional) or Gotify application token") String token,
                             @Schema(description = "Events wanted; all when left out") List<String> events) {
    }

    @Schema(name = "NotificationChannelChange")
    public record ChannelChange(@Schema(maxLength = 80) String name, List<String> events, Boolean enabled) {
    }

    @Schema(name = "TestNotification")
    public record TestQueued(long notificationId) {
    }

    @Inject
    ChannelService channels;

    @GET
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "The caller's notification channels (never their secrets)")
    public List<ChannelView> list() {
        return channels.mine().stream().map(c -> ChannelView.of(c, Optional.empty())).toList();
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a channel; a webhook's signing secret is in this answer only; an e-mail address"
            + " gets a confirmation link first")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a destination the server may not send to")
    @APIResponse(responseCode = "409", description = "Too many channels")
    public Response create(NewChannel body, @Context UriInfo uri) {
        if (body == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with kind, name and target is required");
        }
        ChannelService.Created created = channels.create(new ChannelSetup(body.kind(), body.name(), body.target(),
                body.token(), body.events(), null));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.channel().getId())).build())
                .entity(ChannelView.of(created.channel(), created.secret()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a channel, choose its events, switch it on or off (fields left out stay)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "The caller has no channel with this id")
    public ChannelView change(@PathParam("id") long id, ChannelChange body) {
        ChannelChange change = body == null ? new ChannelChange(null, null, null) : body;
        return ChannelView.of(channels.change(id, new ChannelSetup(null, change.name(), null, null, change.events(),
                change.enabled())), Optional.empty());
    }

    @DELETE
    @Path("/{id}")
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "Remove a channel and its history")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The caller has no channel with this id")
    public Response delete(@PathParam("id") long id) {
        channels.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/test")
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "Send a test notification through the channel; its outcome shows in the history")
    @APIResponse(responseCode = "202", description = "Queued for delivery")
    @APIResponse(responseCode = "404", description = "The caller has no channel with this id")
    @APIResponse(responseCode = "409", description = "The channel is switched off or its address not confirmed yet")
    public Response test(@PathParam("id") long id) {
        return Response.accepted(new TestQueued(channels.sendTest(id))).build();
    }
}
