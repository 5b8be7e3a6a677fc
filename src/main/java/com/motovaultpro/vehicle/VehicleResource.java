package com.motovaultpro.vehicle;

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
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's vehicles. Another user's vehicle id answers 404, exactly like an unknown id. */
@Path("/vehicles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicles")
public class VehicleResource {

    @Inject
    VehicleService service;

    @Inject
    OdometerReadings odometers;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "List the caller's vehicles: owned and shared with them, each with the caller's role")
    public List<VehicleResponse> list() {
        List<VehicleAccess> vehicles = service.garage();
        Map<Long, BigDecimal> highest = odometers.highest(vehicles.stream().map(a -> a.vehicle().getId()).toList());
        return vehicles.stream()
                .map(a -> VehicleResponse.of(a, Optional.ofNullable(highest.get(a.vehicle().getId())))).toList();
    }

    private VehicleResponse response(VehicleAccess access) {
        long id = access.vehicle().getId();
        return VehicleResponse.of(access, Optional.ofNullable(odometers.highest(List.of(id)).get(id)));
    }

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Path("/{id}")
    @Operation(summary = "Get one vehicle")
    @APIResponse(responseCode = "200", description = "The vehicle")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    public VehicleResponse get(@PathParam("id") long id) {
        return response(service.access(id));
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a vehicle")
    @APIResponse(responseCode = "201", description = "Created; Location names the new vehicle")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem document")
    public Response create(VehicleRequest request, @Context UriInfo uri) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the vehicle is required");
        }
        Vehicle created = service.create(request.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.getId())).build())
                .entity(response(new VehicleAccess(created, VehicleRole.OWNER))).build();
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Replace a vehicle's details")
    @APIResponse(responseCode = "200", description = "The updated vehicle")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in the problem document")
    @APIResponse(responseCode = "403", description = "The caller's role on the vehicle does not allow this")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    @APIResponse(responseCode = "409", description = "The given version is no longer current")
    public Response update(@PathParam("id") long id, VehicleRequest request) {
        if (request == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with the vehicle is required");
        }
        OptionalLong version = ExpectedVersion.of(request.version());
        return Response.ok(response(service.update(id, request.toDetails(), version))).build();
    }

    @DELETE
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{id}")
    @Operation(summary = "Delete a vehicle (to the trash; owner or manager)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "The caller's role on the vehicle does not allow this")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{id}/reopen")
    @Operation(summary = "Reopen the records of a sold vehicle, which are read-only by default (owner or manager)")
    @APIResponse(responseCode = "200", description = "The vehicle, its records open again")
    @APIResponse(responseCode = "409", description = "The vehicle is not sold")
    public VehicleResponse reopen(@PathParam("id") long id) {
        return response(service.reopenRecords(id));
    }

    @POST
    @KeyScope(KeyScope.Level.MANAGER)
    @Path("/{id}/close")
    @Operation(summary = "Make the records of a sold vehicle read-only again (owner or manager)")
    @APIResponse(responseCode = "200", description = "The vehicle, its records read-only")
    @APIResponse(responseCode = "409", description = "The vehicle is not sold")
    public VehicleResponse close(@PathParam("id") long id) {
        return response(service.closeRecords(id));
    }
}
