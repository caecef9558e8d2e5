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
 * Issue 9 (session 31's probe digests): each label drawn after a small box, an open one before 'Learning' and a filled
 * one before 'Recommendations' (a designer's ornament, as a checklist prints its tick boxes), the two lists side by
 * side under a full-width summary, the points marked by bullet glyphs. The boxes stand down one column, so they mark
 * their lines as a list's ('- Learning'); on main each label was read as a point and every list went into the
 * summary. A label alone after a marker is the label. Every child and place here is invented.
 */
class BoxBeforeLabelDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aBoxDrawnBeforeALabelLeavesItALabel() throws Exception {
        Path file = dir.resolve("boxed-labels-2031-05.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                show(content, BOLD, 16, 50, 790, "Case review summaries: May 2031");
                show(content, REGULAR, 9.5f, 50, 772, "Every child and place in these summaries is invented.");
                float y = entry(content, 740, "Child TWX: Child safeguarding practice review",
                        "Child TWX, a girl aged 11 months, was seriously injured in 2030.",
                        List.of("probation did not say the father had moved in", "the baby was seen only once"),
                        List.of("check for children at a released prisoner's address", "see babies at home four times"));
                entry(content, y - 24, "Child VYX: Serious case review",
                        "Child VYX, a boy aged 6, was severely neglected until 2028.",
                        List.of("missed appointments were not followed up", "his growth was put down to his disability"),
                        List.of("tell the GP about every missed appointment"));
            }
            doc.save(file.toFile());
        }
        ExtractedText text = new DocumentTextExtractor().extract(file);

        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TWX: Child safeguarding practice review", "Child VYX: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Child TWX, a girl aged 11 months, was seriously injured in 2030.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "probation did not say the father had moved in", "the baby was seen only once");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "check for children at a released prisoner's address", "see babies at home four times");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "missed appointments were not followed up", "his growth was put down to his disability");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "tell the GP about every missed appointment");
    }

    private static float entry(PDPageContentStream content, float y, String title, String summary, List<String> learning,
                               List<String> recommendations) throws IOException {
        y = show(content, BOLD, 12, 50, y, title) - 2;
        y = show(content, REGULAR, 10, 50, y, summary) - 8;
        float left = column(content, 50, y, "Learning", learning, false);
        float right = column(content, 310, y, "Recommendations", recommendations, true);
        return Math.min(left, right);
    }

    private static float column(PDPageContentStream content, float x, float y, String label, List<String> points,
                                boolean filled) throws IOException {
        content.setLineWidth(0.8f);
        content.addRect(x, y - 0.5f, 7, 7);
        if (filled) {
            content.fill();
        } else {
            content.stroke();
        }
        y = show(content, BOLD, 10, x + 12, y, label) - 2;
        for (String point : points) {
            show(content, REGULAR, 9.5f, x, y, "\u2022");
            y = show(content, REGULAR, 9.5f, x + 10, y, point);
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
        return y - 12;
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
