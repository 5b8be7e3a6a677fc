package com.motovaultpro.dashboard;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.security.KeyScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's chart series (the same figures the charts tab draws). */
@Path("/vehicles/{vehicleId}/charts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class ChartResource {

    @Inject
    DashboardService dashboards;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "Every chart's series: " + "cost-per-month, expenses-by-type, economy, distance-per-month, "
            + "reminders-by-urgency", description = "year limits expenses-by-type to one year (default: all time).")
    @APIResponse(responseCode = "200", description = "The series, one per chart")
    @APIResponse(responseCode = "400", description = "year is not a year")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    public List<ChartSeries> charts(@PathParam("vehicleId") long vehicleId, @QueryParam("year") String year) {
        return dashboards.charts(vehicleId, year(year));
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("{chart}")
    @Operation(summary = "One chart's series")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "year is not a year")
    @APIResponse(responseCode = "404", description = "No such chart or vehicle, or not the caller's")
    public ChartSeries chart(@PathParam("vehicleId") long vehicleId, @PathParam("chart") String chart,
                             @QueryParam("year") String year) {
        return dashboards.chart(vehicleId, chart, year(year));
    }

    private static Optional<Integer> year(String value) {
        if (value == null || value.isBlank() || "all".equalsIgnoreCase(value.strip())) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= 9999) {
                return Optional.of(year);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("year", "must be a year such as 2024, or 'all'");
    }
}
