package com.motovaultpro.extrafield;

import com.motovaultpro.platform.api.ExpectedVersion;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's extra fields per record type. Records carry their values in {@code extraFields}
 * (by field name); saving a record checks them against these definitions.
 */
@Path("/extra-fields")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extra fields")
public class ExtraFieldResource {

    /** A field definition as sent and returned. */
    @Schema(name = "ExtraField")
    public record Body(@Schema(readOnly = true) Long id,
                       @Schema(required = true, description = "FUEL, SERVICE, REPAIR, UPGRADE, TAX, SUPPLY, ODOMETER, NOTE or PLAN")
                       String recordType,
                       @Schema(required = true, example = "Octane") String name,
                       @Schema(required = true) ExtraFieldType type,
                       Boolean required,
                       Integer position,
                       Long version) {

        static Body of(ExtraField f) {
            return new Body(f.getId(), f.getRecordType(), f.getName(), f.getType(), f.isRequired(), f.getPosition(),
                    f.getVersion());
        }

        ExtraField toDetails() {
            ExtraField f = new ExtraField();
            f.setRecordType(recordType);
            f.setName(name);
            f.setType(type);
            f.setRequired(required != null && required);
            f.setPosition(position == null ? 0 : position);
            return f;
        }
    }

    @Inject
    ExtraFields fields;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The caller's extra fields, by record type and position")
    public List<Body> list() {
        return fields.mine().stream().map(Body::of).toList();
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("/{id}")
    @Operation(summary = "One extra field")
    @APIResponse(responseCode = "404", description = "Not the caller's field")
    public Body get(@PathParam("id") long id) {
        return Body.of(fields.get(id));
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a field to a record type")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid or duplicate name, unknown type")
    public Response create(Body body, @Context UriInfo uri) {
        if (body == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the field is required");
        }
        ExtraField created = fields.create(body.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(Body.of(created)).build();
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Change a field (values already saved are kept as they are)")
    @APIResponse(responseCode = "409", description = "The given version is no longer current")
    public Response update(@PathParam("id") long id, Body body) {
        if (body == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the field is required");
        }
        return Response.ok(Body.of(fields.update(id, body.toDetails(), ExpectedVersion.of(body.version())))).build();
    }

    @DELETE
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{id}")
    @Operation(summary = "Remove a field (values already saved stay in the records)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") long id) {
        fields.delete(id);
        return Response.noContent().build();
    }
}
