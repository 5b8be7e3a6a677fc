package com.motovaultpro.transfer;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.api.QueryParameters;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Restores a personal export into the caller's account (docs/import-export.md, "Personal export").
 * It creates vehicles, extra fields and settings, so an API key needs the MANAGER scope.
 */
@Path("/account/import")
@RequestScoped
@Tag(name = "Import and export")
public class PersonalRestoreResource {

    @Inject
    PersonalRestore restore;

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes("application/zip")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "Restore a personal export (the zip of GET /account/export.zip) into the caller's account",
            description = "Checks every file against the zip's manifest (size and SHA-256), then adds its vehicles as"
                    + " new ones with their records (each checked like a create), notes, reminders and documents, the"
                    + " extra fields the caller lacks, and the settings — all in one transaction: nothing half-done.")
    @APIResponse(responseCode = "200", description = "What was restored (or, with dryRun, would be)",
            content = @Content(schema = @Schema(implementation = RestoreReport.class)))
    @APIResponse(responseCode = "400", description = "Nothing restored: not an export, damaged, or a part refused",
            content = @Content(schema = @Schema(implementation = RestoreRefused.class)))
    @APIResponse(responseCode = "413", description = "Larger than allowed (1 GiB by default)")
    public Response restoreZip(@Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                               @QueryParam("dryRun") String dryRun, InputStream body) {
        return run(dryRun, body);
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "Restore a personal export uploaded as the multipart field 'file' (same rules)")
    @APIResponse(responseCode = "200", description = "What was restored (or, with dryRun, would be)",
            content = @Content(schema = @Schema(implementation = RestoreReport.class)))
    @APIResponse(responseCode = "400", description = "Nothing restored",
            content = @Content(schema = @Schema(implementation = RestoreRefused.class)))
    public Response restoreUpload(@QueryParam("dryRun") String dryRun, @FormParam("file") EntityPart file)
            throws IOException {
        if (file == null) {
            throw new InvalidParameterException("file", "a personal export (zip) is required");
        }
        try (InputStream content = file.getContent()) {
            return run(dryRun, content);
        }
    }

    private Response run(String dryRunParameter, InputStream body) {
        boolean dryRun = QueryParameters.oneOf("dryRun", dryRunParameter, "true", "false").filter("true"::equals)
                .isPresent();
        try {
            return Response.ok(restore.restore(body, dryRun)).build();
        } catch (RestoreRefused.Refusal e) {
            return RestoreRefused.response(e);
        } catch (LimitedInput.TooLarge e) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE,
                    "The export is larger than " + restore.maxBytes() + " bytes; nothing was restored");
        }
    }
}
