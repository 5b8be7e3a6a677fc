-- A record's documents belong to the vehicle the record is in. Records moved to another vehicle
-- before documents followed them left their documents behind, where they are now hidden (the
-- application lists a record's documents only in the record's vehicle): they join their record.
-- None of them stays the vehicle photo (at most one per vehicle; the photo is no record's).
UPDATE document d
SET vehicle_id = r.vehicle_id, vehicle_photo = FALSE, updated_at = now(), version = d.version + 1
FROM logbook_record r
WHERE r.id = d.record_id AND r.vehicle_id IS NOT NULL AND d.vehicle_id <> r.vehicle_id;
