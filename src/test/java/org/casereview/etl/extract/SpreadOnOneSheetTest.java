package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A magazine spread drawn as one landscape sheet: two portrait pages side by side, the running head and the folios of
 * both written first (each pair on one baseline, so each reads as one line across the whole sheet), then the left
 * page's text, then the right page's, whose lines stand at the heights of the left page's. Read in position order the
 * two pages' lines at one height run into one; the body is written in reading order, and the running head and folios
 * written before it are no gaps it fills. Invented reviews.
 */
class SpreadOnOneSheetTest {

    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final float HALF = 595f;

    @TempDir
    Path dir;

    @Test
    void eachPageOfTheSpreadIsReadWholeLeftThenRight() throws Exception {
        String text = new DocumentTextExtractor().extract(spread()).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child RS: Child safeguarding practice review", "Child TV: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo(
                "Death of a 5-month-old girl in 2024 who was found unresponsive on a sofa. Child RS is White British.");
        assertThat(entries.get(1).summary()).startsWith("Neglect of a 7-year-old boy in 2019").doesNotContain("Learning");
        assertThat(entries.get(1).sections()).flatExtracting(Section::items).extracting(i -> i.text()).containsExactly(
                "the school did not share its worries about his weight", "the home was not visited for a year",
                "schools to share concerns about a child's weight with the health visitor");
    }

    private Path spread() throws IOException {
        assumeTrue(Files.exists(REGULAR) && Files.exists(BOLD), "DejaVu fonts not installed");
        Path file = dir.resolve("spread.pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, REGULAR.toFile());
            PDFont bold = PDType0Font.load(document, BOLD.toFile());
            PDPage page = new PDPage(new PDRectangle(2 * HALF, 842));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, regular, 8, 54, 790, "Safeguarding news \u00b7 Case review digest");
                show(out, regular, 8, 2 * HALF - 100, 790, "March 2026");
                show(out, regular, 8, 54, 40, "2");
                show(out, regular, 8, 2 * HALF - 60, 40, "3");
                show(out, bold, 18, 54, 750, "Case reviews this month: March 2026");
                show(out, regular, 10, 54, 728, "Two case reviews were published in March 2026, invented for a test.");
                show(out, bold, 12, 54, 700, "Child RS: Child safeguarding practice review");
                show(out, regular, 10, 54, 684, "Death of a 5-month-old girl in 2024 who was found unresponsive on a sofa.");
                show(out, regular, 10, 54, 671, "Child RS is White British.");
                show(out, bold, 10, 54, 652, "Learning includes:");
                item(out, regular, 54, 638, "safer sleep advice was given to the mother only");
                item(out, regular, 54, 624, "the family's housing was not asked about");
                show(out, bold, 12, 54, 596, "Child TV: Serious case review");
                show(out, regular, 10, 54, 580, "Neglect of a 7-year-old boy in 2019 who was often hungry at school.");
                show(out, regular, 10, 54, 567, "Child TV is White British.");
                show(out, bold, 10, HALF + 54, 750, "Learning includes:");
                item(out, regular, HALF + 54, 736, "the school did not share its worries about his weight");
                item(out, regular, HALF + 54, 722, "the home was not visited for a year");
                show(out, bold, 10, HALF + 54, 700, "Recommendations include:");
                item(out, regular, HALF + 54, 686, "schools to share concerns about a child's weight with the health visitor");
                show(out, regular, 8, HALF + 54, 660, "Invented reviews, written for a test.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void item(PDPageContentStream out, PDFont font, float x, float y, String text) throws IOException {
        show(out, font, 10, x + 2, y, "\u2022");
        show(out, font, 10, x + 14, y, text);
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
