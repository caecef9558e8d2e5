-- Who the words behind a code were read for (issue 10): the subject child, a parent or carer, another
-- adult, another child or a perpetrator; empty for codes about the review itself (review type, ...).
ALTER TABLE review_code ADD COLUMN person VARCHAR(20);
