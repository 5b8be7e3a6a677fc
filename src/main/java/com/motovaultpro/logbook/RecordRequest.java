package com.motovaultpro.logbook;

/** What every record request carries besides its fields: on update, the version last read. */
public interface RecordRequest {

    /** The version the client last read (updates only); null means "overwrite". */
    Long version();
}
