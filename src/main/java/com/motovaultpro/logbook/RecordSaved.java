package com.motovaultpro.logbook;

/**
 * Fired (synchronously, inside the saving transaction) after a record was added or changed, so
 * that a record type's follow-up work — renewing a lapsed fee, turning a finished plan into a
 * record, using up supplies — happens the same way from the API and the pages. An observer that
 * fails rolls the save back.
 *
 * @param record  the saved (managed) record
 * @param details what the caller sent, including values that are not stored (e.g. supplies to use)
 * @param created whether the record is new
 */
public record RecordSaved(LogbookRecord record, LogbookRecord details, boolean created) {
}
