package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RunReportTest {

    private static Map<String, String> review(String id, String outcome, String band, String type, String harms) {
        return Map.of("review_id", id, "outcome", outcome, "age_band", band, "review_type", type,
                "harm_types", harms);
    }

    private static Map<String, String> item(String id, String kind, String themes) {
        return Map.of("review_id", id, "section_type", kind, "themes", themes);
    }

    private static final RunReport.Rows ROWS = new RunReport.Rows(
            List.of(review("a", "death", "under_1", "serious_case_review", "neglect; physical_abuse"),
                    review("b", "death", "16_17", "child_safeguarding_practice_review", "extra_familial_harm"),
                    review("c", "serious_harm", "under_1", "child_safeguarding_practice_review", "neglect"),
                    review("d", "", "", "learning_review", "")),
            List.of(item("a", "learning", "information_sharing; professional_curiosity"),
                    item("a", "recommendations", "information_sharing"),
                    item("a", "learning", ""), item("b", "good_practice", "child_voice")),
            List.of(Map.of("source_file", "a.pdf", "status", "loaded", "quality", "ok"),
                    Map.of("source_file", "b.pdf", "status", "loaded", "quality", "doubtful",
                            "quality_notes", "no headed sections found"),
                    Map.of("source_file", "x.pdf", "status", "rejected", "quality", "doubtful",
                            "quality_notes", "not read: encrypted")),
            List.of(Map.of("source_file", "x.pdf", "location", "document", "reason_code", "encrypted",
                    "message", "password <b>needed</b>")));

    @Nested
    class Counts {

        private final RunReport report = RunReport.of("2026-11", ROWS);

        @Test
        void countsReviewsByOutcomeWithTheMostFrequentFirstAndEmptyAsNotStated() {
            assertThat(report.reviews()).isEqualTo(4);
            assertThat(report.counts().get(RunReport.OUTCOME)).containsExactly(
                    Map.entry("death", 2), Map.entry("not stated", 1), Map.entry("serious_harm", 1));
        }

        @Test
        void keepsAgeBandsInTheirNaturalOrder() {
            assertThat(report.counts().get(RunReport.AGE_BAND)).containsExactly(
                    Map.entry("under_1", 2), Map.entry("16_17", 1), Map.entry("not stated", 1));
        }

        @Test
        void countsEveryCodeOfAListCellAndNothingForAnEmptyOne() {
            assertThat(report.counts().get(RunReport.HARM_TYPE)).containsExactly(
                    Map.entry("neglect", 2), Map.entry("extra_familial_harm", 1), Map.entry("physical_abuse", 1));
        }

        @Test
        void bucketsItemsPerReviewIncludingReviewsWithoutItems() {
            assertThat(report.counts().get(RunReport.ITEMS_PER_REVIEW)).containsExactly(
                    Map.entry("0", 2), Map.entry("1-2", 1), Map.entry("3-5", 1));
        }

        @Test
        void countsThemesAndDocumentsAndRejects() {
            assertThat(report.counts().get(RunReport.THEMES)).containsExactly(
                    Map.entry("information_sharing", 2), Map.entry("child_voice", 1),
                    Map.entry("professional_curiosity", 1));
            assertThat(report.counts().get(RunReport.DOCUMENTS)).containsExactly(
                    Map.entry("loaded", 2), Map.entry("rejected", 1));
            assertThat(report.counts().get(RunReport.REJECTS)).containsExactly(Map.entry("encrypted", 1));
        }

        @Test
        void countsDocumentsByQualityAndListsTheDoubtfulOnesWithTheirReasons() {
            assertThat(report.counts().get(RunReport.QUALITY)).containsExactly(
                    Map.entry("doubtful", 2), Map.entry("ok", 1));
            assertThat(report.doubtful()).containsExactly(List.of("b.pdf", "no headed sections found"),
                    List.of("x.pdf", "not read: encrypted"));
        }

        @Test
        void leavesOutTheThemesChartWhenNoItemHasThemes() {
            RunReport.Rows noThemes = new RunReport.Rows(ROWS.reviews(),
                    List.of(Map.of("review_id", "a", "section_type", "learning")), ROWS.documents(), ROWS.rejects());
            assertThat(RunReport.of("2026-11", noThemes).counts()).doesNotContainKey(RunReport.THEMES);
        }
    }

    @Nested
    class Page {

        private final String html = RunReportPage.render(RunReport.of("2026-11", ROWS));

        @Test
        void drawsOneBarPerCountWithItsLabelAndNumber() {
            assertThat(html).contains("<g class=\"bar\" data-label=\"death\" data-count=\"2\">");
            assertThat(html).contains("data-chart=\"Reviews by harm type\"");
            assertThat(html).contains("<span class=\"n\">4</span> reviews");
        }

        @Test
        void escapesDocumentTextAndNeedsNothingFromTheNetwork() {
            assertThat(html).contains("password &lt;b&gt;needed&lt;/b&gt;").doesNotContain("<b>needed");
            assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
        }

        @Test
        void tablesTheDoubtfulDocumentsWithTheirReasons() {
            assertThat(html).contains("<h2>Documents the self-check doubts</h2>")
                    .contains("<tr><td>b.pdf</td><td>no headed sections found</td></tr>");
            RunReport.Rows allOk = new RunReport.Rows(ROWS.reviews(), ROWS.items(),
                    List.of(Map.of("source_file", "a.pdf", "status", "loaded", "quality", "ok")), List.of());
            assertThat(RunReportPage.render(RunReport.of("2026-11", allOk))).contains("No doubtful documents.");
        }

        @Test
        void dropsControlCharactersFromText() {
            assertThat(RunReportPage.escape("a\u0000b\u001bc\nd")).isEqualTo("abc d");
        }
    }
}
