package com.motovaultpro.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

    @POST
    @Operation(summary = "A new secret link to the caller's reminders as an ICS feed; the previous link stops working")
    public Link rotate(@Context UriInfo uri) {
        // The API lives at <context root>/api/v1; the feed at <context root>/calendar/….
        String contextRoot = uri.getBaseUri().getPath().replaceFirst("/api/v1/?$", "");
        return new Link(uri.getBaseUri().resolve(contextRoot + CalendarFeed.path(feed.rotate())).toString());
    }

    @DELETE
    @Operation(summary = "Switch the calendar link off")
    public Response disable() {
        feed.disable();
        return Response.noContent().build();
    }
}
