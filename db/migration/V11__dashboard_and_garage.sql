-- Dashboard, charts and reports.
-- A vehicle's estimated current value: depreciation while it is still owned is purchase price
-- minus this (once sold, minus the sold price).
ALTER TABLE vehicle ADD COLUMN current_value NUMERIC(12, 2),
    ADD CONSTRAINT vehicle_current_value_ck CHECK (current_value IS NULL OR current_value >= 0);

-- How a user wants the garage: the figure on each tile and the order of the tiles.
ALTER TABLE user_account
    ADD COLUMN garage_figure VARCHAR(24) NOT NULL DEFAULT 'TOTAL_COST',
    ADD COLUMN garage_sort   VARCHAR(24) NOT NULL DEFAULT 'IDENTIFIER',
    ADD CONSTRAINT user_account_garage_figure_ck CHECK (garage_figure IN ('TOTAL_COST', 'COST_PER_DISTANCE')),
    ADD CONSTRAINT user_account_garage_sort_ck
        CHECK (garage_sort IN ('IDENTIFIER', 'YEAR', 'ODOMETER', 'URGENCY', 'COST'));

-- The dashboard's aggregates (cost per month and type, odometer per month, recent records, the
-- history report) read a vehicle's live records by date: one range scan of this covering index
-- instead of the per-type index or the whole table.
CREATE INDEX logbook_record_vehicle_date_idx ON logbook_record (vehicle_id, record_date DESC, id DESC)
    INCLUDE (record_type, cost, odometer) WHERE deleted_at IS NULL;
