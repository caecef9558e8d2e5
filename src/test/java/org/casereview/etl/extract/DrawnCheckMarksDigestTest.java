package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (session 30's probe digests): an untagged digest whose points are marked by check marks drawn as strokes (two
 * slanting segments, no glyph), down one column. Each point is an item, as with drawn dots and tick boxes; on main each
 * list was one item. Every child and place here is invented.
 */
class DrawnCheckMarksDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void checkMarksDrawnAsStrokesMarkThePoints() throws Exception {
        Path file = dir.resolve("ticks-2031-05.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = show(content, BOLD, 16, 50, 790, "Case review round-up: May 2031") - 8;
                y = show(content, REGULAR, 10, 50, y, "Two reviews were published in May 2031. Every child and place here"
                        + " is invented.") - 10;
                y = entry(content, y, "Child QWE: Child safeguarding practice review", "Neglect of a 5-year-old boy in"
                        + " 2030 who often missed school.", List.of("his absences were not followed up",
                        "the family's move was not shared"), List.of("follow up every absence of a child on a plan",
                        "share moves between schools"));
                entry(content, y - 10, "Child RTY: Learning review", "Physical abuse of a 9-year-old girl in 2029 by her"
                        + " stepfather.", List.of("bruises were not added together", "she was not seen alone"),
                        List.of("keep a chronology of injuries"));
            }
            doc.save(file.toFile());
        }
        ExtractedText text = new DocumentTextExtractor().extract(file);

        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QWE: Child safeguarding practice review", "Child RTY: Learning review");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "his absences were not followed up", "the family's move was not shared");
        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "follow up every absence of a child on a plan", "share moves between schools");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "bruises were not added together", "she was not seen alone");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "keep a chronology of injuries");
    }

    private static float entry(PDPageContentStream content, float y, String title, String summary, List<String> learning,
                               List<String> recommendations) throws IOException {
        y = show(content, BOLD, 11, 50, y, title) - 2;
        y = show(content, REGULAR, 10, 50, y, summary) - 4;
        y = list(content, y, "Learning includes:", learning);
        return list(content, y - 4, "Recommendations include:", recommendations);
    }

    private static float list(PDPageContentStream content, float y, String label, List<String> points)
            throws IOException {
        y = show(content, BOLD, 10, 50, y, label);
        for (String point : points) {
            content.setLineWidth(1.2f);
            content.moveTo(60, y + 3.5f);
            content.lineTo(62.5f, y + 0.5f);
            content.lineTo(67, y + 7);
            content.stroke();
            y = show(content, REGULAR, 10, 72, y, point);
        }
        return y;
    }

    private static float show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - 13;
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
