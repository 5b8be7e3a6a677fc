-- Ids of the application's entities are taken 50 at a time (Hibernate's pooled sequence
-- optimizer, see platform/persistence/TableIdSequences), so that inserts can be sent to the
-- database in JDBC batches: an import of 100,000 rows is 2,000 round trips instead of 100,000.
-- Each table keeps its own identity sequence; a row inserted by SQL without an id still takes
-- the next value (the top of a block no replica holds), so both kinds of insert mix safely.
ALTER TABLE user_account   ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE vehicle        ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE logbook_record ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE extra_field    ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE reminder       ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE vehicle_share  ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE api_key        ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE document       ALTER COLUMN id SET INCREMENT BY 50;
