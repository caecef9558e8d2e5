-- The items' themes kept with the content cache: matched in the extract step's workers while other reports are still
-- being extracted, and taken by the assembly instead of matching the items again. themes_key names the vocabulary
-- (the bundled files and the operator's file) and the build they were matched with: a run with another one matches
-- the items again. NULL: not matched (an extraction stored before this column, or a rejected report).
ALTER TABLE report_extract ADD COLUMN themes_key VARCHAR(64);
ALTER TABLE report_item_extract ADD COLUMN themes TEXT;
