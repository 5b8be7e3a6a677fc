-- The per-user calendar feed is reached by a secret link; only a SHA-256 hash of its token is
-- stored, so the database alone never reveals a working link. Rotating replaces the hash.
ALTER TABLE user_account ADD COLUMN calendar_token_hash VARCHAR(64);
CREATE UNIQUE INDEX user_account_calendar_token_uk ON user_account (calendar_token_hash)
    WHERE calendar_token_hash IS NOT NULL;
