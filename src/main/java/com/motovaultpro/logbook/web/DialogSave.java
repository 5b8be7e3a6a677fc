package com.motovaultpro.logbook.web;

import com.motovaultpro.logbook.LogbookRecord;

/**
 * Fired by a record dialog around saving, so that parts of the dialog owned by another feature
 * (the supplies a service uses) can add their input to the record before it is saved, and start
 * empty again once it was. Observed with {@code notifyObserver = IF_EXISTS} by view-scoped beans.
 *
 * @param record   the record being saved (details as entered)
 * @param creating whether it is a new record
 * @param stage    BEFORE the save, or SAVED once it succeeded
 */
public record DialogSave(LogbookRecord record, boolean creating, Stage stage) {

    /** When the event is fired. */
    public enum Stage {
        BEFORE, SAVED
    }
}
