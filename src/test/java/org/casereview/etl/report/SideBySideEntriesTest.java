package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Numbered entries set side by side (a grid of learning cards, recommendations in two columns 'R1 | R3'): read down
 * each column they stand on lines of their own; read across the page, one line holds entry 1 and entry 2 apart by a
 * gutter, which text read in its order never does (issue 9.5: a report read badly must not say ok).
 */
class SideBySideEntriesTest {

    private static final float LEFT = 60;
    private static final float RIGHT = 320;
    private static final float BODY = 11;
    private static final float PITCH = 14;
    private static final String[][] CARDS = {
            {"Fathers and male partners need to be", "seen, named and spoken to at every", "contact with a new baby."},
            {"A large age gap between young parents", "can hide control and needs to be talked", "about with the mother alone."},
            {"Crying is the most common trigger for", "shaking a baby, and both parents need", "to hear the advice on crying."},
            {"Practitioners should be curious about", "who else cares for the baby while the", "mother is at college or at work."}};

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private float height;

    @Test
    void aGridOfNumberedCardsReadDownItsColumnsHasNoEntriesSideBySide() throws Exception {
        Path pdf = cardGrid();
        try (PDDocument doc = ReportPdfFile.open(pdf)) {
            PageText page = new PositionedTextStripper().read(doc).get(0);

            assertThat(SideBySideEntries.count(page.lines())).isZero();
            assertThat(ReadAcross.page(page).readAcross()).isFalse();
        }
    }

    @Test
    void theGridReadAcrossThePageSetsEntriesSideBySide() throws Exception {
        Path pdf = cardGrid();
        PageText across = rowsAcross(pdf).get(0);
        ReadAcross.Page page = ReadAcross.page(across);

        assertThat(SideBySideEntries.count(across.lines())).isEqualTo(2);
        assertThat(page.readAcross()).isTrue();
        assertThat(page.note()).isEqualTo("page 1 read across columns (2 numbered entries beside the one before them)");
    }

    @Test
    void aRowOfBoldCardNumbersAndLabelledEntriesCountButAContentsLineOrATableRowDoesNot() {
        List<TextLine> lines = List.of(
                line(100, part(80, "1", true), part(330, "2", true), part(560, "3", true)),
                line(140, part(60, "R1", true), part(80, "The board should audit plans", false),
                        part(320, "R3", true), part(340, "Schools should record absences", false)),
                line(180, part(60, "1 Introduction", false), part(500, "3", true)),
                line(220, part(60, "2", false), part(90, "Health visitors should see every baby", false),
                        part(400, "March 2026", false), part(480, "3", false)));

        assertThat(SideBySideEntries.count(lines)).isEqualTo(3);
    }

    private static TextFragment part(float x, String text, boolean bold) {
        return new TextFragment(text, x, x + text.length() * 5.5f, 0, BODY, bold);
    }

    private static TextLine line(float y, TextFragment... parts) {
        List<TextFragment> placed = new ArrayList<>();
        for (TextFragment f : parts) {
            placed.add(new TextFragment(f.text(), f.x(), f.endX(), y, f.fontSize(), f.bold()));
        }
        return new TextLine(1, String.join(" ", placed.stream().map(TextFragment::text).toList()), placed);
    }

    private static List<PageText> rowsAcross(Path pdf) throws Exception {
        try (PDDocument doc = ReportPdfFile.open(pdf)) {
            List<PageText> rows = new ArrayList<>();
            for (PageText page : new PositionedTextStripper().read(doc)) {
                List<TextFragment> all = page.lines().stream().flatMap(l -> l.fragments().stream()).toList();
                rows.add(page.withLines(LineAssembler.lines(page.number(), all)));
            }
            return rows;
        }
    }

    /** An invented learning summary page: a heading over four numbered learning cards, two to a row. */
    private Path cardGrid() throws IOException {
        Path pdf = dir.resolve("cards.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, bold, 16, LEFT, 60, "Learning summary: Child K (an invented review)");
                text(out, regular, 9, LEFT, 78, "The child, family and area in this example do not exist.");
                text(out, bold, 14, LEFT, 120, "What we learned");
                for (int c = 0; c < CARDS.length; c++) {
                    float x = c % 2 == 0 ? LEFT : RIGHT;
                    float top = 160 + (c / 2) * 90;
                    text(out, bold, BODY, x, top, (c + 1) + ".");
                    for (int l = 0; l < CARDS[c].length; l++) {
                        text(out, regular, BODY, x + 16, top + l * PITCH, CARDS[c][l]);
                    }
                }
                text(out, bold, 14, LEFT, 380, "What needs to change");
                text(out, regular, BODY, LEFT, 404, "1. Health services should record the name of every father.");
                text(out, regular, BODY, LEFT, 422, "2. Colleges should be told how to raise a concern.");
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, height - top);
        out.showText(text);
        out.endText();
    }
}
