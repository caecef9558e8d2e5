package org.casereview.etl.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes an untagged PDF as a design tool (Canva-like) exports one: every word its own text object at its own
 * matrix, no space glyphs, the gap between words a space and the line's letter spacing ({@code Tc}); labels in
 * letter-spaced bold capitals.
 */
public final class WordObjectsPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** One printed line: bold or not, its size, its letter spacing in points, its words. */
    public record Line(boolean bold, float size, float tracking, String text) {
        public static Line plain(String text) {
            return new Line(false, 10, 0, text);
        }

        public static Line title(String text) {
            return new Line(true, 14, 0, text);
        }

        /** A label as the design tool sets it: bold capitals at 9 pt, 1.6 pt apart. */
        public static Line label(String text) {
            return new Line(true, 9, 1.6f, text);
        }
    }

    private WordObjectsPdf() {
    }

    /** The lines down one A4 page from 60 pt below its top, 16 pt apart. */
    public static Path write(Path file, List<Line> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - 60;
                for (Line line : lines) {
                    words(content, line, 48, y);
                    y -= 16;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void words(PDPageContentStream content, Line line, float x, float y) throws IOException {
        PDType1Font font = line.bold() ? BOLD : REGULAR;
        float space = font.getStringWidth(" ") / 1000 * line.size();
        for (String word : line.text().split(" ")) {
            content.beginText();
            content.setFont(font, line.size());
            content.setCharacterSpacing(line.tracking());
            content.newLineAtOffset(x, y);
            content.showText(word);
            content.endText();
            x += font.getStringWidth(word) / 1000 * line.size() + line.tracking() * word.length() + space
                    + line.tracking();
        }
    }

    /** Two invented reviews, their labels letter-spaced, each item after a '•' of its own. */
    public static List<Line> twoReviews() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(true, 20, 0, "Case review briefing: spring 2026"));
        lines.add(Line.plain("Every child, family and place in this briefing is invented."));
        lines.add(Line.title("Child QV: Child safeguarding practice review"));
        lines.add(Line.plain("Neglect of a 5-year-old girl in 2024 who often missed school. Her father, aged 31,"));
        lines.add(Line.plain("misused cannabis. Child QV is White British."));
        lines.add(Line.label("LEARNING INCLUDES:"));
        lines.add(Line.plain("\u2022 the school's worries about attendance were not shared"));
        lines.add(Line.plain("\u2022 no one asked the girl about her days at home"));
        lines.add(Line.label("RECOMMENDATIONS INCLUDE:"));
        lines.add(Line.plain("\u2022 share attendance concerns at every meeting"));
        lines.add(new Line(true, 10, 0, "Read child safeguarding practice review (PDF)"));
        lines.add(Line.title("Child QW: Serious case review"));
        lines.add(Line.plain("Physical abuse of a 9-month-old boy in Kelbridge in 2022. He had two fractures"));
        lines.add(Line.plain("of different ages. His mother, aged 20, was a care leaver."));
        lines.add(Line.label("LEARNING INCLUDES:"));
        lines.add(Line.plain("\u2022 the bruise seen at nursery was not referred"));
        lines.add(Line.plain("\u2022 the mother's own care history was not asked about"));
        lines.add(Line.label("RECOMMENDATIONS INCLUDE:"));
        lines.add(Line.plain("\u2022 refer every bruise on a baby who is not yet mobile"));
        lines.add(new Line(true, 10, 0, "Read serious case review (PDF)"));
        return lines;
    }
}
