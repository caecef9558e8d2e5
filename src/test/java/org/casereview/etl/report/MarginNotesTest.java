package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Sidenotes in a narrow column of 7 pt type right of a 10 pt text column (x 60-330 on A4), each level with
 * body lines: the body lines read on their own, in order, the notes in none of them.
 */
class MarginNotesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @Test
    void aNarrowColumnOfSmallerTypeBesideTheTextColumnIsNotReadIntoItsLines() throws IOException {
        List<String> body = List.of("Practitioners need to ask who else lives in or visits",
                "the household, and to check what is known about new",
                "partners with the police before the case is closed.",
                "When a family moves, the transfer of a health visiting",
                "record should include a conversation between the two",
                "health visitors and not only the electronic file.");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 700;
                for (String line : body) {
                    write(out, 10, 60, y, line);
                    y -= 13;
                }
                // a note beside the second and third lines, a margin note beside the fifth
                write(out, 7, 350, 688, "1 The partnership's guidance on");
                write(out, 7, 350, 679, "invisible men was revised in 2023");
                write(out, 7, 350, 670, "but few practitioners knew of it.");
                write(out, 7, 350, 649, "Names are not used in this");
                write(out, 7, 350, 640, "report, at the family's request.");
            }
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactlyElementsOf(body);
        }
    }

    /**
     * Notes in 7.5 pt type in a 110 pt column left of a 10 pt text column (x 190-540), 16 pt of white between them,
     * each on the first baseline of a heading or paragraph: the heading and the body lines read alone.
     */
    @Test
    void aNarrowColumnOfSmallerTypeLeftOfTheTextColumnIsNotReadIntoItsLines() throws IOException {
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        List<String> body = List.of("The health visitor saw the baby six times in the first year and each",
                "visit found the home warm and the baby well fed. Nobody asked where",
                "the baby slept on the nights the family stayed with relatives.");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, bold, 12, 190, 720, "What the review found");
                float y = 700;
                for (String line : body) {
                    write(out, REGULAR, 10, 190, y, line);
                    y -= 13;
                }
                write(out, italic, 7.5f, 64, 720, "Why this matters for");
                write(out, italic, 7.5f, 64, 711, "every practitioner");
                write(out, italic, 7.5f, 64, 700, "See the safer sleep");
                write(out, italic, 7.5f, 64, 691, "guidance (2023)");
            }
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactly("What the review found", body.get(0), body.get(1), body.get(2));
        }
    }

    @Test
    void aSecondColumnInTheBodySizeIsStillRead() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, 10, 60, 700, "The review found that practitioners saw");
                write(out, 10, 60, 687, "a young mother doing her best.");
                write(out, 10, 350, 700, "Leaving care services are not");
                write(out, 10, 350, 687, "invited to health meetings.");
            }
            String text = String.join(" ", new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList());

            assertThat(text).contains("Leaving care services", "invited to health meetings.");
        }
    }

    private static void write(PDPageContentStream out, float size, float x, float y, String text) throws IOException {
        write(out, REGULAR, size, x, y, text);
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
