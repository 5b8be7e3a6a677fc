-- The unit liquid fuel is bought in (electric charging is always kWh), and the correction for a
-- replaced instrument cluster: current odometer = highest recorded odometer x multiplier + offset.
ALTER TABLE vehicle
    ADD COLUMN fuel_volume_unit    VARCHAR(16)    NOT NULL DEFAULT 'LITRES',
    ADD COLUMN odometer_multiplier NUMERIC(8, 4)  NOT NULL DEFAULT 1,
    ADD COLUMN odometer_offset     NUMERIC(12, 2) NOT NULL DEFAULT 0,
    ADD CONSTRAINT vehicle_fuel_volume_unit_ck CHECK (fuel_volume_unit IN ('LITRES', 'US_GALLONS', 'IMPERIAL_GALLONS')),
    ADD CONSTRAINT vehicle_odometer_multiplier_ck CHECK (odometer_multiplier > 0);

-- A vehicle's highest odometer reading across its records (current odometer).
CREATE INDEX logbook_record_vehicle_odometer_idx ON logbook_record (vehicle_id, odometer DESC NULLS LAST);
