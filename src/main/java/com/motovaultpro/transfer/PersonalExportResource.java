package com.motovaultpro.transfer;

import com.motovaultpro.document.FileNames;
import com.motovaultpro.platform.security.KeyScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everything the caller owns as one zip (docs/import-export.md, "Personal export"). */
@Path("/account/export.zip")
@RequestScoped
@Tag(name = "Import and export")
public class PersonalExportResource {

    @Inject
    PersonalExport export;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "Export everything the caller owns as one zip",
            description = "Settings, extra-field definitions and, per vehicle the caller owns (not those shared with"
                    + " them), its details, every record type as a LubeLogger CSV, notes, reminders and documents with"
                    + " their files; notification channels and preferences (with the channels' secrets and tokens:"
                    + " only when called without an API key; a key's export names the part under 'withheld' in the"
                    + " manifest); manifest.json lists every file with its size and SHA-256. Streamed, never cached.")
    @APIResponse(responseCode = "200", description = "The zip")
    public Response download() {
        StreamingOutput body = export::write;
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", FileNames.contentDisposition(export.fileName(), false))
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
