package com.motovaultpro.supply.web;

import com.motovaultpro.logbook.RecordPage;
import com.motovaultpro.logbook.RecordQuery;
import com.motovaultpro.logbook.RecordTotals;
import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.platform.web.ViewModel;
import com.motovaultpro.supply.SupplyRecord;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/** supplies.xhtml: the user's shop supplies, usable by any of their vehicles. */
@ViewModel
public class ShopSupplyView extends RecordLog<SupplyRecord> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<SupplyRecord> type() {
        return SupplyRecord.class;
    }

    @Override
    public String getPrefix() {
        return "shop";
    }

    @Inject
    com.motovaultpro.account.CurrentUser currentUser;

    @Override
    protected long ownerId() {
        return currentUser.id();
    }

    @Override
    public boolean isEditable() {
        return true; // the caller's own shop
    }

    /** Documents belong to a vehicle; shop supplies have none. */
    @Override
    public boolean isAttachable() {
        return false;
    }

    @Override
    public boolean isBulkAvailable() {
        return false;
    }

    @Override
    protected RecordPage<SupplyRecord> page(RecordQuery query) {
        return logbook.shopPage(SupplyRecord.class, query);
    }

    @Override
    protected RecordTotals totals(RecordQuery query) {
        return logbook.shopTotals(SupplyRecord.class, query);
    }

    @Override
    protected void create(SupplyRecord record) {
        logbook.shopCreate(record);
    }

    @Override
    protected void update(long recordId, SupplyRecord details, OptionalLong expectedVersion) {
        logbook.shopUpdate(SupplyRecord.class, recordId, details, expectedVersion);
    }

    @Override
    protected SupplyRecord find(long recordId) {
        return logbook.shopGet(SupplyRecord.class, recordId);
    }

    @Override
    protected void remove(long recordId) {
        logbook.shopDelete(SupplyRecord.class, recordId);
    }
}
