-- Theme codes of learning, recommendation and good-practice items (items.csv `themes`) and the
-- words that set each theme.
ALTER TABLE review_item ADD COLUMN themes VARCHAR(1000);

CREATE TABLE item_theme (
    review_id     VARCHAR(200)  NOT NULL,
    source        VARCHAR(10)   NOT NULL,
    section_type  VARCHAR(30)   NOT NULL,
    item_no       INT           NOT NULL,
    theme         VARCHAR(60)   NOT NULL,
    evidence      VARCHAR(2000),
    PRIMARY KEY (review_id, source, section_type, item_no, theme)
);
