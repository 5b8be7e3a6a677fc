package com.motovaultpro.vehicle;

/** What a use case needs to do with a vehicle; each {@link VehicleRole} allows some of these. */
public enum Permission {
    /** See the vehicle, its records, reminders, dashboard, charts and reports. */
    READ,
    /** Add, change and delete records and reminders. */
    EDIT_RECORDS,
    /** Change or delete the vehicle itself and manage who it is shared with. */
    MANAGE
}
