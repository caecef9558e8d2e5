package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Two entries side by side on a landscape page, a vertical rule between them, the lines written row by row across both
 * halves (the left half's line, then the right half's at the same height), as a program filling a 2x1 grid draws
 * them; the heading over both halves and a footer under them. Read in stream order each pair of lines runs into one.
 * With row rules meeting the vertical rule (a ruled table), the page stays read row by row. Invented reviews.
 */
class RuledColumnsDigestTest {

    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    @TempDir
    Path dir;

    private record Line(float x, float y, boolean bold, String text) {
    }

    @Test
    void eachHalfIsReadWholeLeftThenRight() throws Exception {
        String text = new DocumentTextExtractor().extract(page(false)).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child RW: Child safeguarding practice review", "Child TX: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo("Death of a 4-month-old girl in 2024 who was found"
                + " unresponsive on a sofa. Child RW is White British.");
        assertThat(entries.get(1).summary()).isEqualTo("Neglect of a 7-year-old boy in 2019 who was often hungry"
                + " at school. Child TX is White British.");
        assertThat(entries.get(0).sections()).flatExtracting(Section::items).extracting(i -> i.text()).containsExactly(
                "safer sleep advice was given to the mother only", "the family's housing was not asked about",
                "health visitors to give safer sleep advice to both parents");
        assertThat(entries.get(1).sections()).flatExtracting(Section::items).extracting(i -> i.text()).containsExactly(
                "the school did not share its worries about his weight", "the home was not visited for a year",
                "schools to share concerns about a child's weight");
    }

    @Test
    void aRuledTableWhoseRowRulesMeetTheColumnRuleStaysReadRowByRow() throws Exception {
        String text = new DocumentTextExtractor().extract(page(true)).text();

        assertThat(text).contains("Child RW: Child safeguarding practice review Child TX: Serious case review");
    }

    private Path page(boolean rowRules) throws IOException {
        assumeTrue(Files.exists(REGULAR) && Files.exists(BOLD), "DejaVu fonts not installed");
        Path file = dir.resolve(rowRules ? "table.pdf" : "halves.pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, REGULAR.toFile());
            PDFont bold = PDType0Font.load(document, BOLD.toFile());
            PDPage page = new PDPage(new PDRectangle(842, 595));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, bold, 17, 40, 540, "Case review digest: March 2026");
                show(out, regular, 10, 40, 522, "Two case reviews were published in March 2026, invented for a test.");
                List<Line> lines = new ArrayList<>(half(40, "Child RW: Child safeguarding practice review",
                        "Death of a 4-month-old girl in 2024 who was found", "unresponsive on a sofa. Child RW is White British.",
                        "safer sleep advice was given to the mother only", "the family's housing was not asked about",
                        "health visitors to give safer sleep advice to both parents"));
                lines.addAll(half(436, "Child TX: Serious case review", "Neglect of a 7-year-old boy in 2019 who was often",
                        "hungry at school. Child TX is White British.", "the school did not share its worries about his weight",
                        "the home was not visited for a year", "schools to share concerns about a child's weight"));
                lines.sort(Comparator.comparing((Line l) -> -l.y()).thenComparing(Line::x));
                for (Line line : lines) {
                    show(out, line.bold() ? bold : regular, line.bold() ? 12 : 10, line.x(), line.y(), line.text());
                }
                out.setLineWidth(0.8f);
                out.moveTo(421, 60);
                out.lineTo(421, 505);
                out.stroke();
                if (rowRules) {
                    for (float y : new float[] {480, 440, 400}) {
                        out.moveTo(40, y);
                        out.lineTo(802, y);
                        out.stroke();
                    }
                }
                show(out, regular, 8, 40, 30, "Invented reviews, written for a test.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static List<Line> half(float x, String title, String summary1, String summary2, String learning1,
                                   String learning2, String recommendation) {
        return List.of(new Line(x, 490, true, title), new Line(x, 472, false, summary1), new Line(x, 459, false, summary2),
                new Line(x, 440, true, "Learning includes:"), new Line(x + 2, 426, false, "\u2022"),
                new Line(x + 14, 426, false, learning1), new Line(x + 2, 412, false, "\u2022"),
                new Line(x + 14, 412, false, learning2), new Line(x, 392, true, "Recommendations include:"),
                new Line(x + 2, 378, false, "\u2022"), new Line(x + 14, 378, false, recommendation));
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
