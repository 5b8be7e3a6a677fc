package com.motovaultpro.supply;

import com.motovaultpro.logbook.RecordPage;
import com.motovaultpro.logbook.RecordQuery;
import com.motovaultpro.platform.api.ExpectedVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's shop supplies: bought for no vehicle in particular, usable by any of their
 * vehicles' services, repairs and upgrades. Same routes and shapes as a vehicle's supplies.
 */
@Path("/supplies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supplies")
public class ShopSupplyResource extends SupplyRecordResource {

    @Override
    protected RecordPage<SupplyRecord> page(RecordQuery query) {
        return logbook.shopPage(SupplyRecord.class, query);
    }

    @Override
    protected SupplyRecord find(long recordId) {
        return logbook.shopGet(SupplyRecord.class, recordId);
    }

    @Override
    protected SupplyRecord add(SupplyRecordRequest request) {
        return logbook.shopCreate(detailsWithExtras(request));
    }

    @Override
    protected SupplyRecord change(long recordId, SupplyRecordRequest request) {
        return logbook.shopUpdate(SupplyRecord.class, recordId, detailsWithExtras(request), ExpectedVersion.of(request.version()));
    }

    @Override
    protected void remove(long recordId) {
        logbook.shopDelete(SupplyRecord.class, recordId);
    }
}
