-- A calendar feed link has a table of its own: a link created with an API key names the key and
-- works only while that key does (revoked or expired: the link is dead; deleted: the row goes).
-- Links of the old form (/calendar/<token>.ics) carried their secret in the request path, which
-- access logs record: none is carried over; people create a new link on the settings page.
CREATE TABLE calendar_link (
    user_id    BIGINT      PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL,
    api_key_id BIGINT      REFERENCES api_key (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT calendar_link_token_uk UNIQUE (token_hash)
);
CREATE INDEX calendar_link_api_key_idx ON calendar_link (api_key_id) WHERE api_key_id IS NOT NULL;

-- Expand now, contract later: the previous release still maps user_account.calendar_token_hash
-- (its pods serve beside the new ones during a rolling or canary update, and after a rollback), so
-- the column stays until a later release drops it. Emptied, it voids the old links for both.
UPDATE user_account SET calendar_token_hash = NULL WHERE calendar_token_hash IS NOT NULL;
