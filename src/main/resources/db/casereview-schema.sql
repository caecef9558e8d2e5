-- casereview-etl tables (DATA-MODEL.md). Idempotent: runs at every start.
-- batch_month is the month of the run that loaded a row: a rerun of that month replaces its rows.

CREATE TABLE IF NOT EXISTS source_document (
    batch_month   VARCHAR(7)    NOT NULL,
    source_file   VARCHAR(500)  NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    media_type    VARCHAR(200),
    charset       VARCHAR(50),
    sha256        VARCHAR(64),
    bytes         BIGINT,
    pages         INT,
    status        VARCHAR(20)   NOT NULL,
    reason_code   VARCHAR(30),
    path          VARCHAR(2000),
    PRIMARY KEY (batch_month, source_file)
);

CREATE TABLE IF NOT EXISTS review (
    review_id            VARCHAR(200)  NOT NULL PRIMARY KEY,
    digest_month         VARCHAR(7),
    source_file          VARCHAR(500),
    entry_no             INT,
    title                VARCHAR(2000),
    child_name           VARCHAR(200),
    review_type          VARCHAR(60),
    thematic             BOOLEAN,
    document_type        VARCHAR(30),
    summary              CLOB,
    outcome              VARCHAR(20),
    incident_year        INT,
    age_text             VARCHAR(200),
    age_years            DECIMAL(6, 2),
    age_band             VARCHAR(20),
    sex                  VARCHAR(20),
    n_children           INT,
    ethnicity            VARCHAR(500),
    harm_types           VARCHAR(1000),
    risk_factors         VARCHAR(1000),
    child_context        VARCHAR(1000),
    learning_count       INT,
    recommendation_count INT,
    good_practice_count  INT,
    no_recommendations   BOOLEAN,
    report_link          VARCHAR(2000),
    report_file          VARCHAR(500),
    report_sha256        VARCHAR(64),
    report_pages         INT,
    report_status        VARCHAR(20),
    area                 VARCHAR(200),
    publication_year     INT,
    batch_month          VARCHAR(7)    NOT NULL
);

CREATE TABLE IF NOT EXISTS review_section (
    review_id     VARCHAR(200) NOT NULL,
    source        VARCHAR(10)  NOT NULL,
    section_type  VARCHAR(30)  NOT NULL,
    ordinal       INT          NOT NULL,
    heading       VARCHAR(2000),
    page_start    INT,
    page_end      INT,
    text          CLOB,
    PRIMARY KEY (review_id, source, ordinal)
);

CREATE TABLE IF NOT EXISTS review_item (
    review_id     VARCHAR(200) NOT NULL,
    source        VARCHAR(10)  NOT NULL,
    section_type  VARCHAR(30)  NOT NULL,
    item_no       INT          NOT NULL,
    text          CLOB,
    page          INT,
    PRIMARY KEY (review_id, source, section_type, item_no)
);

-- Item themes (vocabulary/themes.yml): the codes in review_item.themes, one row per theme in item_theme
-- with the words that set it. ALTER: a database made before themes gets the column.
ALTER TABLE review_item ADD COLUMN IF NOT EXISTS themes VARCHAR(1000);

CREATE TABLE IF NOT EXISTS item_theme (
    review_id     VARCHAR(200)  NOT NULL,
    source        VARCHAR(10)   NOT NULL,
    section_type  VARCHAR(30)   NOT NULL,
    item_no       INT           NOT NULL,
    theme         VARCHAR(60)   NOT NULL,
    evidence      VARCHAR(2000),
    PRIMARY KEY (review_id, source, section_type, item_no, theme)
);

CREATE TABLE IF NOT EXISTS review_code (
    review_id  VARCHAR(200)  NOT NULL,
    field      VARCHAR(40)   NOT NULL,
    code       VARCHAR(200)  NOT NULL,
    evidence   VARCHAR(2000),
    PRIMARY KEY (review_id, field, code)
);

CREATE TABLE IF NOT EXISTS reject (
    run_id        VARCHAR(40)   NOT NULL,
    source_file   VARCHAR(500)  NOT NULL,
    location      VARCHAR(200),
    reason_code   VARCHAR(30)   NOT NULL,
    message       VARCHAR(4000),
    batch_month   VARCHAR(7)    NOT NULL
);

-- Extracted reports, keyed by content: a report with the same SHA-256 is not extracted again.
CREATE TABLE IF NOT EXISTS report_extract (
    sha256            VARCHAR(64)  NOT NULL PRIMARY KEY,
    file_name         VARCHAR(500) NOT NULL,
    pages             INT,
    title             VARCHAR(2000),
    child_name        VARCHAR(200),
    review_type_text  VARCHAR(200),
    area              VARCHAR(200),
    partnership       VARCHAR(500),
    publication_year  INT,
    author            VARCHAR(500),
    status            VARCHAR(20)  NOT NULL,
    reason_code       VARCHAR(30),
    message           VARCHAR(4000)
);

CREATE TABLE IF NOT EXISTS report_section_extract (
    sha256        VARCHAR(64)  NOT NULL,
    ordinal       INT          NOT NULL,
    section_type  VARCHAR(30)  NOT NULL,
    heading       VARCHAR(2000),
    page_start    INT,
    page_end      INT,
    text          CLOB,
    PRIMARY KEY (sha256, ordinal)
);

CREATE TABLE IF NOT EXISTS report_item_extract (
    sha256        VARCHAR(64)  NOT NULL,
    section_type  VARCHAR(30)  NOT NULL,
    item_no       INT          NOT NULL,
    text          CLOB,
    page          INT,
    PRIMARY KEY (sha256, section_type, item_no)
);
