package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;
import static org.casereview.etl.report.PlacedText.TIMES_BOLD;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Words of very different sizes that share a baseline band are one line only when they are set together: a masthead
 * with the issue line beside it, or a heading a browser's fixed banner is printed over, are two lines; a drop cap, a
 * note call, small capitals or a larger bullet before its text stay in their line. Invented text.
 */
class MixedSizeBaselineTest {

    private static TextFragment fragment(String text, float x, float y, float size, boolean bold) {
        return new TextFragment(text, x, x + text.length() * size * 0.5f, y, size, bold);
    }

    private static List<String> lines(TextFragment... fragments) {
        return LineAssembler.lines(1, List.of(fragments)).stream().map(TextLine::text).toList();
    }

    @Nested
    class Apart {

        @Test
        void aMastheadAndTheIssueLineBesideItAreTwoLines() {
            assertThat(lines(fragment("Safeguarding", 50, 72, 32, true),
                    fragment("Issue 9 | Autumn 2025 | Wrayford Partnership", 330, 72, 9, false)))
                    .containsExactly("Issue 9 | Autumn 2025 | Wrayford Partnership", "Safeguarding");
        }

        @Test
        void aHeadingUnderABannerPrintedOverItIsALineOfItsOwn() {
            assertThat(lines(fragment("site.", 44, 787.5f, 9, false),
                    fragment("What we learned", 46, 789.8f, 20, true),
                    fragment("Accept cookies", 74, 787.5f, 9, true),
                    fragment("Reject cookies", 205, 787.5f, 9, true)))
                    .containsExactly("site. Accept cookies Reject cookies", "What we learned");
        }

        @Test
        void aLargeWordAfterARuledCellEdgeIsALineOfItsOwn() {
            TextFragment figure = new TextFragment("Seven", 156, 216, 300, 24, true).withRuleBefore();
            assertThat(lines(fragment("agencies took part", 60, 300, 10, false), figure))
                    .containsExactly("agencies took part", "Seven");
        }
    }

    @Nested
    class Together {

        @Test
        void aBoldRunInLabelAtBodySizeStaysInItsLine() {
            assertThat(lines(fragment("Finding 2:", 60, 400, 11, true),
                    fragment("the plan was not shared with the school.", 118, 400, 11, false)))
                    .containsExactly("Finding 2: the plan was not shared with the school.");
        }

        @Test
        void aDropCapStaysWithTheTextBesideIt() {
            TextFragment cap = new TextFragment("T", 60, 80, 300, 36, false);
            assertThat(lines(cap, fragment("he review began in May 2024.", 84, 300, 11, false)))
                    .containsExactly("The review began in May 2024.");
        }

        /** A three-line cap on the third line's baseline (b47 kind 1) is the first letter of the paragraph's first line. */
        @Test
        void aDropCapThreeLinesTallJoinsTheFirstLinesFirstWord() {
            TextFragment cap = new TextFragment("S", 60, 80, 300 + 2 * 12.2f + 1, 30, true, true);
            assertThat(lines(cap, fragment("udden unexpected death of a girl", 83, 300, 9.5f, false),
                    fragment("in 2024 while sharing a sofa", 83, 312.2f, 9.5f, false),
                    fragment("with her father, who had", 83, 324.4f, 9.5f, false),
                    fragment("been drinking. Both parents had", 60, 336.6f, 9.5f, false),
                    fragment("been given safer sleep advice.", 60, 348.8f, 9.5f, false)))
                    .containsExactly("Sudden unexpected death of a girl", "in 2024 while sharing a sofa",
                            "with her father, who had", "been drinking. Both parents had", "been given safer sleep advice.");
        }

        /** A tall letter in a margin column, its paragraph never coming back under it, is no first letter of it. */
        @Test
        void aTallMarginLetterIsNotJoinedToTheParagraphBesideIt() {
            TextFragment label = new TextFragment("A", 60, 80, 300 + 2 * 12.2f + 1, 30, true);
            assertThat(lines(label, fragment("The terms of reference agreed", 90, 300, 9.5f, false),
                    fragment("for each of the reviews in", 90, 312.2f, 9.5f, false),
                    fragment("this digest, with the dates", 90, 324.4f, 9.5f, false),
                    fragment("on which the panel met.", 90, 336.6f, 9.5f, false)))
                    .startsWith("The terms of reference agreed");
        }

        @Test
        void smallCapitalsStayInTheirWord() {
            assertThat(lines(fragment("R", 60, 200, 11, false), fragment("EVIEW", 66, 200, 8, false),
                    fragment("of the case", 92, 200, 11, false)))
                    .containsExactly("REVIEW of the case");
        }

        @Test
        void aNoteCallStaysOutOfTheTextAndTheLineWhole() {
            assertThat(lines(fragment("The plan was recorded.", 60, 200, 11, false),
                    new TextFragment("3", 181, 184, 196, 6, false),
                    fragment("It was not shared.", 190, 200, 11, false)))
                    .containsExactly("The plan was recorded. It was not shared.");
        }

        @Test
        void aLargeBulletSetBeforeItsTextStaysInTheLine() {
            assertThat(lines(new TextFragment("\u25CF", 60, 72, 200, 18, false),
                    fragment("Share the plan with the school.", 96, 200, 10, false)))
                    .containsExactly("\u25CF Share the plan with the school.");
        }
    }

    @Nested
    class DrawnPage {

        private static final float TOP = PDRectangle.A4.getHeight();

        @Test
        void theMastheadTheIssueLineAndTheHeadingUnderTheBannerAreReadApart() throws IOException {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    PlacedText.show(out, HELVETICA_BOLD, 32, 40, TOP - 70, "Safeguarding");
                    PlacedText.show(out, HELVETICA, 9, 330, TOP - 70, "Issue 14 | Spring 2025 | Invented partnership");
                    PlacedText.show(out, TIMES_BOLD, 11, 40, TOP - 200, "Finding 1:");
                    PlacedText.show(out, TIMES, 11, 95, TOP - 200, "the school nurse was not told of the plan.");
                    PlacedText.show(out, HELVETICA_BOLD, 20, 46, TOP - 789.8f, "What we learned");
                    PlacedText.show(out, HELVETICA, 9, 44, TOP - 787.5f, "site.");
                    PlacedText.show(out, HELVETICA_BOLD, 9, 74, TOP - 787.5f, "Accept cookies");
                }
                List<TextLine> lines = new PositionedTextStripper().read(doc).get(0).lines();

                assertThat(lines).extracting(TextLine::text).containsExactly(
                        "Issue 14 | Spring 2025 | Invented partnership", "Safeguarding",
                        "Finding 1: the school nurse was not told of the plan.",
                        "site. Accept cookies", "What we learned");
                assertThat(lines.get(1).fontSize()).isEqualTo(32f);
                assertThat(lines.get(4).fontSize()).isEqualTo(20f);
                assertThat(lines.get(4).bold()).isTrue();
            }
        }
    }
}
