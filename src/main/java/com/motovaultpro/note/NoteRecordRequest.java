package com.motovaultpro.note;

import com.motovaultpro.logbook.RecordRequest;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note as a client sends it. */
@Schema(name = "NoteRecordRequest")
public record NoteRecordRequest(
        @Schema(required = true, example = "2024-05-31") LocalDate date,
        @Schema(required = true, example = "Tyre sizes") String title,
        @Schema(description = "Markdown", example = "Front **225/45 R17**, rear 245/40 R17") String text,
        @Schema(description = "Keep at the top of the list (default false)") Boolean pinned,
        List<String> tags,
        @Schema(description = "Values of your extra fields for this record type, by field name")
        java.util.Map<String, String> extraFields,
        @Schema(description = "On update: the version last read; 409 if it changed since") Long version)
        implements RecordRequest {

    NoteRecord toDetails() {
        NoteRecord record = new NoteRecord();
        record.setDate(date);
        record.setTitle(title);
        record.setNotes(text);
        record.setPinned(pinned != null && pinned);
        record.setTags(tags);
        return record;
    }
}
