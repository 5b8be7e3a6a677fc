package com.motovaultpro.calendar;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.PublicUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's secret calendar feed link: create or rotate (shown once), or switch off. */
@Path("/account/calendar-link")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class CalendarLinkResource {

    /** The new link; it is not shown again (only a hash is stored). */
    public record Link(String url) {
    }

    @Inject
    CalendarFeed feed;

    @Inject
    PublicUrl publicUrl;

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "A new secret link to the caller's reminders as an ICS feed; the previous link stops working")
    public Link rotate() {
        return new Link(publicUrl.link(CalendarFeed.path(feed.rotate())).toString());
    }

    @DELETE
    @KeyScope(KeyScope.Level.MANAGER)
    @Operation(summary = "Switch the calendar link off")
    public Response disable() {
        feed.disable();
        return Response.noContent().build();
    }
}
