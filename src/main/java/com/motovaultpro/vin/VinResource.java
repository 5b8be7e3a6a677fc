package com.motovaultpro.vin;

import com.motovaultpro.platform.security.KeyScope;
import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offline VIN decoding: any signed-in caller, no vehicle involved. */
@Path("/vin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicles")
public class VinResource {

    /**
     * The decoding. {@code valid} is false only for a wrong check digit (a typing error) in a region
     * that requires one; a VIN of the wrong length or characters is a 400 instead.
     */
    public record Decoding(String vin, boolean valid, Vin.CheckDigit checkDigit, String wmi, VinRegion region,
            String country, List<String> makes, List<VehicleKind> vehicleTypes, List<Integer> modelYears,
            boolean modelYearCertain, String source) {
    }

    @Inject
    VinDecoder decoder;

    @GET
    @Path("/{vin}")
    @KeyScope(KeyScope.Level.VIEWER)
    @Operation(summary = "Decode a VIN offline: check digit, manufacturer and make, country, candidate model years")
    @APIResponse(responseCode = "200", description = "The decoding")
    @APIResponse(responseCode = "400", description = "Not 17 characters of the VIN alphabet")
    public Response decode(@PathParam("vin") String raw) {
        String vin = raw.length() > Vin.LENGTH * 2 ? null : Vin.normalize(raw);
        if (vin == null || !Vin.hasValidCharacters(vin)) {
            return Problems.response(ProblemType.VALIDATION,
                    "A VIN has 17 characters: digits and capital letters except I, O and Q");
        }
        VinDecoding d = decoder.decode(vin);
        return Response.ok(new Decoding(d.vin(), d.checkDigit() != Vin.CheckDigit.WRONG, d.checkDigit(), d.wmi(),
                d.region(), d.country().orElse(null), d.makes(), d.kinds(), d.modelYears(), d.modelYearCertain(),
                decoder.source())).build();
    }
}
