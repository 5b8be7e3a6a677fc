package com.motovaultpro.transfer;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.api.QueryParameters;
import com.motovaultpro.platform.config.AppSettings;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports a CSV file (LubeLogger's layout) into one record type of a vehicle, as the body
 * ({@code text/csv}) or as the multipart field {@code file}. {@code dryRun=true} answers the
 * preview and stores nothing; {@code mode=all} (default) stores nothing unless every row passes,
 * {@code mode=valid} stores the rows that pass.
 */
@Path("/vehicles/{vehicleId}/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import and export")
public class ImportResource {

    static final String TEXT_CSV = "text/csv";

    @PathParam("vehicleId")
    long vehicleId;

    @Inject
    CsvImports imports;

    @Inject
    AppSettings settings;

    @POST
    @Path("/{type}")
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(TEXT_CSV)
    @Operation(summary = "Import a CSV file (LubeLogger's columns and aliases) into one record type",
            description = "Headers are matched trimmed and in any case. Dates and numbers in ISO form or in the style of"
                    + " 'locale' (default: the caller's format locale); ',' ';' or tab separated (detected). Each row is"
                    + " checked exactly like a record created by hand. Nothing is ever half-imported.")
    @APIResponse(responseCode = "200", description = "What was stored (or, with dryRun, would be)",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Nothing stored: rows refused ({line, column, message}) or not a CSV"
            + " file", content = @Content(schema = @Schema(implementation = ImportRefused.class)))
    @APIResponse(responseCode = "403", description = "The caller may only read this vehicle")
    @APIResponse(responseCode = "404", description = "No such vehicle or record type, or not shared with the caller")
    @APIResponse(responseCode = "413", description = "Larger than allowed (50 MB by default)")
    public Response importCsv(
            @Parameter(schema = @Schema(enumeration = {"fuel", "service", "repair", "upgrade", "tax", "supply", "odometer",
                    "plan"})) @PathParam("type") String type,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            @Parameter(schema = @Schema(enumeration = {"all", "valid"}, defaultValue = "all")) @QueryParam("mode") String mode,
            @Parameter(description = "BCP 47 tag, e.g. de-DE", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("locale") String locale,
            @Parameter(description = "Rows the vehicle already has: skip them (default) or import them again",
                    schema = @Schema(enumeration = {"skip", "import"}, defaultValue = "skip"))
            @QueryParam("existing") String existing,
            InputStream body) {
        return run(type, dryRun, mode, locale, existing, body);
    }

    @POST
    @Path("/{type}")
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a CSV file uploaded as the multipart field 'file' (same rules as text/csv)")
    @APIResponse(responseCode = "200", description = "What was stored (or, with dryRun, would be)",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Nothing stored: rows refused, no file, or not a CSV file",
            content = @Content(schema = @Schema(implementation = ImportRefused.class)))
    public Response importUpload(@PathParam("type") String type, @QueryParam("dryRun") String dryRun,
                                 @QueryParam("mode") String mode, @QueryParam("locale") String locale,
                                 @QueryParam("existing") String existing, @FormParam("file") EntityPart file)
            throws IOException {
        if (file == null) {
            throw new InvalidParameterException("file", "a CSV file is required");
        }
        try (InputStream content = file.getContent()) {
            return run(type, dryRun, mode, locale, existing, content);
        }
    }

    private Response run(String type, String dryRunParameter, String mode, String locale, String existing,
                         InputStream body) {
        // Strictly true or false: a typo is never taken for an import instead of a preview.
        boolean dryRun = QueryParameters.oneOf("dryRun", dryRunParameter, "true", "false").filter("true"::equals)
                .isPresent();
        ImportableType importable = ImportableType.ofSegment(type).orElse(null);
        if (importable == null) {
            return Problems.response(ProblemType.NOT_FOUND, "No record type '" + type + "' to import into");
        }
        CsvImports.Mode chosen = QueryParameters.oneOf("mode", mode, "all", "valid").filter("valid"::equals).isPresent()
                ? CsvImports.Mode.VALID : CsvImports.Mode.ALL;
        boolean skipExisting = QueryParameters.oneOf("existing", existing, "skip", "import").filter("import"::equals)
                .isEmpty();
        Optional<Locale> chosenLocale = LocaleParameter.of(locale);
        ImportReport report;
        try {
            report = imports.importFile(vehicleId, importable, new LimitedInput(body, settings.importMaxBytes()), chosen,
                    dryRun, chosenLocale, skipExisting);
        } catch (CsvFileException e) {
            return ImportRefused.response("The file cannot be read as CSV: " + e.getMessage(),
                    List.of(new RowError(e.line(), "", e.getMessage())), null);
        } catch (LimitedInput.TooLarge e) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE,
                    "The file is larger than " + settings.importMaxBytes() + " bytes; nothing was stored");
        }
        if (!dryRun && chosen == CsvImports.Mode.ALL && !report.errors().isEmpty()) {
            return ImportRefused.response(report.errors().size() + " row problem(s): nothing was stored",
                    report.errors(), report);
        }
        return Response.ok(report).build();
    }
}
