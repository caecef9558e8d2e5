package org.casereview.etl.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes an untagged slide deck as LaTeX beamer does: small 4:3 pages (128 x 96 mm), one frame a page, the frame
 * title in a larger bold font at the top (over one line or more), a few short body lines, a footline in a small font
 * (author, deck title, frame number 'n / N' as three pieces on one baseline) and navigation symbols drawn as paths
 * in the bottom right corner.
 */
public final class SlideDeckPdf {

    /** One frame: its title's lines (none for a title frame) and its body lines, top to bottom. */
    public record Slide(List<String> title, List<String> body) {
    }

    private static final PDRectangle FOUR_BY_THREE = new PDRectangle(362.83f, 272.13f);

    private SlideDeckPdf() {
    }

    /** With Helvetica (WinAnsi text only). */
    public static Path write(Path file, String author, String deckTitle, List<Slide> slides) throws IOException {
        return write(file, author, deckTitle, slides, null);
    }

    /** @param unicodeFont a TrueType font for the body (marks outside WinAnsi, such as U+25B6), or null for Helvetica */
    public static Path write(Path file, String author, String deckTitle, List<Slide> slides, Path unicodeFont)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDFont body = unicodeFont == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(doc, unicodeFont.toFile());
            PDFont small = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int s = 0; s < slides.size(); s++) {
                Slide slide = slides.get(s);
                PDPage page = new PDPage(FOUR_BY_THREE);
                doc.addPage(page);
                float top = FOUR_BY_THREE.getHeight();
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    float y = top - 24;
                    for (String line : slide.title()) {
                        show(out, bold, 13, 12, y, line);
                        y -= 16;
                    }
                    y -= 14;
                    for (String line : slide.body()) {
                        if (!line.isEmpty()) {
                            show(out, body, 8, 20, y, line);
                        }
                        y -= 11;
                    }
                    show(out, small, 5, 30, 4, author);
                    show(out, small, 5, 140, 4, deckTitle);
                    show(out, small, 5, 320, 4, (s + 1) + " / " + slides.size());
                    navigationSymbols(out);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Small triangles and bars, as beamer draws its navigation symbols: paths, no text. */
    private static void navigationSymbols(PDPageContentStream out) throws IOException {
        for (int i = 0; i < 4; i++) {
            float x = 250 + 14 * i;
            out.moveTo(x, 14);
            out.lineTo(x + 5, 17);
            out.lineTo(x, 20);
            out.closePath();
            out.fill();
            out.addRect(x + 7, 14, 1, 6);
            out.fill();
        }
    }
}
