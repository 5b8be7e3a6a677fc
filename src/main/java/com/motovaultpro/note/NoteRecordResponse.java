package com.motovaultpro.note;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A note as the API returns it: the markdown as written and as safe HTML. */
public record NoteRecordResponse(long id, long vehicleId, LocalDate date, String title, String text, String html,
                                 boolean pinned, List<String> tags, Map<String, String> extraFields, String createdBy, Instant createdAt,
                                 String updatedBy, Instant updatedAt, long version) {

    static NoteRecordResponse of(NoteRecord r) {
        return new NoteRecordResponse(r.getId(), r.getVehicleId(), r.getDate(), r.getTitle(), r.getNotes(), r.getHtml(),
                r.isPinned(), r.getTags(), r.getExtraFields(), r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(),
                r.getVersion());
    }
}
