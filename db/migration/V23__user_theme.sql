-- A person's colour theme (issue 19): light, dark, or whatever their system says (the default).
ALTER TABLE user_account ADD COLUMN theme VARCHAR(6) NOT NULL DEFAULT 'SYSTEM'
    CONSTRAINT user_account_theme_ck CHECK (theme IN ('SYSTEM', 'LIGHT', 'DARK'));
