package com.motovaultpro.note;

import com.motovaultpro.logbook.RecordResource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A vehicle's notes, pinned ones first. */
@Path("/vehicles/{vehicleId}/note")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes")
public class NoteRecordResource extends RecordResource<NoteRecord, NoteRecordRequest, NoteRecordResponse> {

    @Override
    protected Class<NoteRecord> type() {
        return NoteRecord.class;
    }

    @Override
    protected NoteRecord details(NoteRecordRequest request) {
        return request.toDetails();
    }

    @Override
    protected NoteRecordResponse response(NoteRecord record) {
        return NoteRecordResponse.of(record);
    }
}
