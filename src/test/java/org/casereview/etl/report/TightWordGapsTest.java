package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words set without space glyphs, each placed by a text-positioning gap (as pdfTeX does), on a tight justified
 * line: gaps of 0.17 em, smaller than PDFBox's guess from the glyph widths before a wide letter. An embedded
 * subset font with no space glyph; skipped without DejaVu fonts.
 */
class TightWordGapsTest {

    private static final Path SERIF = Paths.get("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final float SIZE = 10;

    @TempDir
    Path dir;

    @Test
    void aGapOfASixthOfAnEmBetweenGlyphsThatOtherwiseTouchIsAWordSpace() throws IOException {
        assumeTrue(Files.exists(SERIF), "DejaVu fonts not installed");
        Path pdf = dir.resolve("tight.pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, SERIF.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, font, 700, -170, "When", "a", "family", "moves,", "the", "new", "team", "must", "know");
                line(out, font, 686, -175, "Care", "leavers", "who", "become", "parents", "may", "need", "help");
                // letter-spaced: every glyph 0.15 em apart, words 0.4 em apart, read as words as before
                out.beginText();
                out.setFont(font, SIZE);
                out.setCharacterSpacing(1.5f);
                out.newLineAtOffset(72, 672);
                out.showTextWithPositioning(new Object[] {"LEARNING", -250f, "POINTS"});
                out.endText();
            }
            // saved and loaded again: the font is subset (no space glyph) only when saved
            document.save(pdf.toFile());
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactly("When a family moves, the new team must know",
                    "Care leavers who become parents may need help", "LEARNING POINTS");
        }
    }

    /** The words of one line, each {@code gap} thousandths of an em after the one before (a TJ number). */
    private static void line(PDPageContentStream out, PDFont font, float y, float gap, String... words)
            throws IOException {
        Object[] pieces = new Object[words.length * 2 - 1];
        for (int i = 0; i < words.length; i++) {
            pieces[2 * i] = words[i];
            if (i > 0) {
                pieces[2 * i - 1] = gap;
            }
        }
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(72, y);
        out.showTextWithPositioning(pieces);
        out.endText();
    }
}
