package com.motovaultpro.document;

import com.motovaultpro.platform.api.QueryParameters;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.SecurityHeadersFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Documents of a vehicle and its records: upload (multipart), list, download, delete, all as one zip. */
@Path("/vehicles/{vehicleId}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {

    /** What the API says of a document. */
    @Schema(name = "Document")
    public record DocumentView(long id, long vehicleId, Long recordId, String name, String contentType, long size,
                               String sha256, boolean vehiclePhoto, boolean previewable, Instant createdAt) {

        static DocumentView of(Document d) {
            return new DocumentView(d.getId(), d.getVehicleId(), d.getRecordId(), d.getOriginalName(), d.getContentType(),
                    d.getSizeBytes(), d.getSha256(), d.isVehiclePhoto(), d.isPreviewable(), d.getCreatedAt());
        }
    }

    @PathParam("vehicleId")
    long vehicleId;

    @Inject
    DocumentService documents;

    @Inject
    DocumentArchive archive;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The vehicle's documents, newest first (with recordId: that record's)",
            description = "A record's documents are listed while the record is live; in the trash it takes them out of sight,"
                    + " restored it brings them back. Moved to another vehicle, they go with it.")
    public List<DocumentView> list(@Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                                   @QueryParam("recordId") String recordId) {
        return documents.list(vehicleId, QueryParameters.id("recordId", recordId).orElse(null)).stream().map(DocumentView::of).toList();
    }

    @POST
    @KeyScope(KeyScope.Level.EDITOR)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file (multipart: file; optional recordId; photo=true for the vehicle photo)")
    @APIResponse(responseCode = "201", description = "Stored; type, size and checksum as found in the bytes")
    @APIResponse(responseCode = "400", description = "No file, empty file, or a photo that is not an image or given a recordId"
            + " (the photo belongs to the vehicle)")
    @APIResponse(responseCode = "404", description = "No such vehicle or record, or not shared with the caller")
    @APIResponse(responseCode = "413", description = "Larger than allowed (50 MB by default)")
    @APIResponse(responseCode = "415", description = "Not PDF, an image or plain text (checked from the content)")
    @APIResponse(responseCode = "503", description = "Document storage unavailable; nothing was stored")
    public Response upload(@FormParam("file") EntityPart file, @FormParam("recordId") String recordId,
                           @FormParam("photo") String photo, @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new DocumentException(DocumentException.Reason.NO_FILE);
        }
        Long record = recordId == null || recordId.isBlank() ? null : parseRecordId(recordId);
        try (InputStream content = file.getContent()) {
            Document stored = documents.upload(vehicleId, record, "true".equalsIgnoreCase(photo),
                    file.getFileName().orElse(null), content);
            return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.getId())).build())
                    .entity(DocumentView.of(stored)).build();
        }
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("/{id}")
    @Operation(summary = "One document's metadata")
    public DocumentView get(@PathParam("id") long id) {
        return DocumentView.of(documents.get(vehicleId, id));
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The document's bytes (inline for images and PDFs unless download=true)")
    @APIResponse(responseCode = "503", description = "Document storage unavailable")
    public Response content(@PathParam("id") long id, @QueryParam("download") boolean download) {
        DocumentService.Content content = documents.content(vehicleId, id);
        Document document = content.document();
        StreamingOutput body = out -> {
            try (InputStream in = content.bytes()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, document.getContentType())
                .header("Content-Length", document.getSizeBytes())
                .header("Content-Disposition", FileNames.contentDisposition(document.getOriginalName(),
                        document.isPreviewable() && !download))
                .header("Content-Security-Policy", Document.CONTENT_POLICY)
                .header("Cache-Control", "private, max-age=300")
                .header("ETag", "\"" + document.getSha256() + "\"")
                .build();
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("/archive.zip")
    @Produces("application/zip")
    @Operation(summary = "All documents of the vehicle as one zip, streamed")
    public Response archive() {
        DocumentArchive.Archive zip = archive.of(vehicleId);
        return Response.ok((StreamingOutput) zip::writeTo, "application/zip")
                .header("Content-Disposition", FileNames.contentDisposition(zip.fileName(), false))
                .header("Content-Security-Policy", SecurityHeadersFilter.NOTHING_RUNS)
                .build();
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{id}/photo")
    @Operation(summary = "Make an image the vehicle's photo (owner or manager)")
    @APIResponse(responseCode = "200", description = "It is the photo now; the previous one is an ordinary document")
    @APIResponse(responseCode = "400", description = "Not an image, or a record's attachment")
    public DocumentView makePhoto(@PathParam("id") long id) {
        return DocumentView.of(documents.makePhoto(vehicleId, id));
    }

    @DELETE
    @KeyScope(KeyScope.Level.EDITOR)
    @Path("/{id}")
    @Operation(summary = "Move a document to the trash")
    @APIResponse(responseCode = "204", description = "In the trash")
    @APIResponse(responseCode = "403", description = "Viewers may not delete; the vehicle photo only the owner or a manager")
    @APIResponse(responseCode = "404", description = "No such document of the vehicle")
    public Response delete(@PathParam("id") long id) {
        documents.delete(vehicleId, id);
        return Response.noContent().build();
    }

    private static Long parseRecordId(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new DocumentException(DocumentException.Reason.NO_SUCH_RECORD);
        }
    }
}
