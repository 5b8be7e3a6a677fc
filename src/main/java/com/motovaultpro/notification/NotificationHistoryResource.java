package com.motovaultpro.notification;

import com.motovaultpro.platform.api.QueryParameters;
import com.motovaultpro.platform.security.KeyScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification history: what was sent, what failed and why, what waits for a retry. */
@Path("/account/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationHistoryResource {

    @Schema(name = "Notification")
    public record NotificationView(long id, long channelId, String event, OutboxStatus status, int attempts,
                                   @Schema(description = "Why the last attempt failed") String lastError,
                                   Instant createdAt, Instant sentAt,
                                   @Schema(description = "When a pending notification is tried (again)") Instant nextAttemptAt) {

        static NotificationView of(OutboxEntry e) {
            return new NotificationView(e.getId(), e.getChannelId(), e.getEvent().wireName(), e.getStatus(),
                    e.getAttempts(), e.getLastError(), e.getCreatedAt(), e.getSentAt(),
                    e.getStatus() == OutboxStatus.PENDING ? e.getNextAttemptAt() : null);
        }
    }

    @Inject
    ChannelService channels;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The caller's latest notifications, newest first")
    public List<NotificationView> history(@QueryParam("limit") String limit) {
        int max = QueryParameters.whole("limit", limit, 1, 500).orElse(50);
        return channels.history(max).stream().map(NotificationView::of).toList();
    }
}
