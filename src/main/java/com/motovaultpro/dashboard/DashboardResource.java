package com.motovaultpro.dashboard;

import com.motovaultpro.platform.security.KeyScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A vehicle's dashboard. (Its own root path: a root at {@code /vehicles/{vehicleId}} would take
 * {@code GET /vehicles/5} away from the vehicle resource.)
 */
@Path("/vehicles/{vehicleId}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The vehicle at a glance",
            description = "Current odometer, total distance, cost this year and in total, the latest records, the most "
                    + "urgent open reminders, fuel economy (last 3 months and all time, per fuel), total cost of "
                    + "ownership with depreciation, and the cost table by year and type.")
    @APIResponse(responseCode = "200", description = "The dashboard")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    public Dashboard dashboard(@PathParam("vehicleId") long vehicleId) {
        return dashboards.dashboard(vehicleId);
    }
}
