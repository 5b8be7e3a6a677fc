package com.motovaultpro.report;

import com.motovaultpro.account.AccountPreferences;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.vehicle.Vehicle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The vehicle history report as a PDF. */
@Path("/vehicles/{vehicleId}/report.pdf")
@RequestScoped
@Tag(name = "Dashboard")
public class ReportPdfResource {

    @Inject
    ReportDownload download;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Produces("application/pdf")
    @Operation(summary = "The vehicle's history (every record but plans, oldest first) as a PDF",
            description = "from / to: ISO dates (either may be left out); tag (repeatable): records with any of them.")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "400", description = "A malformed date, or to before from")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    public Response pdf(@PathParam("vehicleId") long vehicleId, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("tag") List<String> tags,
                        @HeaderParam("Accept-Language") String acceptLanguage) {
        ReportFilter filter = ReportFilter.parse(from, to, tags);
        Vehicle vehicle = download.vehicle(vehicleId);
        String language = AccountPreferences.bestLanguage(acceptLanguage);
        StreamingOutput body = out -> download.write(vehicle, filter, language, out);
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + ReportDownload.fileName(vehicle) + "\"")
                .build();
    }
}
