-- PostgreSQL only, after every migration (idempotent): the job's text columns compare by code point,
-- as in H2, whatever collation the server's database has. The job sorts by file names, ids and
-- codes (the order in which documents are processed and rows are written to the CSV files), and a
-- language collation (en_US, ICU) would order "Child_B" and "child-a" differently from H2.
-- A new table of the job: add its name to the list.
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN
        SELECT table_name, column_name, data_type, character_maximum_length
        FROM information_schema.columns
        WHERE table_schema = current_schema()
          AND table_name IN ('source_document', 'review', 'review_section', 'review_item', 'review_code',
                             'reject', 'report_extract', 'report_section_extract', 'report_item_extract',
                             'item_theme')
          AND data_type IN ('character varying', 'text')
          AND collation_name IS DISTINCT FROM 'C'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE %s COLLATE "C"', c.table_name, c.column_name,
                CASE WHEN c.character_maximum_length IS NULL THEN c.data_type
                     ELSE format('%s(%s)', c.data_type, c.character_maximum_length) END);
    END LOOP;
END $$;
