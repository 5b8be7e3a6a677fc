package com.motovaultpro.fuel;

import com.motovaultpro.logbook.RecordResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's fill-ups and charges. Another user's vehicle or record answers 404. */
@Path("/vehicles/{vehicleId}/fuel")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fuel")
public class FuelRecordResource extends RecordResource<FuelRecord, FuelRecordRequest, FuelRecordResponse> {

    @Override
    protected Class<FuelRecord> type() {
        return FuelRecord.class;
    }

    @Override
    protected FuelRecord details(FuelRecordRequest request) {
        return request.toDetails();
    }

    @Override
    protected FuelRecordResponse response(FuelRecord record) {
        return FuelRecordResponse.of(record);
    }
}
