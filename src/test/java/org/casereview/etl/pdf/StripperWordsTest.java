package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * {@link StripperWords} against PDFBox's own {@code writePage}: the same page's glyphs, the words PDFBox hands
 * {@code writeString} (the empty ones left out) and those StripperWords hands its sink must be the same glyphs, the
 * same objects, in the same words.
 */
class StripperWordsTest {

    /** Lines with content-stream spaces, a TJ gap, a superscript, a font change, words as their own text objects. */
    private static final String LINES = """
            BT /F1 10 Tf 50 760 Td (Learning from the review of a child) Tj ET
            BT /F1 10 Tf 50 740 Td [(Kerned) -2000 (gap) 120 (tight)] TJ ET
            BT /F1 6 Tf 132 744 Td (12) Tj ET
            BT /F2 10 Tf 150 740 Td (Bold words) Tj ET
            BT /F1 10 Tf 50 720 Td (Word) Tj ET BT /F1 10 Tf 74 720 Td (objects) Tj ET
            BT /F1 10 Tf 112 720 Td (set) Tj ET BT /F1 10 Tf 400 720 Td (apart) Tj ET
            BT /F1 10 Tf 300 700 Td (right first) Tj ET BT /F1 10 Tf 50 700 Td (then left) Tj ET
            BT /F1 10 Tf 50 680 Td (sub) Tj ET BT /F1 7 Tf 66 677 Td (2) Tj ET BT /F1 10 Tf 70 680 Td (script) Tj ET
            BT /F2 14 Tf 50 650 Td (A heading) Tj 0 -30 Td (two lines down) Tj ET
            BT /F1 10 Tf 0 1 -1 0 560 100 Tm (Turned margin text) Tj ET
            """;

    /**
     * /ActualText: PDFBox gives its first glyph the text and the rest none; a word of those blank glyphs is handed over
     * when a word gap ends it, and left out when it ends the line.
     */
    private static final String ACTUAL_TEXT = """
            /Span <</ActualText (X)>> BDC BT /F1 10 Tf 50 760 Td [(a) -3000 (bc)] TJ ET EMC
            BT /F1 10 Tf 50 740 Td (before) Tj ET
            /Span <</ActualText (Y)>> BDC BT /F1 10 Tf 100 740 Td [(a) -3000 (bc)] TJ ET EMC
            BT /F1 10 Tf 250 740 Td (after) Tj ET
            /Span <</ActualText (Z)>> BDC BT /F1 10 Tf 50 720 Td [(d) -3000 (ef)] TJ ET EMC
            BT /F1 10 Tf 50 700 Td (last line) Tj ET
            """;

    @Test
    void givesPdfBoxsWordsForLinesGapsSuperscriptsAndFonts() throws IOException {
        Comparison comparison = compare(LINES, 0);
        assertThat(comparison.ours()).isEqualTo(comparison.pdfBox());
        // a TJ gap parts a word, a gap under the space width or a superscript against its word does not; lines are
        // parted by the baseline, in content order
        assertThat(texts(comparison.pdfBox())).startsWith("Learning from the review of a child", "Kerned",
                "gaptight12", "Bold words", "Wordobjects", "set", "apart", "right firstthen left", "sub2script",
                "A heading", "two lines down");
    }

    @Test
    void givesPdfBoxsWordsOnATurnedPage() throws IOException {
        Comparison comparison = compare(LINES, 90);
        assertThat(comparison.ours()).isEqualTo(comparison.pdfBox());
        assertThat(texts(comparison.pdfBox())).contains("Turned margin text");
    }

    @Test
    void handsOverBlankWordsAsPdfBoxDoes() throws IOException {
        Comparison comparison = compare(ACTUAL_TEXT, 0);
        assertThat(comparison.ours()).isEqualTo(comparison.pdfBox());
        List<String> texts = texts(comparison.pdfBox());
        // the blank word "bc" before "after" is handed over (as no text); the ones ending a line are not
        assertThat(texts).containsExactly("X", "before", "Y", "", "after", "Z", "last line");
    }

    @Test
    void refusesAStripperThatSortsByPosition() {
        PDFTextStripper sorting = new PDFTextStripper();
        sorting.setSortByPosition(true);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> StripperWords.write(sorting, List.of(), word -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> texts(List<List<TextPosition>> words) {
        return words.stream().map(w -> w.stream().map(TextPosition::getUnicode).collect(Collectors.joining()))
                .toList();
    }

    private record Comparison(List<List<TextPosition>> pdfBox, List<List<TextPosition>> ours) {
    }

    /** Both word lists of one page (drawn by {@code content}, its /Rotate {@code rotation}). */
    private static Comparison compare(String content, int rotation) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setRotation(rotation);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            resources.put(COSName.getPDFName("F2"), new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            page.setResources(resources);
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            document.addPage(page);
            Recorder recorder = new Recorder();
            recorder.writeText(document, Writer.nullWriter());
            return new Comparison(recorder.pdfBox, recorder.ours);
        }
    }

    /** PDFBox's writePage as it is, with StripperWords run first over the same glyphs. */
    private static final class Recorder extends PDFTextStripper {
        final List<List<TextPosition>> pdfBox = new ArrayList<>();
        final List<List<TextPosition>> ours = new ArrayList<>();

        Recorder() {
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(false);
        }

        @Override
        protected void writePage() throws IOException {
            StripperWords.write(this, charactersByArticle, word -> ours.add(List.copyOf(word)));
            super.writePage();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty()) {
                pdfBox.add(List.copyOf(positions));
            }
        }
    }
}
