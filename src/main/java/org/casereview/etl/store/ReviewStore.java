package org.casereview.etl.store;

import static org.casereview.etl.store.Rows.truncate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reviews with their sections, items and codes. Every write replaces what an earlier run wrote
 * under the same key, so reruns and restarts never duplicate rows; rows go in batches, not one
 * statement per row.
 */
public class ReviewStore {

    private static final List<String> REVIEW_COLUMNS = withBatchMonth(ReviewRow.COLUMNS);
    /**
     * The review table's widths (V1__casereview_tables.sql) of the columns a document's own text fills: a longer value
     * is cut with an ellipsis, not left to fail the step's write and with it the run (session 40: an entry's link of
     * 1 MB failed the digest step). The loader refuses what it can name first (a link too long to be one).
     */
    private static final Map<String, Integer> TEXT_WIDTHS = Map.of("title", 2000, "child_name", 200, "age_text", 200,
            "ethnicity", 500, "area", 200, "report_link", 2000, "report_file", 500, "source_file", 500);
    private static final String IN_MONTH = " WHERE review_id IN (SELECT review_id FROM review WHERE batch_month = :month)";

    private static final MultiRowInsert SECTIONS = new MultiRowInsert("review_section", List.of("review_id", "source",
            "section_type", "ordinal", "heading", "page_start", "page_end", "text"));
    private static final MultiRowInsert ITEMS = new MultiRowInsert("review_item", List.of("review_id", "source",
            "section_type", "item_no", "text", "page", "themes"));
    private static final MultiRowInsert THEMES = new MultiRowInsert("item_theme", List.of("review_id", "source",
            "section_type", "item_no", "theme", "evidence"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String reviewUpsert;
    private final String codeUpsert;

    public ReviewStore(NamedParameterJdbcTemplate named, SqlDialect dialect) {
        this.jdbc = JdbcClient.create(named);
        this.named = named;
        this.reviewUpsert = dialect.upsert("review", REVIEW_COLUMNS, List.of("review_id"));
        this.codeUpsert = dialect.upsert("review_code", List.of("review_id", "field", "code", "evidence", "person"),
                List.of("review_id", "field", "code"));
    }

    /** Removes every review an earlier run of this month loaded, with its sections, items and codes. */
    public void clearMonth(String batchMonth) {
        for (String child : List.of("review_section", "review_item", "item_theme", "review_code")) {
            jdbc.sql("DELETE FROM " + child + IN_MONTH).param("month", batchMonth).update();
        }
        jdbc.sql("DELETE FROM review WHERE batch_month = :month").param("month", batchMonth).update();
    }

    /** Removes what an earlier attempt of the assemble step added: report sections and report-only reviews. */
    public void clearReportParts(String batchMonth) {
        for (String child : List.of("review_section", "review_item", "item_theme")) {
            jdbc.sql("DELETE FROM " + child + IN_MONTH.replace("WHERE", "WHERE source = 'report' AND"))
                    .param("month", batchMonth).update();
        }
        jdbc.sql("DELETE FROM review_code WHERE review_id IN"
                        + " (SELECT review_id FROM review WHERE batch_month = :month AND entry_no IS NULL)")
                .param("month", batchMonth).update();
        jdbc.sql("DELETE FROM review WHERE batch_month = :month AND entry_no IS NULL").param("month", batchMonth).update();
    }

    /**
     * Stores the review rows and replaces their sections and items from each review's source; the
     * codes are replaced for digest reviews and for reviews that bring codes.
     */
    public void replaceReviews(List<LoadedReview> reviews, String batchMonth) {
        replaceReviewRows(reviews, batchMonth);
        replaceContents(reviews);
    }

    /**
     * The review rows and codes of {@link #replaceReviews}, without the sections, items and themes: the assembly writes
     * those in transactions of their own ({@link #replaceContents}).
     */
    public void replaceReviewRows(List<LoadedReview> reviews, String batchMonth) {
        if (reviews.isEmpty()) {
            return;
        }
        named.batchUpdate(reviewUpsert, reviews.stream()
                .map(r -> rowParams(r.row(), batchMonth)).toArray(SqlParameterSource[]::new));
        List<LoadedReview> coded = reviews.stream()
                .filter(r -> !r.codes().isEmpty() || "digest".equals(r.source())).toList();
        if (!coded.isEmpty()) {
            jdbc.sql("DELETE FROM review_code WHERE review_id IN (:ids)").param("ids", ids(coded)).update();
            named.batchUpdate(codeUpsert, coded.stream().flatMap(r -> r.codes().stream()
                    .map(c -> codeParams(r.row().reviewId(), c))).toArray(SqlParameterSource[]::new));
        }
    }

    /** Replaces the reviews' sections, items and themes from each review's source (the rest of {@link #replaceReviews}). */
    public void replaceContents(List<LoadedReview> reviews) {
        bySource(reviews).forEach(this::replaceSections);
    }

    /** Whether the id belongs to a review other than this entry (another digest's, or a report-only review). */
    public boolean isTakenByAnother(String reviewId, String sourceFile, Integer entryNo) {
        return jdbc.sql("SELECT COUNT(*) FROM review WHERE review_id = :id"
                        + " AND NOT (source_file = :file AND COALESCE(entry_no, 0) = :entryNo)")
                .param("id", reviewId).param("file", sourceFile).param("entryNo", entryNo == null ? 0 : entryNo)
                .query(Integer.class).single() > 0;
    }

    /** The month's reviews, digest entries first in digest order. */
    public List<ReviewRow> reviews(String batchMonth) {
        return jdbc.sql("SELECT " + String.join(", ", ReviewRow.COLUMNS)
                        + " FROM review WHERE batch_month = :month ORDER BY source_file, entry_no NULLS FIRST, review_id")
                .param("month", batchMonth)
                .query(Rows.toRecord(ReviewRow.class))
                .list();
    }

    /** A review's items as its digest entry lists them. */
    public List<ItemRow> digestItems(String reviewId) {
        return jdbc.sql("SELECT section_type, item_no, text, page FROM review_item WHERE review_id = :id"
                        + " AND source = 'digest' ORDER BY section_type, item_no")
                .param("id", reviewId)
                .query((rs, n) -> new ItemRow(SectionType.fromCode(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        (Integer) rs.getObject(4)))
                .list();
    }

    private void replaceSections(String source, List<LoadedReview> reviews) {
        for (String table : List.of("review_section", "review_item", "item_theme")) {
            jdbc.sql("DELETE FROM " + table + " WHERE source = :source AND review_id IN (:ids)")
                    .param("source", source).param("ids", ids(reviews)).update();
        }
        List<Object[]> sections = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        List<Object[]> themes = new ArrayList<>();
        for (LoadedReview r : reviews) {
            r.sections().forEach(s -> sections.add(sectionRow(r.row().reviewId(), source, s)));
            r.items().forEach(i -> items.add(itemRow(r.row().reviewId(), source, i)));
            r.items().forEach(i -> i.themes().forEach(t -> themes.add(themeRow(r.row().reviewId(), source, i, t))));
        }
        SECTIONS.insert(named.getJdbcOperations(), sections);
        ITEMS.insert(named.getJdbcOperations(), items);
        THEMES.insert(named.getJdbcOperations(), themes);
    }

    private static Map<String, List<LoadedReview>> bySource(List<LoadedReview> reviews) {
        Map<String, List<LoadedReview>> bySource = new LinkedHashMap<>();
        reviews.forEach(r -> bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r));
        return bySource;
    }

    private static List<String> ids(List<LoadedReview> reviews) {
        return reviews.stream().map(r -> r.row().reviewId()).toList();
    }

    private static SqlParameterSource rowParams(ReviewRow row, String batchMonth) {
        List<Object> values = new ArrayList<>(row.values());
        for (int i = 0; i < values.size(); i++) {
            Integer width = TEXT_WIDTHS.get(REVIEW_COLUMNS.get(i));
            if (width != null && values.get(i) instanceof String text) {
                values.set(i, truncate(text, width));
            }
        }
        values.add(batchMonth);
        return Rows.params(REVIEW_COLUMNS, values);
    }

    private static Object[] sectionRow(String reviewId, String source, Section s) {
        return new Object[] {reviewId, source, s.type().code(), s.ordinal(), truncate(s.heading(), 2000), s.pageStart(),
                s.pageEnd(), s.text()};
    }

    private static Object[] itemRow(String reviewId, String source, ItemRow i) {
        return new Object[] {reviewId, source, i.type().code(), i.itemNo(), i.text(), i.page(),
                truncate(i.themeCodes(), 1000)};
    }

    private static Object[] themeRow(String reviewId, String source, ItemRow i, CodeEvidence theme) {
        return new Object[] {reviewId, source, i.type().code(), i.itemNo(), theme.code(),
                truncate(theme.evidence(), 2000)};
    }

    private static SqlParameterSource codeParams(String reviewId, CodeEvidence c) {
        return new MapSqlParameterSource().addValue("review_id", reviewId).addValue("field", c.field())
                .addValue("code", c.code()).addValue("evidence", truncate(c.evidence(), 2000))
                .addValue("person", c.person());
    }

    private static List<String> withBatchMonth(List<String> columns) {
        List<String> all = new ArrayList<>(columns);
        all.add("batch_month");
        return List.copyOf(all);
    }
}
