-- Search lists a person's records newest first across all their vehicles and record types. For a
-- common word (a quarter of the records) PostgreSQL otherwise reads every match to sort them
-- (60 ms at 100,000 records, SearchBenchmark); with this index it walks the records newest first
-- and stops at the 50th match. Rare words still go through the full-text GIN index.
CREATE INDEX logbook_record_newest_idx ON logbook_record (record_date DESC, id DESC);
