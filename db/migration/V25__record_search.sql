-- One search box over a person's records (issue 20): the words of a record's description, title,
-- notes, part number, supplier and tags, matched with PostgreSQL full-text search. The 'simple'
-- configuration (lower-case, no stemming): people write in five languages here, and a part number
-- must match as it was typed. Amounts are matched on the cost column itself.

-- concat_ws and array_to_string are only STABLE in general (any input type); for these text
-- arguments they are immutable, which a generated column needs.
CREATE FUNCTION logbook_record_search_document(description TEXT, title TEXT, notes TEXT, part_number TEXT,
                                               supplier TEXT, tags VARCHAR(40)[])
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN to_tsvector('simple'::regconfig,
                       concat_ws(' ', description, title, notes, part_number, supplier, array_to_string(tags, ' ')));

ALTER TABLE logbook_record
    ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
        logbook_record_search_document(description, title, notes, part_number, supplier, tags)) STORED;

CREATE INDEX logbook_record_search_idx ON logbook_record USING GIN (search_document);
-- "Which records cost 61.25?"
CREATE INDEX logbook_record_cost_idx ON logbook_record (cost) WHERE cost IS NOT NULL;
