package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings in capitals tracked 0.3 em (microtype's {@code \textls}, a design tool's letter-spacing): PDFBox parts the
 * word after every glyph, so each letter is a piece of its own and no gap inside a piece tells the line's pitch. The
 * gaps between the pieces do: the headings read whole ('INTRODUCTION', 'SCOPE OF THE REVIEW') and are typed. Single
 * letters set far apart (a table's column letters) stay apart.
 */
class TrackedCapitalsHeadingsTest {

    private static final PDFont BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont CAPS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float LEADING = 13;

    @TempDir
    Path dir;

    @Test
    void capitalsTrackedAThirdOfAnEmReadAsWholeWords() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                tracked(out, 72, 760, "INTRODUCTION");
                tracked(out, 72, 700, "SCOPE OF THE REVIEW");
                for (String letter : List.of("A", "B", "C", "D")) {
                    show(out, BODY, 10, 72 + 60 * "ABCD".indexOf(letter), 640, letter);
                }
            }
            List<String> lines = new PositionedTextStripper().read(doc).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactly("INTRODUCTION", "SCOPE OF THE REVIEW", "A B C D");
        }
    }

    @Test
    void trackedBodySizeHeadingsOpenTypedSectionsWithTheirItems() throws Exception {
        Path pdf = dir.resolve("tracked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = section(out, 780, "INTRODUCTION", "Child J was fifteen when he was seriously hurt in a fight near",
                        "his home. Every name in this review is invented for software testing.");
                y = section(out, y, "BACKGROUND", "Child J had been excluded from school in the spring and was",
                        "reported missing from home four times over the summer holidays.");
                y = section(out, y, "LEARNING", "\u2022 Exclusion from school removes a protective adult from a young",
                        "person's life and should prompt a safeguarding review.");
                section(out, y, "RECOMMENDATIONS", "1. Schools should notify children's services when a child open",
                        "to them is at risk of permanent exclusion.");
            }
            doc.save(pdf.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("INTRODUCTION", SectionType.INTRODUCTION),
                tuple("BACKGROUND", SectionType.BACKGROUND),
                tuple("LEARNING", SectionType.LEARNING),
                tuple("RECOMMENDATIONS", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Exclusion from school removes a protective adult from a young person's "
                        + "life and should prompt a safeguarding review."),
                tuple(SectionType.RECOMMENDATIONS, "Schools should notify children's services when a child open to "
                        + "them is at risk of permanent exclusion."));
    }

    private static float section(PDPageContentStream out, float y, String title, String... lines) throws IOException {
        tracked(out, 72, y, title);
        y -= 1.6f * LEADING;
        for (String line : lines) {
            boolean marked = line.startsWith("\u2022 ") || line.startsWith("1. ");
            show(out, BODY, 10, marked ? 72 : (lines[0].startsWith("\u2022") || lines[0].startsWith("1.") ? 84 : 72),
                    y, marked ? line.substring(0, line.indexOf(' ')) : line);
            if (marked) {
                show(out, BODY, 10, 84, y, line.substring(line.indexOf(' ') + 1));
            }
            y -= LEADING;
        }
        return y - LEADING;
    }

    /** Capitals at the body size, each glyph placed 3 pt (0.3 em) after the one before it, as Tc sets them. */
    private static void tracked(PDPageContentStream out, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(CAPS, 10);
        out.setCharacterSpacing(3);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        out.beginText();
        out.setCharacterSpacing(0);
        out.endText();
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
