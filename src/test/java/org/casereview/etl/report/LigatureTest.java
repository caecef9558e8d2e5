package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ligature glyphs (an embedded Unicode font) come out as plain letters. Skipped without DejaVu fonts. */
class LigatureTest {

    private static final Path REGULAR = Paths.get("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Paths.get("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    @TempDir
    Path dir;

    @Test
    void ligaturesInAnEmbeddedFontAreExpanded() throws Exception {
        assumeTrue(Files.exists(REGULAR) && Files.exists(BOLD), "DejaVu fonts not installed");
        Path pdf = dir.resolve("ligatures.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PDType0Font.load(doc, REGULAR.toFile());
            PDFont bold = PDType0Font.load(doc, BOLD.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                write(out, bold, 16, 700, "1. Introduction");
                write(out, regular, 11, 670, "The \ufb01rst of\ufb01cer re\ufb02ected on the \ufb02at.");
                write(out, bold, 16, 630, "2. Conclusion");
                write(out, regular, 11, 600, "The end.");
            }
            doc.save(pdf.toFile());
        }
        assertThat(ReportExtractor.withDefaultSynonyms().extract(pdf).sections().get(0).text())
                .isEqualTo("The first officer reflected on the flat.");
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float y, String text) throws Exception {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(60, y);
        out.showText(text);
        out.endText();
    }
}
