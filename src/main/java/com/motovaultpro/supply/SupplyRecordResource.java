package com.motovaultpro.supply;

import com.motovaultpro.logbook.RecordResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Supplies bought for one vehicle (shop supplies are at /supplies). */
@Path("/vehicles/{vehicleId}/supply")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supplies")
public class SupplyRecordResource extends RecordResource<SupplyRecord, SupplyRecordRequest, SupplyRecordResponse> {

    @Override
    protected Class<SupplyRecord> type() {
        return SupplyRecord.class;
    }

    @Override
    protected SupplyRecord details(SupplyRecordRequest request) {
        return request.toDetails();
    }

    @Override
    protected SupplyRecordResponse response(SupplyRecord record) {
        return SupplyRecordResponse.of(record);
    }
}
