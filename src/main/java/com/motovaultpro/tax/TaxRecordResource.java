package com.motovaultpro.tax;

import com.motovaultpro.logbook.RecordResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A vehicle's taxes and fees. Saving a recurring fee whose interval has already run out creates
 * its successors at once (see {@link TaxRenewals}).
 */
@Path("/vehicles/{vehicleId}/tax")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tax and fees")
public class TaxRecordResource extends RecordResource<TaxRecord, TaxRecordRequest, TaxRecordResponse> {

    @Override
    protected Class<TaxRecord> type() {
        return TaxRecord.class;
    }

    @Override
    protected TaxRecord details(TaxRecordRequest request) {
        return request.toDetails();
    }

    @Override
    protected TaxRecordResponse response(TaxRecord record) {
        return TaxRecordResponse.of(record);
    }
}
