-- Per-user display preferences. NULL means "the default": formatting follows the language
-- (en → en-US, de → de-DE), the currency follows the formatting locale's country, and units
-- follow each vehicle's own units.
ALTER TABLE user_account
    ADD COLUMN format_locale         VARCHAR(35),
    ADD COLUMN currency              VARCHAR(3),
    ADD COLUMN distance_unit         VARCHAR(16),
    ADD COLUMN volume_unit           VARCHAR(24),
    ADD COLUMN economy_unit          VARCHAR(24),
    ADD COLUMN electric_economy_unit VARCHAR(24);
