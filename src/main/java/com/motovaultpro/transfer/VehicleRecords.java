package com.motovaultpro.transfer;

import com.motovaultpro.logbook.LogbookRecord;
import com.motovaultpro.logbook.LogbookService;
import com.motovaultpro.logbook.RecordPage;
import com.motovaultpro.logbook.RecordQuery;
import java.util.ArrayList;
import java.util.List;

/** Every record of one type of a vehicle, oldest first, read page by page (the caller's access checked per page). */
final class VehicleRecords {

    private VehicleRecords() {
    }

    static <T extends LogbookRecord> List<T> all(LogbookService logbook, Class<T> type, long vehicleId) {
        List<T> all = new ArrayList<>();
        RecordQuery query = RecordQuery.all().sortedBy(RecordQuery.Sort.DATE, true);
        for (int page = 0; ; page++) {
            RecordPage<T> found = logbook.page(type, vehicleId, query.at(page, RecordQuery.MAX_SIZE));
            all.addAll(found.items());
            if (found.items().size() < RecordQuery.MAX_SIZE) {
                return all;
            }
        }
    }
}
