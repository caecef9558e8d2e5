package org.casereview.etl.output;

import java.util.List;
import java.util.stream.Stream;

import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.vocabulary.Vocabulary;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One table of the export: its name (the CSV file and the workbook sheet), its columns in order and
 * the query reading its rows for a range of batch months. The CSV files and the workbook read the same
 * queries, so they hold the same rows in the same order. {@link #ALL} are the tables of a run's output folder;
 * {@code export} adds the summary tables of {@link #DATASET}.
 * <p>
 * The sections and items, a row per section or item of each review, are read {@link #REVIEWS_A_READ} reviews at a
 * time ({@code byReviews}: the same query, for the reviews of {@code :ids} only), the reviews taken in the export's
 * order: a query sorts all of its rows before it gives the first, and the month's items (50,581 rows at 480 reports)
 * are more than H2 sorts in memory under -Xmx256m (it keeps about 40,000 rows a GB of heap), so one query for the
 * whole range wrote them all into a temporary store and read them back (two fifths of the export's reading threads'
 * CPU). A few reviews' rows are sorted in memory; the sections' texts are no longer all held at once. The reviews
 * of a read follow each other in the order, and each read sorts by the same keys, so the rows and their order are
 * those of one query over the range.
 */
public record ExportTable(String name, List<String> columns, String sql, String byReviews) {

    /** Reviews whose sections or items are read by one query: at ~100 items a review, well under H2's in-memory rows. */
    static final int REVIEWS_A_READ = 16;

    private static final String IN_RANGE = " BETWEEN :from AND :to";
    private static final String REVIEW_ORDER = " ORDER BY r.batch_month, r.source_file, r.entry_no NULLS FIRST, r.review_id";
    private static final String REVIEW_IDS = "SELECT r.review_id FROM review r WHERE r.batch_month" + IN_RANGE + REVIEW_ORDER;
    private static final String SECTIONS = "SELECT s.review_id, s.source, s.section_type, s.ordinal, s.heading, s.page_start,"
            + " s.page_end, s.text FROM review_section s JOIN review r ON r.review_id = s.review_id WHERE ";
    private static final String SECTION_ORDER = REVIEW_ORDER + ", s.source, s.ordinal";
    private static final String ITEMS = "SELECT i.review_id, i.source, i.section_type, i.item_no, i.text, i.page, i.themes"
            + " FROM review_item i JOIN review r ON r.review_id = i.review_id WHERE ";
    private static final String ITEM_ORDER = REVIEW_ORDER + ", i.source,"
            + " CASE i.section_type WHEN 'learning' THEN 1 WHEN 'recommendations' THEN 2 ELSE 3 END, i.item_no";

    public static final List<ExportTable> ALL = List.of(
            new ExportTable("reviews", ReviewRow.COLUMNS,
                    "SELECT " + prefixed("r", ReviewRow.COLUMNS) + " FROM review r WHERE r.batch_month" + IN_RANGE
                            + REVIEW_ORDER),
            new ExportTable("sections",
                    List.of("review_id", "source", "section_type", "ordinal", "heading", "page_start", "page_end", "text"),
                    SECTIONS + "r.batch_month" + IN_RANGE + SECTION_ORDER, SECTIONS + "s.review_id IN (:ids)" + SECTION_ORDER),
            new ExportTable("items", List.of("review_id", "source", "section_type", "item_no", "text", "page", "themes"),
                    ITEMS + "r.batch_month" + IN_RANGE + ITEM_ORDER, ITEMS + "i.review_id IN (:ids)" + ITEM_ORDER),
            new ExportTable("documents",
                    List.of("source_file", "kind", "media_type", "charset", "sha256", "bytes", "pages", "status", "reason_code",
                            "quality", "quality_notes"),
                    "SELECT source_file, kind, media_type, charset, sha256, bytes, pages, status, reason_code, quality,"
                            + " quality_notes"
                            + " FROM source_document WHERE batch_month" + IN_RANGE
                            + " ORDER BY batch_month, kind DESC, source_file"),
            new ExportTable("rejects", List.of("run_id", "source_file", "location", "reason_code", "message"),
                    "SELECT run_id, source_file, location, reason_code, message FROM reject WHERE batch_month" + IN_RANGE
                            + " ORDER BY batch_month, source_file, location, reason_code, message"));

    /** Themes per publication year: written by {@code export} only (see {@link ThemesByYear}). */
    public static final ExportTable THEMES_BY_YEAR = ThemesByYear.table(Vocabulary.bundled(), IN_RANGE);

    /** The tables of {@code export}: the run's tables and the summaries over the range. */
    public static final List<ExportTable> DATASET = Stream.concat(ALL.stream(), Stream.of(THEMES_BY_YEAR)).toList();

    /** A table read by one query over the range. */
    public ExportTable(String name, List<String> columns, String sql) {
        this(name, columns, sql, null);
    }

    public String csvFileName() {
        return name + ".csv";
    }

    /** Streams the rows of the range to the handler, one at a time, in order. */
    void query(JdbcClient jdbc, MonthRange months, RowCallbackHandler handler) {
        if (byReviews == null) {
            jdbc.sql(sql).param("from", months.fromText()).param("to", months.toText()).query(handler);
            return;
        }
        List<String> ids = jdbc.sql(REVIEW_IDS).param("from", months.fromText()).param("to", months.toText())
                .query(String.class).list();
        for (int i = 0; i < ids.size(); i += REVIEWS_A_READ) {
            jdbc.sql(byReviews).param("ids", ids.subList(i, Math.min(ids.size(), i + REVIEWS_A_READ))).query(handler);
        }
    }

    private static String prefixed(String alias, List<String> columns) {
        return String.join(", ", columns.stream().map(c -> alias + "." + c).toList());
    }
}
