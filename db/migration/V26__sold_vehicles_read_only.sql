-- A sold vehicle's records are read-only (SPEC: "Sold vehicles stay, marked as sold, read-only by
-- default") until a manager reopens them: when, and by whom. Null on a sold vehicle: read-only.
ALTER TABLE vehicle
    ADD COLUMN records_reopened_at TIMESTAMPTZ,
    ADD COLUMN records_reopened_by VARCHAR(64);
