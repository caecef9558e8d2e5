package org.casereview.etl.output;

import java.util.List;
import java.util.Map;

import org.casereview.etl.vocabulary.Vocabulary;

/**
 * The export's {@code themes_by_year} table: for each publication year of the reviews in the range and each
 * theme, how many items and reviews have it, and how many reviews of that year have items at all (the share
 * of reviews a lesson comes back in). The year is the review's {@code publication_year}, the year the lesson
 * was published, not the run month; reviews whose year is not stated count under an empty year, listed last.
 */
final class ThemesByYear {

    static final List<String> COLUMNS = List.of("year", "theme", "theme_label", "items", "reviews", "reviews_with_items");

    private ThemesByYear() {
    }

    static ExportTable table(Vocabulary vocabulary, String inRange) {
        String yearTotals = "SELECT y.publication_year, COUNT(DISTINCT y.review_id) AS reviews_with_items"
                + " FROM review y WHERE y.batch_month" + inRange
                + " AND EXISTS (SELECT 1 FROM review_item i WHERE i.review_id = y.review_id) GROUP BY y.publication_year";
        String sql = "SELECT r.publication_year AS pub_year, t.theme, " + labelOf("t.theme", vocabulary) + " AS theme_label,"
                + " COUNT(*) AS items, COUNT(DISTINCT r.review_id) AS reviews, MAX(totals.reviews_with_items) AS year_reviews"
                + " FROM item_theme t JOIN review r ON r.review_id = t.review_id"
                + " JOIN (" + yearTotals + ") totals ON totals.publication_year IS NOT DISTINCT FROM r.publication_year"
                + " WHERE r.batch_month" + inRange
                + " GROUP BY r.publication_year, t.theme"
                + " ORDER BY r.publication_year NULLS LAST, COUNT(DISTINCT r.review_id) DESC, COUNT(*) DESC, t.theme";
        return new ExportTable("themes_by_year", COLUMNS, sql);
    }

    /** The label of each theme of the vocabulary as one SQL CASE; a code it no longer has (loaded by an older version) keeps its code. */
    static String labelOf(String column, Vocabulary vocabulary) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Object entry : (List<?>) vocabulary.value("themes", "themes")) {
            Map<?, ?> theme = (Map<?, ?>) entry;
            sql.append(" WHEN ").append(literal(theme.get("code"))).append(" THEN ").append(literal(theme.get("label")));
        }
        return sql.append(" ELSE ").append(column).append(" END").toString();
    }

    private static String literal(Object value) {
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }
}
