-- Trash bin: deleting a vehicle or a record only marks it; it can be restored for 30 days and
-- is purged after that. Deleted rows are hidden from every normal query.
ALTER TABLE vehicle
    ADD COLUMN deleted_at TIMESTAMPTZ,
    ADD COLUMN deleted_by VARCHAR(64);
ALTER TABLE logbook_record
    ADD COLUMN deleted_at TIMESTAMPTZ,
    ADD COLUMN deleted_by VARCHAR(64);

CREATE INDEX vehicle_trash_idx ON vehicle (owner_id, deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX logbook_record_trash_idx ON logbook_record (vehicle_id, deleted_at) WHERE deleted_at IS NOT NULL;
