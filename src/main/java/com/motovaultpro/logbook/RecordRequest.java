package com.motovaultpro.logbook;

/** What every record request carries besides its own fields: extra-field values and, on update, the version last read. */
public interface RecordRequest {

    /** The version the client last read (updates only); null means "overwrite". */
    Long version();

    /** Values of the caller's extra fields for this record type, by field name. */
    java.util.Map<String, String> extraFields();
}
