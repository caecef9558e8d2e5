package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page number printed well above the page's foot, as LaTeX's default article layout sets it on A4 (the number
 * centred 121 pt above the bottom edge, the text block ending 47 pt above it): a line that is only a number, under
 * every other line of its page, at one place on most pages and counting up with them, is the page's number, not
 * text, wherever the page's margin is taken to end. An invented review; no real case.
 */
class HighFootPageNumbersTest {

    private static final BodyStyle BODY_STYLE = new BodyStyle(10);

    @Nested
    class DrawnReport {

        private static final float TOP = 842;
        private static final float LEFT = 89;
        private static final float PITCH = 12;
        private static final float LAST_LINE = 674;
        private static final float NUMBER_LINE = 721;

        @TempDir
        Path dir;

        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        private final List<PDPageContentStream> pages = new ArrayList<>();
        private PDDocument doc;
        private float y;

        @Test
        void theNumberLeavesTheTextAndAnItemOverThePageBreakIsJoinedWithoutIt() throws Exception {
            Path pdf = dir.resolve("child-n.pdf");
            try (PDDocument document = new PDDocument()) {
                doc = document;
                draw();
                for (int n = 0; n < pages.size(); n++) {
                    text(pages.get(n), regular, 10, 295, NUMBER_LINE, String.valueOf(n + 1));
                    pages.get(n).close();
                }
                doc.save(pdf.toFile());
            }
            var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

            assertThat(report.document().sections()).extracting(Section::heading)
                    .containsExactly("1 Introduction", "2 Background", "3 Learning", "4 Recommendations");
            assertThat(report.document().sections()).extracting(Section::text)
                    .noneMatch(text -> text.matches("(?s).*(^|\\n)\\d(\\n|$).*"));
            assertThat(report.document().sections().get(1).text()).contains(
                    "fell in the autumn term and she was often late.");
            assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                    tuple(SectionType.LEARNING, "Workers saw each visit on its own and did not put together what "
                            + "the school, the GP and the housing officer had seen over the year.", 2),
                    tuple(SectionType.LEARNING, "The father's care of Child N was accepted without asking who "
                            + "else lived in the house or who looked after her when he was at work, although the "
                            + "school had asked twice.", 2),
                    tuple(SectionType.LEARNING, "Nobody asked Child N herself what life at home was like.", 3),
                    tuple(SectionType.RECOMMENDATIONS, "The partnership should make sure that every worker who "
                            + "visits a family reads the records of the other agencies first.", 3),
                    tuple(SectionType.RECOMMENDATIONS, "Schools should be told when a referral they made is "
                            + "closed and why.", 3));
        }

        private void draw() throws IOException {
            PDPageContentStream out = newPage();
            text(out, bold, 17, 150, 130, "Serious Case Review: Child N");
            text(out, regular, 12, 210, 160, "Eastmoor Safeguarding Board");
            y = 200;
            heading("1 Introduction");
            paragraph("This review concerns Child N, a girl of nine who was neglected at home for more than a",
                    "year before she was taken into care in the winter of 2018. The board asked for the",
                    "review because several agencies knew the family and none of them acted on what it saw.");
            heading("2 Background");
            fillWhileAbove(LAST_LINE - PITCH);
            // the page's last line: the sentence goes on at the top of the next page
            line("Child N went to the primary school nearby, where her attendance fell in the autumn term");
            line("and she was often late.");
            line("In the spring the family moved to a house rented from a private landlord, and the");
            line("school noticed that Child N came in hungry and wore the same clothes for several days.");
            // the heading and the first entry take 61 pt: the second entry starts on the page's last line
            fillWhileAbove(LAST_LINE - PITCH - 61);
            heading("3 Learning");
            item("1.", "Workers saw each visit on its own and did not put together what the school, the GP",
                    "and the housing officer had seen over the year.");
            item("2.", "The father's care of Child N was accepted without asking who else lived in the house",
                    "or who looked after her when he was at work, although the school had asked twice.");
            item("3.", "Nobody asked Child N herself what life at home was like.");
            heading("4 Recommendations");
            item("1.", "The partnership should make sure that every worker who visits a family reads the",
                    "records of the other agencies first.");
            item("2.", "Schools should be told when a referral they made is closed and why.");
        }

