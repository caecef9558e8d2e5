package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Lines set as a printer driver fitting each string to its own advances sets them: every line with its own character
 * spacing (1.3 to 2.1 pt in 11 and 12 pt Times), the numbers of a list drawn apart with a spacing of their own.
 * PDFBox parts the words after narrow letters; the line's own letter pitch joins them again.
 */
class LetterSpacedWordsTest {

    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @Test
    void wordsOfLinesWithTheirOwnCharacterSpacingAreReadWhole() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, 12, 1.58f, 72, 760, "Issued in July 2019 by the Millbrook board");
                show(out, 11, 1.31f, 72, 730, "Little children in chilly lofts will still fill a list.");
                show(out, 11, 2.05f, 72, 700, "1.");
                show(out, 11, 1.44f, 94, 700, "Visiting nurses should log a failed visit in full.");
                show(out, 11, 1.9f, 72, 680, "Ill will still lingers, it is all still uphill.");
            }
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactly("Issued in July 2019 by the Millbrook board",
                    "Little children in chilly lofts will still fill a list.",
                    "1. Visiting nurses should log a failed visit in full.",
                    "Ill will still lingers, it is all still uphill.");
        }
    }

    @Test
    void ordinaryLinesKeepTheirWordSpaces() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.setFont(TIMES, 11);
                out.newLineAtOffset(72, 700);
                out.showTextWithPositioning(new Object[] {"Nine", -300f, "lilies", -300f, "filled", -300f, "it"});
                out.endText();
            }
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactly("Nine lilies filled it");
        }
    }

    private static void show(PDPageContentStream out, float size, float spacing, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(TIMES, size);
        out.setCharacterSpacing(spacing);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
