package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letter-spaced lines (the PDF Tc operator, as CSS letter-spacing prints) keep their words; word gaps still split. */
class LetterSpacedTextTest {

    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    @Test
    void aLetterSpacedLineReadsAsWordsAndOrdinaryLinesAsBefore() throws IOException {
        File pdf = dir.resolve("spaced.pdf").toFile();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                line(stream, BOLD, 8.25f, 0.75f, 700, "Learning includes:");
                stream.beginText();
                stream.setFont(BOLD, 8.25f);
                stream.setCharacterSpacing(0.75f);
                stream.newLineAtOffset(72, 680);
                stream.showTextWithPositioning(new Object[] {"RECOMMENDATIONS", -300f, "INCLUDE:"});
                stream.endText();
                line(stream, REGULAR, 11, 0, 660, "agree when school counsellors share a risk of self-harm");
                stream.beginText();
                stream.setFont(REGULAR, 11);
                stream.setCharacterSpacing(0);
                stream.newLineAtOffset(72, 640);
                stream.showTextWithPositioning(new Object[] {"share", -280f, "housing", -280f, "concerns"});
                stream.endText();
            }
            document.save(pdf);
        }

        assertThat(lines(pdf)).containsExactly("Learning includes:", "RECOMMENDATIONS INCLUDE:",
                "agree when school counsellors share a risk of self-harm", "share housing concerns");
    }

    private static void line(PDPageContentStream stream, PDType1Font font, float size, float spacing, float y,
                             String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setCharacterSpacing(spacing);
        stream.newLineAtOffset(72, y);
        stream.showText(text);
        stream.endText();
    }

    private static List<String> lines(File pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            }.writeText(document, Writer.nullWriter());
        }
        return GlyphLine.of(glyphs).stream().map(line -> GlyphText.text(line.glyphs())).toList();
    }
}