        /** Body lines, each of its own month and agency, while the line would start above the given height. */
        private void fillWhileAbove(float limit) throws IOException {
            String[] agencies = {"health visitor", "school nurse", "housing officer", "police", "GP"};
            int n = 0;
            while (y <= limit) {
                line("In month " + (n % 12 + 1) + " of " + (2016 + n / 12) + " the " + agencies[n % agencies.length]
                        + " saw the family at home and wrote down what was seen.");
                n++;
            }
        }

        private PDPageContentStream newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream out = new PDPageContentStream(doc, page);
            pages.add(out);
            y = 100;
            return out;
        }

        private PDPageContentStream out() throws IOException {
            return y > LAST_LINE ? newPage() : pages.get(pages.size() - 1);
        }

        private void heading(String title) throws IOException {
            y += 14;
            if (y > LAST_LINE - 3 * PITCH) {
                newPage();
            }
            text(out(), bold, 14, LEFT, y, title);
            y += 20;
        }

        private void paragraph(String... lines) throws IOException {
            for (String text : lines) {
                line(text);
            }
        }

        private void line(String text) throws IOException {
            PDPageContentStream out = out();
            text(out, regular, 10, LEFT, y, text);
            y += PITCH;
        }

        /** A list entry: the number hung in the margin of the text, later lines under the text. */
        private void item(String number, String... lines) throws IOException {
            for (int i = 0; i < lines.length; i++) {
                PDPageContentStream out = out();
                if (i == 0) {
                    text(out, regular, 10, LEFT + 6, y, number);
                }
                text(out, regular, 10, LEFT + 20, y, lines[i]);
                y += PITCH;
            }
            y += 3;
        }

        private void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
                throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, TOP - top);
            out.showText(text);
            out.endText();
        }
    }

    @Nested
    class Lines {

        private TextLine line(int page, float y, String text) {
            return new TextLine(page, text, List.of(new TextFragment(text, 290, 290 + text.length() * 5f, y, 10, false)));
        }

        private PageText page(int number, TextLine... lines) {
            return new PageText(number, 595, 842, List.of(lines));
        }

        private List<List<String>> kept(List<PageText> pages) {
            return FurnitureFilter.filter(pages, BODY_STYLE).stream()
                    .map(p -> p.lines().stream().map(TextLine::text).toList()).toList();
        }

        @Test
        void aNumberUnderTheTextCountingUpFromAnUnnumberedCoverGoes() {
            List<PageText> pages = List.of(page(1, line(1, 300, "Child N")),
                    page(2, line(2, 100, "The family moved."), line(2, 660, "She was late."), line(2, 715, "1")),
                    page(3, line(3, 100, "The school rang."), line(3, 500, "Nobody came."), line(3, 716, "2")),
                    page(4, line(4, 100, "The case closed."), line(4, 715, "Page 3 of 3")));
            assertThat(kept(pages)).containsExactly(List.of("Child N"), List.of("The family moved.", "She was late."),
                    List.of("The school rang.", "Nobody came."), List.of("The case closed."));
        }

        @Test
        void numbersThatDoNotCountUpWithThePagesOrStandAtDifferentHeightsStay() {
            List<PageText> notCounting = List.of(
                    page(1, line(1, 150, "Referrals in 2017:"), line(1, 700, "12")),
                    page(2, line(2, 150, "Referrals in 2018:"), line(2, 700, "40")),
                    page(3, line(3, 150, "Referrals in 2019:"), line(3, 700, "7")));
            assertThat(kept(notCounting)).allSatisfy(lines -> assertThat(lines).hasSize(2));
            List<PageText> wandering = List.of(
                    page(1, line(1, 150, "Step one:"), line(1, 400, "1")),
                    page(2, line(2, 150, "Step two:"), line(2, 520, "2")),
                    page(3, line(3, 150, "Step three:"), line(3, 640, "3")));
            assertThat(kept(wandering)).allSatisfy(lines -> assertThat(lines).hasSize(2));
        }

        @Test
        void aNumberWithTextUnderItIsNoFoot() {
            List<PageText> pages = List.of(
                    page(1, line(1, 150, "Text one."), line(1, 700, "1"), line(1, 712, "More text on one.")),
                    page(2, line(2, 150, "Text two."), line(2, 700, "2"), line(2, 712, "More text on two.")),
                    page(3, line(3, 150, "Text three."), line(3, 700, "3"), line(3, 712, "More text on three.")));
            assertThat(kept(pages)).allSatisfy(lines -> assertThat(lines).hasSize(3));
        }
    }
}
