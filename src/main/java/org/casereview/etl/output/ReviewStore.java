package org.casereview.etl.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.Section;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes reviews, their sections, items and codes, documents and rejects. Every write replaces
 * what an earlier run wrote under the same key, so reruns and restarts never duplicate rows.
 */
public class ReviewStore {

    private static final String REVIEW_MERGE = "MERGE INTO review (" + String.join(", ", ReviewRow.COLUMNS)
            + ", batch_month) KEY (review_id) VALUES (" + placeholders(ReviewRow.COLUMNS.size() + 1) + ")";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ReviewStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
        this.batch = template;
    }

    /** Removes everything an earlier run of this month loaded (its extracted reports stay cached). */
    public void clearMonth(String batchMonth) {
        for (String child : List.of("review_section", "review_item", "review_code")) {
            jdbc.sql("DELETE FROM " + child + " WHERE review_id IN (SELECT review_id FROM review WHERE batch_month = ?)")
                    .param(batchMonth).update();
        }
        jdbc.sql("DELETE FROM review WHERE batch_month = ?").param(batchMonth).update();
        jdbc.sql("DELETE FROM reject WHERE batch_month = ?").param(batchMonth).update();
        jdbc.sql("DELETE FROM source_document WHERE batch_month = ?").param(batchMonth).update();
    }

    /** Stores the review row and replaces its sections, items and codes from the given source. */
    public void replaceReview(LoadedReview review, String batchMonth) {
        saveRow(review.row(), batchMonth);
        String id = review.row().reviewId();
        replaceSections(id, review.source(), review.sections(), review.items());
        if (!review.codes().isEmpty() || "digest".equals(review.source())) {
            jdbc.sql("DELETE FROM review_code WHERE review_id = ?").param(id).update();
            batch.batchUpdate("MERGE INTO review_code (review_id, field, code, evidence) KEY (review_id, field, code) VALUES (?, ?, ?, ?)",
                    review.codes().stream().map(c -> new Object[] {id, c.field(), c.code(), truncate(c.evidence(), 2000)}).toList());
        }
    }

    /**
     * The id itself when it is free or already this entry's, else the id with the first free
     * suffix ({@code -2}, {@code -3}): two digests of one month may both have a "Child A".
     */
    public String claimId(String id, String sourceFile, Integer entryNo) {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? id : id + "-" + n;
            List<String> owner = jdbc.sql("SELECT source_file || '#' || COALESCE(entry_no, 0) FROM review WHERE review_id = ?")
                    .param(candidate).query(String.class).list();
            if (owner.isEmpty() || owner.get(0).equals(sourceFile + "#" + (entryNo == null ? 0 : entryNo))) {
                return candidate;
            }
        }
    }

    public void saveRow(ReviewRow row, String batchMonth) {
        List<Object> values = new ArrayList<>(row.values());
        values.add(batchMonth);
        jdbc.sql(REVIEW_MERGE).params(values).update();
    }

    public void replaceSections(String reviewId, String source, List<Section> sections, List<ItemRow> items) {
        jdbc.sql("DELETE FROM review_section WHERE review_id = ? AND source = ?").params(reviewId, source).update();
        jdbc.sql("DELETE FROM review_item WHERE review_id = ? AND source = ?").params(reviewId, source).update();
        batch.batchUpdate("INSERT INTO review_section (review_id, source, section_type, ordinal, heading, page_start, page_end, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                sections.stream().map(s -> new Object[] {reviewId, source, s.type().code(), s.ordinal(),
                        truncate(s.heading(), 2000), s.pageStart(), s.pageEnd(), s.text()}).toList());
        batch.batchUpdate("INSERT INTO review_item (review_id, source, section_type, item_no, text, page) VALUES (?, ?, ?, ?, ?, ?)",
                items.stream().map(i -> new Object[] {reviewId, source, i.type().code(), i.itemNo(), i.text(), i.page()}).toList());
    }

    /** The month's reviews, digest entries first in digest order. */
    public List<ReviewRow> reviews(String batchMonth) {
        return jdbc.sql("SELECT " + String.join(", ", ReviewRow.COLUMNS)
                        + " FROM review WHERE batch_month = ? ORDER BY source_file, entry_no, review_id")
                .param(batchMonth)
                .query((rs, n) -> new ReviewRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), (Integer) rs.getObject(12),
                        rs.getString(13), rs.getBigDecimal(14), rs.getString(15), rs.getString(16), rs.getInt(17),
                        rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getInt(22),
                        rs.getInt(23), rs.getInt(24), rs.getBoolean(25), rs.getString(26), rs.getString(27),
                        rs.getString(28), (Integer) rs.getObject(29), rs.getString(30), rs.getString(31),
                        (Integer) rs.getObject(32)))
                .list();
    }

    /** Removes what an earlier attempt of the assemble step added: report sections and report-only reviews. */
    public void clearReportParts(String batchMonth) {
        for (String child : List.of("review_section", "review_item")) {
            jdbc.sql("DELETE FROM " + child + " WHERE source = 'report' AND review_id IN (SELECT review_id FROM review WHERE batch_month = ?)")
                    .param(batchMonth).update();
        }
        jdbc.sql("DELETE FROM review_code WHERE review_id IN (SELECT review_id FROM review WHERE batch_month = ? AND entry_no IS NULL)")
                .param(batchMonth).update();
        jdbc.sql("DELETE FROM review WHERE batch_month = ? AND entry_no IS NULL").param(batchMonth).update();
        jdbc.sql("DELETE FROM reject WHERE batch_month = ? AND location = 'link'").param(batchMonth).update();
    }

    /** Records a source document and where it lives (the input folder or the download cache). */
    public void saveDocument(DocumentRow d, String batchMonth, Path path) {
        jdbc.sql("MERGE INTO source_document (batch_month, source_file, kind, media_type, charset, sha256, bytes, pages, status, reason_code, path) KEY (batch_month, source_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(batchMonth, d.sourceFile(), d.kind(), d.mediaType(), d.charset(), d.sha256(), d.bytes(), d.pages(), d.status(), d.reasonCode(),
                        path.toAbsolutePath().toString())
                .update();
    }

    /** Updates what was learnt reading a document; where it lives stays as recorded. */
    public void updateDocument(DocumentRow d, String batchMonth) {
        jdbc.sql("UPDATE source_document SET media_type = ?, charset = ?, pages = ?, status = ?, reason_code = ? WHERE batch_month = ? AND source_file = ?")
                .params(d.mediaType(), d.charset(), d.pages(), d.status(), d.reasonCode(), batchMonth, d.sourceFile())
                .update();
    }

    public Path pathOf(String batchMonth, String sourceFile) {
        return Path.of(jdbc.sql("SELECT path FROM source_document WHERE batch_month = ? AND source_file = ?")
                .params(batchMonth, sourceFile).query(String.class).single());
    }

    public void updateDocumentStatus(String batchMonth, String sourceFile, String status, String reasonCode, Integer pages) {
        jdbc.sql("UPDATE source_document SET status = ?, reason_code = ?, pages = COALESCE(?, pages) WHERE batch_month = ? AND source_file = ?")
                .params(status, reasonCode, pages, batchMonth, sourceFile).update();
    }

    private static final String DOCUMENT_COLUMNS =
            "SELECT source_file, kind, media_type, charset, sha256, bytes, pages, status, reason_code FROM source_document";
    private static final RowMapper<DocumentRow> DOCUMENT = (rs, n) -> new DocumentRow(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), (Integer) rs.getObject(7),
            rs.getString(8), rs.getString(9));

    public List<DocumentRow> documents(String batchMonth, String kind) {
        return jdbc.sql(DOCUMENT_COLUMNS + " WHERE batch_month = ? AND kind = ? ORDER BY source_file")
                .params(batchMonth, kind).query(DOCUMENT).list();
    }

    public Optional<DocumentRow> document(String batchMonth, String sourceFile) {
        return jdbc.sql(DOCUMENT_COLUMNS + " WHERE batch_month = ? AND source_file = ?")
                .params(batchMonth, sourceFile).query(DOCUMENT).optional();
    }

    /** Replaces the rejects one source file produced in this month (a reprocessed file reports once). */
    public void replaceRejects(String runId, String batchMonth, String sourceFile, List<RejectRow> rejects) {
        jdbc.sql("DELETE FROM reject WHERE batch_month = ? AND source_file = ?").params(batchMonth, sourceFile).update();
        for (RejectRow r : rejects) {
            addReject(runId, batchMonth, r);
        }
    }

    public void addReject(String runId, String batchMonth, RejectRow r) {
        jdbc.sql("INSERT INTO reject (run_id, source_file, location, reason_code, message, batch_month) VALUES (?, ?, ?, ?, ?, ?)")
                .params(runId, r.sourceFile(), r.location(), r.reason().code(), truncate(r.message(), 4000), batchMonth)
                .update();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
