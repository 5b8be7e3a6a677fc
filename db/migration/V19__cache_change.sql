-- Cache changes not yet announced (issue 15). A writing transaction adds the scopes it changed in
-- the same transaction; the writer deletes them once Redis has the new generations, and every
-- replica announces what is left (a writer that could not reach Redis, or died) within seconds of
-- Redis answering. So a committed change reaches the shared cache even if its writer does not
-- survive. Rows live for seconds; the table is normally empty.
CREATE TABLE cache_change (
    id         BIGSERIAL   PRIMARY KEY,
    scope      TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
