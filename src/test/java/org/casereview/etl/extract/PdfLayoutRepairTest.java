package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.extract.PdfPageLines.Line;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfLayoutRepairTest {

    @TempDir
    Path dir;

    /** A line of a test page: its text, its baseline from the top of a 792pt page, and whether a dot is drawn before it. */
    private record Printed(String text, float fromTop, boolean dot) {
    }

    private Path pdf(List<List<Printed>> pages) throws IOException {
        Path file = dir.resolve("digest.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (List<Printed> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (Printed line : lines) {
                        float baseline = height - line.fromTop();
                        if (line.dot()) {
                            // a browser's disc marker: a small filled square-ish shape left of the text, at x-height
                            content.addRect(62, baseline + 2.5f, 3.5f, 3.5f);
                            content.fill();
                        }
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                        content.newLineAtOffset(line.dot() ? 75 : 50, baseline);
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Printed body(String text, float fromTop) {
        return new Printed(text, fromTop, false);
    }

    private static Printed bullet(String text, float fromTop) {
        return new Printed(text, fromTop, true);
    }

    @Nested
    class DrawnBullets {

        @Test
        void aLineWithADrawnDotBeforeItBecomesAListItem() throws Exception {
            Path file = pdf(List.of(List.of(
                    body("Learning includes:", 100),
                    bullet("dental neglect was not recognised", 120),
                    bullet("missed appointments were not followed up", 140),
                    body("Read practice review (PDF)", 170))));

            String text = new DocumentTextExtractor().extract(file).text();

            assertThat(text).containsPattern("(?m)^- dental neglect was not recognised$")
                    .containsPattern("(?m)^- missed appointments were not followed up$")
                    .doesNotContain("- Learning includes:").doesNotContain("- Read practice review");
        }

        @Test
        void aDotFarFromTheLineIsNoBullet() throws Exception {
            Path file = pdf(List.of(List.of(body("Learning includes:", 100), body("one point only", 200),
                    new Printed("elsewhere", 400, true))));

            assertThat(new DocumentTextExtractor().extract(file).text()).doesNotContain("- one point only");
        }
    }

    @Nested
    class RunningHeadersAndFooters {

        @Test
        void aHeaderAndFooterOnEveryPageAreTakenOutSoAListCrossesThePageBreak() throws Exception {
            Path file = pdf(List.of(
                    List.of(body("26/11/2026, 10:38 NSPCC Repository", 20), body("Learning includes:", 700),
                            bullet("the first point", 720), body("file:///tmp/repository.html 1/2", 775)),
                    List.of(body("26/11/2026, 10:38 NSPCC Repository", 20), bullet("the second point", 80),
                            body("Read practice review (PDF)", 110), body("file:///tmp/repository.html 2/2", 775))));

            String text = new DocumentTextExtractor().extract(file).text();

            assertThat(text).doesNotContain("NSPCC Repository").doesNotContain("file:///")
                    .contains("- the first point").contains("- the second point");
        }

        @Test
        void aHeadSeenOnOnePageIsFurnitureWhenItEndsInThatPagesNumber() throws Exception {
            Path file = pdf(List.of(
                    List.of(body("1", 40), body("The first page of the chapter starts here.", 120)),
                    List.of(body("Chapter 1: Quarterly safeguarding digest 2", 40),
                            body("- the second point of the list", 120)),
                    List.of(body("3", 40), body("The last page of the chapter.", 120))));

            String text = new DocumentTextExtractor().extract(file).text();

            assertThat(text).doesNotContain("Chapter 1").contains("the second point of the list")
                    .contains("The last page of the chapter.");
        }

        @Test
        void aMarginLineEndingInAnotherNumberThanItsPagesStays() throws Exception {
            Path file = pdf(List.of(
                    List.of(body("1", 40), body("The first page of the chapter starts here.", 120)),
                    List.of(body("Children seen by the team in week 7", 40), body("The second page.", 120)),
                    List.of(body("3", 40), body("The last page of the chapter.", 120))));

            assertThat(new DocumentTextExtractor().extract(file).text()).contains("Children seen by the team in week 7");
        }

        @Test
        void aLineRepeatedInTheBodyOfThePagesStays() {
            List<List<Line>> pages = List.of(
                    List.of(new Line("Read practice review (PDF)", false, 0.5f), new Line("Page 1", false, 0.97f)),
                    List.of(new Line("Read practice review (PDF)", false, 0.5f), new Line("Page 2", false, 0.97f)));

            assertThat(PdfLayoutRepair.runningLines(pages)).containsExactlyInAnyOrder("Page 1", "Page 2");
        }

        @Test
        void linkUrlsPrintedAtAPageFootAreFurnitureButTheTextAboveThemStays() {
            List<List<Line>> pages = List.of(List.of(
                    new Line("Recommendations include:", false, 0.6f),
                    new Line("- see https://example.org/guide.pdf for the guide", false, 0.65f),
                    new Line("1", false, 0.86f),
                    new Line("https://learning.example.org/media/4103/young-people-harmed-online-", false, 0.88f),
                    new Line("2025.pdf", false, 0.9f),
                    new Line("Page 1", false, 0.97f)));

            assertThat(PdfLayoutRepair.printedLinkUrls(pages, java.util.Set.of("Page 1"))).containsExactlyInAnyOrder(
                    "1", "https://learning.example.org/media/4103/young-people-harmed-online-", "2025.pdf");
        }

        @Test
        void noteUrlsAboveAFooterThatRepeatsAboveTheMarginAreFurniture() {
            List<List<Line>> pages = List.of(List.of(
                    new Line("- offer support within four weeks", false, 0.81f),
                    new Line("1 https://short.example/cr11", false, 0.837f),
                    new Line("2 https://short.example/cr12", false, 0.851f),
                    new Line("Case reviews digest: May 2026 \u2013 page 1", false, 0.912f)), List.of(
                    new Line("Read practice review (PDF)3", false, 0.1f),
                    new Line("3 https://short.example/cr13", false, 0.851f),
                    new Line("Case reviews digest: May 2026 \u2013 page 2", false, 0.912f)));

            assertThat(PdfLayoutRepair.printedLinkUrls(pages, PdfLayoutRepair.runningLines(pages))).containsExactlyInAnyOrder(
                    "1 https://short.example/cr11", "2 https://short.example/cr12", "3 https://short.example/cr13");
            assertThat(PdfLayoutRepair.repair("- offer support within four weeks\n\n1 https://short.example/cr11\n"
                    + "2 https://short.example/cr12\n\nRead practice review (PDF)3\n\n3 https://short.example/cr13", pages))
                    // the line marked with note 3, on the note's page, takes the note's address as its link (FootnoteLinks)
                    .isEqualTo("- offer support within four weeks\n\n[Read practice review (PDF)](https://short.example/cr13)");
        }

        @Test
        void aUrlAboveALineOfItsPageOnlyIsText() {
            List<List<Line>> pages = List.of(List.of(
                    new Line("https://short.example/cr11", false, 0.85f),
                    new Line("Continued overleaf", false, 0.9f)), List.of(new Line("body", false, 0.5f)));

            assertThat(PdfLayoutRepair.printedLinkUrls(pages, PdfLayoutRepair.runningLines(pages))).isEmpty();
        }

        @Test
        void aUrlInTheUpperHalfOfAPageIsText() {
            List<List<Line>> pages = List.of(List.of(new Line("https://learning.example.org/x.pdf", false, 0.3f)));

            assertThat(PdfLayoutRepair.printedLinkUrls(pages, java.util.Set.of())).isEmpty();
        }

        @Test
        void aOnePagePdfHasNoRunningLines() {
            List<List<Line>> pages = List.of(List.of(new Line("NSPCC Repository", false, 0.02f)));

            assertThat(PdfLayoutRepair.runningLines(pages)).isEmpty();
        }

        @Test
        void aMarginLineOnOnlyOneOfThreePagesStays() {
            List<List<Line>> pages = List.of(
                    List.of(new Line("Continued overleaf", false, 0.97f)),
                    List.of(new Line("body", false, 0.5f)),
                    List.of(new Line("body", false, 0.5f)));

            assertThat(PdfLayoutRepair.runningLines(pages)).isEmpty();
            assertThat(PdfLayoutRepair.repair("Continued overleaf\n\nbody", pages)).isEqualTo("Continued overleaf\n\nbody");
        }
    }

    @Nested
    class WrappedListItems {

        @Test
        void anIndentedWrappedLineReadAsANewParagraphGoesBackUnderItsItem() {
            String text = PdfLayoutRepair.joinWrappedItems(List.of("Identifies good practice including:",
                    "- a police coordinator who built trusting", "", "relationships with the young people", "",
                    "Recommendations include:"));

            assertThat(text).isEqualTo("Identifies good practice including:\n- a police coordinator who built trusting\n"
                    + "relationships with the young people\n\nRecommendations include:");
        }

        @Test
        void aFinishedItemOrAnUpperCaseParagraphIsNotJoined() {
            List<String> lines = List.of("- the first point;", "", "the second point", "", "- an item", "", "Read the review");

            assertThat(PdfLayoutRepair.joinWrappedItems(lines))
                    .isEqualTo("- the first point;\n\nthe second point\n\n- an item\n\nRead the review");
        }

        /** b49 kind 5: a slide's Wingdings bullet (U+F0FC) opens the item; its one-word wrapped line goes back on it. */
        @Test
        void aShortWrappedLineGoesBackUnderAnItemOpenedByASymbolFontBullet() {
            String text = PdfLayoutRepair.joinWrappedItems(List.of("Learning includes:",
                    "\uf0fc the drug service did not check where the methadone was", "", "stored", "",
                    "\uf0fc nursery staff noticed he was often sleepy", "", "Recommendations include:",
                    "\uf071 assess every informal kinship arrangement that lasts more", "", "than 28 days"));

            assertThat(text).isEqualTo("Learning includes:\n\uf0fc the drug service did not check where the methadone was\n"
                    + "stored\n\n\uf0fc nursery staff noticed he was often sleepy\n\nRecommendations include:\n"
                    + "\uf071 assess every informal kinship arrangement that lasts more\nthan 28 days");
        }

        @Test
        void aLowerCaseParagraphAfterOrdinaryTextStaysAParagraph() {
            assertThat(PdfLayoutRepair.joinWrappedItems(List.of("Summary text without a stop", "", "and more")))
                    .isEqualTo("Summary text without a stop\n\nand more");
        }
    }
}
