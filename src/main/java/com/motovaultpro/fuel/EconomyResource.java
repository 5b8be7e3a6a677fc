package com.motovaultpro.fuel;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.units.EconomyUnit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Fuel economy per fill-up and on average, per fuel, in the units the caller asks for. */
@Path("/vehicles/{vehicleId}/economy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fuel")
public class EconomyResource {

    @Inject
    EconomyService economy;

    @GET
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "Economy per fill-up and averages, one series per fuel",
            description = "unit: MPG_US, MPG_UK, LITRES_PER_100_KM or KM_PER_LITRE; electricUnit: MILES_PER_KWH or "
                    + "KWH_PER_100_KM. Defaults follow the vehicle's units.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "An unknown or unsuitable unit")
    @APIResponse(responseCode = "404", description = "No such vehicle, or not the caller's")
    public EconomyReport report(@PathParam("vehicleId") long vehicleId, @QueryParam("unit") String unit,
                                @QueryParam("electricUnit") String electricUnit) {
        return economy.report(vehicleId, parse("unit", unit), parse("electricUnit", electricUnit));
    }

    private static Optional<EconomyUnit> parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EconomyUnit.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "unknown unit '" + value + "'");
        }
    }
}
