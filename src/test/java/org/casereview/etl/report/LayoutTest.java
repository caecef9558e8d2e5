package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutTest {

    static final String LEFT = "The left column tells how the family came to the area and which services they used "
            + "in the first months, before the school raised any concern about the children.";
    static final String RIGHT = "The right column tells what happened after the referral, when the case was "
            + "closed without a home visit and the family moved to another address.";

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Nested
    class TwoColumns {

        @Test
        void leftColumnIsReadBeforeTheRightOne() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("1. Background")
                    .twoColumns(LEFT + " " + LEFT + " " + LEFT, RIGHT + " " + RIGHT + " " + RIGHT)
                    .heading1("2. Conclusion")
                    .paragraph("The review ends here, below both columns.")
                    .save(dir.resolve("columns.pdf"));
            var sections = extractor.extract(pdf).sections();
            assertThat(sections.get(0).text())
                    .isEqualTo(String.join(" ", LEFT, LEFT, LEFT) + "\n" + String.join(" ", RIGHT, RIGHT, RIGHT));
            assertThat(sections.get(1).text()).isEqualTo("The review ends here, below both columns.");
        }
    }

    @Nested
    class EqualColumnsTable {

        @Test
        void aTableOfTwoEqualColumnsUnderABoldHeaderIsReadByRows() throws Exception {
            String[][] rows = new String[5][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new String[] {"The partnership should carry out review action number " + (i + 1)
                        + " and report on it to the board within six months.",
                        "Accepted by the board, with a progress report due in the spring of next year."};
            }
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("1. Recommendations")
                    .table(new float[] {0.5f, 0.5f}, new String[] {"Recommendation", "Response"}, rows)
                    .save(dir.resolve("equal-table.pdf"));
            assertThat(extractor.extractWithItems(pdf).items()).extracting(ReportItem::text).containsExactly(
                    rows[0][0], rows[1][0], rows[2][0], rows[3][0], rows[4][0]);
        }
    }

    @Nested
    class Outline {

        @Test
        void bookmarksGiveHeadingsThatLookLikeBodyText() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .withOutline()
                    .newPage()
                    .heading("About this review", PdfFixtureBuilder.BODY, false, true)
                    .paragraph("The partnership decided to hold a review after the death of a baby.")
                    .heading("What we recommend", PdfFixtureBuilder.BODY, false, true)
                    .bullets("The partnership should run a safer sleep campaign.")
                    .save(dir.resolve("outline.pdf"));
            assertThat(extractor.extract(pdf).sections())
                    .extracting(Section::heading, Section::type)
                    .containsExactly(tuple("About this review", SectionType.INTRODUCTION),
                            tuple("What we recommend", SectionType.RECOMMENDATIONS));
        }
    }

    @Nested
    class PageBreaks {

        @Test
        void paragraphSplitAcrossPagesIsJoinedAndItemKeepsItsFirstPage() throws Exception {
            String recommendation = "The partnership should make sure that every practitioner who visits a family "
                    + "with a new baby asks where the baby sleeps, looks at the sleeping place, talks with both "
                    + "parents about the risks of sharing a sofa or bed after drinking alcohol, and records what "
                    + "was said so that the next practitioner can build on it.";
            Path pdf = new PdfFixtureBuilder().footer("Page {page} of {pages}").newPage()
                    .heading1("1. Recommendations")
                    .fillPageLeaving(30)
                    .numbered(recommendation, "The partnership should audit the use of the tool.")
                    .save(dir.resolve("breaks.pdf"));
            var items = extractor.extractWithItems(pdf).items();
            assertThat(items).extracting(ReportItem::text)
                    .containsExactly(recommendation, "The partnership should audit the use of the tool.");
            assertThat(items).extracting(ReportItem::page).containsExactly(1, 2);
        }
    }

    @Nested
    class Hyphenation {

        @Test
        void wordsSplitAtLineEndsAreJoinedButCompoundsKeepTheirHyphen() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("1. Introduction")
                    .lines("The review was carried out with great sensi-",
                            "tivity, and its sensitivity was noted by the family. Decision-",
                            "making was shared.")
                    .heading1("2. Conclusion")
                    .paragraph("Done.")
                    .save(dir.resolve("hyphens.pdf"));
            assertThat(extractor.extract(pdf).sections().get(0).text()).isEqualTo(
                    "The review was carried out with great sensitivity, and its sensitivity was noted by the "
                            + "family. Decision-making was shared.");
        }
    }

    @Nested
    class LooseLines {

        @Test
        void oneWideGapInAParagraphIsNoTable() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("1. Good practice")
                    .bullets("The school nurse saw the child every week and shared her notes.")
                    .lines("The health visitor\tkept in touch with the family",
                            "after the move and made sure that the new GP had the records.")
                    .heading1("2. Conclusion")
                    .paragraph("The end of the review.")
                    .save(dir.resolve("loose.pdf"));
            var report = extractor.extractWithItems(pdf);
            assertThat(report.items()).extracting(ReportItem::text)
                    .containsExactly("The school nurse saw the child every week and shared her notes.");
            assertThat(report.document().sections().get(0).text()).endsWith(
                    "The health visitor kept in touch with the family after the move and made sure that the new GP "
                            + "had the records.");
        }
    }
}
