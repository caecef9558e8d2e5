package org.casereview.etl.output;

import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Extracted reports keyed by SHA-256: a report whose content was extracted before is read back
 * from here instead of being parsed again.
 */
public class ReportStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ReportStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
        this.batch = template;
    }

    /** An extraction on record: loaded (with metadata) or rejected (with its reason). */
    public record Extract(String sha256, String fileName, String status, RejectReason reason, String message,
                          ReportMetadata metadata) {
        public boolean rejected() {
            return "rejected".equals(status);
        }
    }

    public Optional<Extract> find(String sha256) {
        return jdbc.sql("SELECT sha256, file_name, status, reason_code, message, title, child_name, review_type_text,"
                        + " area, partnership, publication_year, author, pages FROM report_extract WHERE sha256 = ?")
                .param(sha256)
                .query((rs, n) -> new Extract(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : RejectReason.valueOf(rs.getString(4).toUpperCase()),
                        rs.getString(5),
                        new ReportMetadata(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), (Integer) rs.getObject(11), rs.getString(12), rs.getInt(13))))
                .optional();
    }

    /** Stores an extraction; items are typed by what they are (a learning point inside "Findings" is learning). */
    public void saveExtracted(String sha256, ReportDocument report, List<ItemRow> items) {
        delete(sha256);
        ReportMetadata m = report.metadata();
        jdbc.sql("INSERT INTO report_extract (sha256, file_name, pages, title, child_name, review_type_text, area,"
                        + " partnership, publication_year, author, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'loaded')")
                .params(sha256, report.fileName(), m.pages(), cut(m.title(), 2000), cut(m.childName(), 200),
                        cut(m.reviewTypeText(), 200), cut(m.area(), 200), cut(m.partnership(), 500),
                        m.publicationYear(), cut(m.author(), 500))
                .update();
        batch.batchUpdate("INSERT INTO report_section_extract (sha256, ordinal, section_type, heading, page_start, page_end, text)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                report.sections().stream().map(s -> new Object[] {sha256, s.ordinal(), s.type().code(),
                        cut(s.heading(), 2000), s.pageStart(), s.pageEnd(), s.text()}).toList());
        batch.batchUpdate("INSERT INTO report_item_extract (sha256, section_type, item_no, text, page) VALUES (?, ?, ?, ?, ?)",
                items.stream().map(i -> new Object[] {sha256, i.type().code(), i.itemNo(), i.text(), i.page()}).toList());
    }

    public void saveRejected(String sha256, String fileName, RejectReason reason, String message) {
        delete(sha256);
        jdbc.sql("INSERT INTO report_extract (sha256, file_name, status, reason_code, message) VALUES (?, ?, 'rejected', ?, ?)")
                .params(sha256, fileName, reason.code(), cut(message, 4000))
                .update();
    }

    /** The sections of an extracted report, with their items, as stored. */
    public List<Section> sections(String sha256) {
        return jdbc.sql("SELECT ordinal, section_type, heading, page_start, page_end, text FROM report_section_extract"
                        + " WHERE sha256 = ? ORDER BY ordinal")
                .param(sha256)
                .query((rs, n) -> new Section(SectionType.fromCode(rs.getString(2)), rs.getInt(1), rs.getString(3),
                        rs.getString(6), (Integer) rs.getObject(4), (Integer) rs.getObject(5), List.of()))
                .list();
    }

    /** The report's items, by type in order. */
    public List<ItemRow> items(String sha256) {
        return jdbc.sql("SELECT section_type, item_no, text, page FROM report_item_extract WHERE sha256 = ?"
                        + " ORDER BY CASE section_type WHEN 'learning' THEN 1 WHEN 'recommendations' THEN 2 ELSE 3 END, item_no")
                .param(sha256)
                .query((rs, n) -> new ItemRow(SectionType.fromCode(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        (Integer) rs.getObject(4)))
                .list();
    }

    private void delete(String sha256) {
        jdbc.sql("DELETE FROM report_item_extract WHERE sha256 = ?").param(sha256).update();
        jdbc.sql("DELETE FROM report_section_extract WHERE sha256 = ?").param(sha256).update();
        jdbc.sql("DELETE FROM report_extract WHERE sha256 = ?").param(sha256).update();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
