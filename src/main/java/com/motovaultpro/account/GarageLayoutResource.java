package com.motovaultpro.account;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How the caller's garage page shows their vehicles: the figure on each tile and the tiles' order. */
@Path("/account/garage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class GarageLayoutResource {

    @Inject
    AccountPreferences preferences;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "The caller's garage layout")
    public GarageLayout get() {
        return preferences.garage();
    }

    @PUT
    @KeyScope(KeyScope.Level.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the garage layout (omitted fields: TOTAL_COST, IDENTIFIER)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "An unknown figure or sort")
    public Response put(GarageLayout layout) {
        if (layout == null) {
            return Problems.response(ProblemType.MALFORMED, "A JSON body with figure and sort is required");
        }
        preferences.saveGarage(layout);
        return Response.ok(preferences.garage()).build();
    }
}
