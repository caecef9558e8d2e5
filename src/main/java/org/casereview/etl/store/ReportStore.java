package org.casereview.etl.store;

import static org.casereview.etl.store.Rows.cut;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportExtract;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Extracted reports keyed by SHA-256: a report whose content was extracted before is read back
 * from here instead of being parsed again.
 */
public class ReportStore {

    private static final String ITEM_ORDER =
            " ORDER BY CASE section_type WHEN 'learning' THEN 1 WHEN 'recommendations' THEN 2 ELSE 3 END, item_no";

    private static final MultiRowInsert SECTIONS = new MultiRowInsert("report_section_extract",
            List.of("sha256", "ordinal", "section_type", "heading", "page_start", "page_end", "text"));
    private static final MultiRowInsert ITEMS = new MultiRowInsert("report_item_extract",
            List.of("sha256", "section_type", "item_no", "text", "page", "themes"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public ReportStore(NamedParameterJdbcTemplate named) {
        this.jdbc = JdbcClient.create(named);
        this.named = named;
    }

    public Optional<ReportExtract> find(String sha256) {
        return jdbc.sql("SELECT sha256, file_name, status, reason_code, message, title, child_name, review_type_text,"
                        + " area, partnership, publication_year, author, pages FROM report_extract WHERE sha256 = :sha256")
                .param("sha256", sha256)
                .query((rs, n) -> new ReportExtract(rs.getString("sha256"), rs.getString("file_name"),
                        DocumentStatus.fromCode(rs.getString("status")),
                        rs.getString("reason_code") == null ? null : RejectReason.fromCode(rs.getString("reason_code")),
                        rs.getString("message"),
                        new ReportMetadata(rs.getString("title"), rs.getString("child_name"),
                                rs.getString("review_type_text"), rs.getString("area"), rs.getString("partnership"),
                                (Integer) rs.getObject("publication_year"), rs.getString("author"), rs.getInt("pages"))))
                .optional();
    }

    /** Stores an extraction; items are typed by what they are (a learning point inside "Findings" is learning). */
    public void saveExtracted(String sha256, ReportDocument report, List<ItemRow> items) {
        saveExtracted(sha256, report, items, List.of());
    }

    /**
     * As {@link #saveExtracted(String, ReportDocument, List)}, with what the reading doubts of the report's layout
     * ("page 2 read across columns (...)"), kept in the {@code message} column a loaded extract has no other use for,
     * so a later run that reuses the extract judges it alike.
     */
    public void saveExtracted(String sha256, ReportDocument report, List<ItemRow> items, List<String> layoutNotes) {
        saveExtracted(sha256, report, items, layoutNotes, true);
    }

    /**
     * As {@link #saveExtracted(String, ReportDocument, List, List)}; {@code replace} false when {@link #find} has just
     * said, in the same transaction, that nothing is stored for the content: then there is nothing to delete first.
     */
    public void saveExtracted(String sha256, ReportDocument report, List<ItemRow> items, List<String> layoutNotes,
                              boolean replace) {
        saveExtracted(sha256, report, items, layoutNotes, replace, null);
    }

    /**
     * As {@link #saveExtracted(String, ReportDocument, List, List, boolean)}, with the items' themes when
     * {@code themesKey} names the vocabulary and build they were matched with (see {@link #themedItems}); null: the
     * items are stored without themes, and the assembly matches them.
     */
    public void saveExtracted(String sha256, ReportDocument report, List<ItemRow> items, List<String> layoutNotes,
                              boolean replace, String themesKey) {
        if (replace) {
            delete(sha256);
        }
        ReportMetadata m = report.metadata();
        jdbc.sql("INSERT INTO report_extract (sha256, file_name, pages, title, child_name, review_type_text, area,"
                        + " partnership, publication_year, author, status, message, themes_key) VALUES (:sha256, :fileName,"
                        + " :pages, :title, :childName, :reviewTypeText, :area, :partnership, :publicationYear, :author,"
                        + " :status, :message, :themesKey)")
                .param("sha256", sha256).param("fileName", report.fileName()).param("pages", m.pages())
                .param("title", cut(m.title(), 2000)).param("childName", cut(m.childName(), 200))
                .param("reviewTypeText", cut(m.reviewTypeText(), 200)).param("area", cut(m.area(), 200))
                .param("partnership", cut(m.partnership(), 500)).param("publicationYear", m.publicationYear())
                .param("author", cut(m.author(), 500)).param("status", DocumentStatus.LOADED.code())
                .param("message", layoutNotes.isEmpty() ? null : cut(String.join(ReportExtract.NOTE_SEPARATOR, layoutNotes), 4000))
                .param("themesKey", themesKey)
                .update();
        SECTIONS.insert(named.getJdbcOperations(), report.sections().stream().map(s -> sectionRow(sha256, s)).toList());
        ITEMS.insert(named.getJdbcOperations(), items.stream().map(i -> itemRow(sha256, i, themesKey != null)).toList());
    }

    /**
     * The contents whose items' themes are stored as matched with {@code themesKey} (a vocabulary and build): their
     * {@link #themedItems} are what matching the items again would give.
     */
    public Set<String> themedWith(String themesKey) {
        return new HashSet<>(jdbc.sql("SELECT sha256 FROM report_extract WHERE themes_key = :key")
                .param("key", themesKey).query(String.class).list());
    }

    /** Whether the content's items' themes are stored as matched with {@code themesKey}. */
    public boolean isThemedWith(String sha256, String themesKey) {
        return jdbc.sql("SELECT COUNT(*) FROM report_extract WHERE sha256 = :sha256 AND themes_key = :key")
                .param("sha256", sha256).param("key", themesKey).query(Integer.class).single() > 0;
    }

    /**
     * Replaces the stored themes of an extraction's items ({@code themed}: every item of {@link #items}, with its
     * themes) and records the vocabulary and build they were matched with.
     */
    public void saveThemes(String sha256, List<ItemRow> themed, String themesKey) {
        named.getJdbcOperations().batchUpdate("UPDATE report_item_extract SET themes = ? WHERE sha256 = ?"
                        + " AND section_type = ? AND item_no = ?",
                themed.stream().map(i -> new Object[] {ItemThemesCell.encode(i.themes()), sha256, i.type().code(),
                        i.itemNo()}).toList());
        jdbc.sql("UPDATE report_extract SET themes_key = :key WHERE sha256 = :sha256")
                .param("key", themesKey).param("sha256", sha256).update();
    }

    /** The report's items, by type in order, with their stored themes (see {@link #themedWith}). */
    public List<ItemRow> themedItems(String sha256) {
        return jdbc.sql("SELECT section_type, item_no, text, page, themes FROM report_item_extract WHERE sha256 = :sha256"
                        + ITEM_ORDER)
                .param("sha256", sha256)
                .query((rs, n) -> new ItemRow(SectionType.fromCode(rs.getString("section_type")), rs.getInt("item_no"),
                        rs.getString("text"), (Integer) rs.getObject("page"), themes(rs.getString("themes"))))
                .list();
    }

    private static List<CodeEvidence> themes(String cell) {
        return cell == null ? List.of() : ItemThemesCell.decode(cell);
    }

    public void saveRejected(String sha256, String fileName, RejectReason reason, String message) {
        saveRejected(sha256, fileName, reason, message, true);
    }

    /** As {@link #saveRejected(String, String, RejectReason, String)}; {@code replace} as for an extraction. */
    public void saveRejected(String sha256, String fileName, RejectReason reason, String message, boolean replace) {
        if (replace) {
            delete(sha256);
        }
        jdbc.sql("INSERT INTO report_extract (sha256, file_name, status, reason_code, message)"
                        + " VALUES (:sha256, :fileName, :status, :reason, :message)")
                .param("sha256", sha256).param("fileName", fileName).param("status", DocumentStatus.REJECTED.code())
                .param("reason", reason.code()).param("message", cut(message, 4000))
                .update();
    }

    /** The sections of an extracted report, without their items (those are in {@link #items}). */
    public List<Section> sections(String sha256) {
        return jdbc.sql("SELECT ordinal, section_type, heading, page_start, page_end, text FROM report_section_extract"
                        + " WHERE sha256 = :sha256 ORDER BY ordinal")
                .param("sha256", sha256)
                .query((rs, n) -> new Section(SectionType.fromCode(rs.getString("section_type")), rs.getInt("ordinal"),
                        rs.getString("heading"), rs.getString("text"), (Integer) rs.getObject("page_start"),
                        (Integer) rs.getObject("page_end"), List.of()))
                .list();
    }

    /** The report's items, by type in order. */
    public List<ItemRow> items(String sha256) {
        return jdbc.sql("SELECT section_type, item_no, text, page FROM report_item_extract WHERE sha256 = :sha256"
                        + ITEM_ORDER)
                .param("sha256", sha256)
                .query((rs, n) -> new ItemRow(SectionType.fromCode(rs.getString("section_type")), rs.getInt("item_no"),
                        rs.getString("text"), (Integer) rs.getObject("page")))
                .list();
    }

    private void delete(String sha256) {
        for (String table : List.of("report_item_extract", "report_section_extract", "report_extract")) {
            jdbc.sql("DELETE FROM " + table + " WHERE sha256 = :sha256").param("sha256", sha256).update();
        }
    }

    private static Object[] itemRow(String sha256, ItemRow i, boolean themed) {
        return new Object[] {sha256, i.type().code(), i.itemNo(), i.text(), i.page(),
                themed ? ItemThemesCell.encode(i.themes()) : null};
    }

    private static Object[] sectionRow(String sha256, Section s) {
        return new Object[] {sha256, s.ordinal(), s.type().code(), cut(s.heading(), 2000), s.pageStart(), s.pageEnd(),
                s.text()};
    }
}
