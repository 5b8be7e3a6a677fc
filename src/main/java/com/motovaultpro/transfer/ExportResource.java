package com.motovaultpro.transfer;

import com.motovaultpro.document.FileNames;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One record type of a vehicle as a CSV file in LubeLogger's layout. */
@Path("/vehicles/{vehicleId}/exports")
@RequestScoped
@Tag(name = "Import and export")
public class ExportResource {

    @PathParam("vehicleId")
    long vehicleId;

    @Inject
    CsvExports exports;

    @GET
    @Path("/{type}.csv")
    @KeyScope(KeyScope.Level.VIEWER)
    @Produces({"text/csv", "application/problem+json"})
    @Operation(summary = "Export one record type as CSV (LubeLogger's headers and order, then extrafield_<Name> columns)",
            description = "Oldest first; dates in ISO form, numbers without thousands groups in the decimal style of"
                    + " 'locale' (default: the caller's format locale); text a spreadsheet would run as a formula is"
                    + " prefixed with an apostrophe (removed again on import).")
    @APIResponse(responseCode = "200", description = "The CSV file")
    @APIResponse(responseCode = "404", description = "No such vehicle or record type, or not shared with the caller")
    public Response export(
            @Parameter(schema = @Schema(enumeration = {"fuel", "service", "repair", "upgrade", "tax", "supply", "odometer",
                    "plan"})) @PathParam("type") String type,
            @Parameter(description = "BCP 47 tag, e.g. de-DE", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("locale") String locale) {
        ImportableType exportable = ImportableType.ofSegment(type).orElse(null);
        if (exportable == null) {
            return Problems.response(ProblemType.NOT_FOUND, "No record type '" + type + "' to export");
        }
        Optional<Locale> chosen = LocaleParameter.of(locale);
        exports.checkReadable(vehicleId);
        StreamingOutput body = out -> exports.write(vehicleId, exportable, chosen, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", FileNames.contentDisposition("vehicle-" + vehicleId + "-" + type + ".csv", false))
                .build();
    }
}
