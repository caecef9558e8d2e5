-- The self-check's verdict on each document (documents.csv `quality`, `quality_notes`).
ALTER TABLE source_document ADD COLUMN quality VARCHAR(10);
ALTER TABLE source_document ADD COLUMN quality_notes VARCHAR(2000);
