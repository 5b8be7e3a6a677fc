package com.motovaultpro.odometer;

import com.motovaultpro.logbook.RecordResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's odometer readings. */
@Path("/vehicles/{vehicleId}/odometer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Odometer readings")
public class OdometerRecordResource
        extends RecordResource<OdometerRecord, OdometerRecordRequest, OdometerRecordResponse> {

    @Override
    protected Class<OdometerRecord> type() {
        return OdometerRecord.class;
    }

    @Override
    protected OdometerRecord details(OdometerRecordRequest request) {
        return request.toDetails();
    }

    @Override
    protected OdometerRecordResponse response(OdometerRecord record) {
        return OdometerRecordResponse.of(record);
    }
}
