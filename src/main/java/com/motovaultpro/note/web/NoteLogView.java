package com.motovaultpro.note.web;

import com.motovaultpro.logbook.web.RecordLog;
import com.motovaultpro.note.NoteRecord;
import com.motovaultpro.platform.web.ViewModel;

/** The notes tab of the vehicle page (pinned notes first). */
@ViewModel
public class NoteLogView extends RecordLog<NoteRecord> {

    private static final long serialVersionUID = 1L;

    @Override
    protected Class<NoteRecord> type() {
        return NoteRecord.class;
    }

    @Override
    public String getPrefix() {
        return "note";
    }
}
