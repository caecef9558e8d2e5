package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A narrow typeset column (as groff -ms `.2C` sets an invented review) breaks words at line ends with a hyphen:
 * 'class-' 'mates', 'involve-' 'ment', 'describ-' 'ing', none of them printed whole elsewhere. A break where neither
 * half is a word of the report is the typesetter's and is joined; compounds stay: 'multi-' 'agency' (a compound's
 * first part), 'child-' 'centred' (the report says 'child' elsewhere), 'face-to-' 'face' (hyphened before the break)
 * and 'well-' 'being' where the report prints 'well-being' too.
 */
class TypesetLineEndHyphensTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    @TempDir
    Path dir;

    @Test
    void aTypesettersBreakIsJoinedACompoundsHyphenStays() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(write());
        String text = report.document().sections().get(0).text();
        assertThat(text).contains("their classmates receive", "its involvement in", "was describing was",
                "the multi-agency meeting", "a child-centred plan", "face-to-face contact", "her well-being was");
    }

    private Path write() throws IOException {
        Path pdf = dir.resolve("hyphens.pdf");
        List<String> lines = List.of(
                "This invented review concerns Child F and",
                "the online safety teaching that their class-",
                "mates receive at school. Each agency gave",
                "an account of its involve-",
                "ment in the months before the assault, and",
                "what his mother was describ-",
                "ing was an adult grooming her son. Child F",
                "was not discussed at the multi-",
                "agency meeting and no one made a child-",
                "centred plan. The school offered face-to-",
                "face contact twice, and the nurse said her well-",
                "being was low; the well-being of Child F's",
                "mother was not asked about by any agency.");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 13, 56, 760, "Findings");
                for (int i = 0; i < lines.size(); i++) {
                    show(out, REGULAR, 10, 56, 740 - 13 * i, lines.get(i));
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
