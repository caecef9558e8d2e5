package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title block over the body on page 1, as ConTeXt sets it: partnership, review type, child, the date alone on its
 * line ('June 2024', 11 pt, larger than the bold 9 pt heads) and under it a notice in 7 pt set word by word across
 * the page's middle; then numbered sections in 9 pt. The date is the title block's, no section; the notice is one
 * line, none of its words a margin note. (Every name invented for software testing.)
 */
class CoverDateLineTest {

    private static final float TOP = 842;
    private static final float BODY = 9;
    private static final String NOTICE = "This briefing and every person, place and organisation named in it are"
            + " invented for software testing only.";

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    @Test
    void theNoticeUnderTheDateIsReadAsOneLine() throws Exception {
        Path pdf = report();
        List<String> read = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            new PositionedTextStripper().read(doc).get(0).lines().forEach(l -> read.add(l.text()));
        }
        assertThat(read).contains("June 2024", NOTICE);
    }

    @Test
    void theDateLineOfTheTitleBlockIsNoSection() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(report());
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("1 Introduction", "2 Background", "3 Findings", "4 Learning");
        assertThat(report.metadata().publicationYear()).isEqualTo(2024);
    }

    private Path report() throws Exception {
        Path pdf = dir.resolve("larchfield-learning-review-baby-q.pdf");
        String[] headings = {"1 Introduction", "2 Background", "3 Findings", "4 Learning"};
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    float y = 80;
                    if (p == 0) {
                        centred(out, regular, 14, 76, "Larchfield Child Protection Committee");
                        centred(out, bold, 20, 103, "Learning Review");
                        centred(out, regular, 17, 126, "Baby Q");
                        centred(out, regular, 11, 144, "June 2024");
                        wordByWord(out, 7, 162, NOTICE);
                        y = 185;
                    }
                    for (int s = 2 * p; s < 2 * p + 2; s++) {
                        text(out, bold, BODY, 57, y, headings[s]);
                        y += 18;
                        for (int k = 0; k < 14; k++) {
                            text(out, regular, BODY, 57, y, "Line " + (k + 1) + " of section " + (s + 1)
                                    + " tells what the practitioners knew about the baby and the family at the time.");
                            y += 12;
                        }
                        y += 10;
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** A line set word by word (a TeX engine places each word): centred, a fragment a word. */
    private void wordByWord(PDPageContentStream out, float size, float y, String line) throws Exception {
        float space = 2.5f;
        String[] words = line.split(" ");
        float width = space * (words.length - 1);
        for (String w : words) {
            width += regular.getStringWidth(w) / 1000 * size;
        }
        float x = (PDRectangle.A4.getWidth() - width) / 2;
        for (String w : words) {
            text(out, regular, size, x, y, w);
            x += regular.getStringWidth(w) / 1000 * size + space;
        }
    }

    private void centred(PDPageContentStream out, PDFont font, float size, float y, String s) throws Exception {
        float width = font.getStringWidth(s) / 1000 * size;
        text(out, font, size, (PDRectangle.A4.getWidth() - width) / 2, y, s);
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String s)
            throws Exception {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, TOP - y);
        out.showText(s);
        out.endText();
    }
}
