package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruled two-column table 'What we found | What needs to change' (an invented committee and child) whose cells wrap
 * over several lines: the section's text reads the table as a reader does, row by row, each row's cells from the
 * left and a cell's lines top to bottom, not line by line across both cells (which interleaves their sentences).
 */
class TableSectionTextByCellsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10;
    private static final float PITCH = 13;
    private static final float LEFT = 56;
    private static final float MIDDLE = 297;
    private static final float RIGHT = 539;

    @TempDir
    Path dir;

    @Test
    void aRuledTablesSectionTextReadsCellByCellRowByRow() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(table(dir.resolve("found-change.pdf"), true));

        Section findings = report.document().sections().stream()
                .filter(s -> s.heading().equals("Findings and areas for improvement")).findFirst().orElseThrow();
        assertThat(findings.text()).isEqualTo("The review team agreed two findings. For each, the table sets out"
                + " what needs to change.\n"
                + "What we found What needs to change"
                + " Return interviews were offered by a worker Child S did not know, and she declined every one."
                + " The committee should ensure that return discussions are offered by a trusted adult the child"
                + " chooses."
                + " Information about cars and new phones sat in three separate agency records."
                + " The police and the council should agree a single exploitation screening record for every"
                + " agency.");
    }

    /**
     * The same table with no rules and its rows as evenly spaced as a cell's lines (a template that parts rows by
     * nothing): a line whose cells each open with a capital under cells that each ended a sentence starts a row, so the
     * section text still reads cell by cell.
     */
    @Test
    void anUnruledEvenlySpacedTableReadsCellByCellWhereTheCellsAboveEndedTheirSentences() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(table(dir.resolve("unruled.pdf"), false));

        Section findings = report.document().sections().stream()
                .filter(s -> s.heading().equals("Findings and areas for improvement")).findFirst().orElseThrow();
        assertThat(findings.text()).endsWith("What we found What needs to change"
                + " Return interviews were offered by a worker Child S did not know, and she declined every one."
                + " The committee should ensure that return discussions are offered by a trusted adult the child"
                + " chooses."
                + " Information about cars and new phones sat in three separate agency records."
                + " The police and the council should agree a single exploitation screening record for every"
                + " agency.");
    }

    /**
     * A glossary of one-line rows evenly spaced with no rules, one meaning wrapped under itself: nothing parts its rows,
     * so it is read line by line as before, each term beside its meaning.
     */
    @Test
    void anUnruledGlossaryOfOneLineRowsKeepsEachTermBesideItsMeaning() throws Exception {
        Path pdf = dir.resolve("glossary.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = heading(out, 780, "Background");
                y = plain(out, y, "Baby R died suddenly at eleven weeks while sharing a sofa with her father.");
                y = heading(out, y, "Glossary");
                String[][] rows = {{"CIN", "Child in need"}, {"HV", "Health visitor"},
                    {"SUDI", "Sudden unexpected death in infancy"}, {"Safer sleep", "Advice to parents on reducing the"},
                    {"", "risk of sudden infant death"}, {"GP", "General practitioner"}};
                for (String[] row : rows) {
                    if (!row[0].isEmpty()) {
                        show(out, REGULAR, LEFT, y, row[0]);
                    }
                    show(out, REGULAR, LEFT + 120, y, row[1]);
                    y -= PITCH;
                }
            }
            document.save(pdf.toFile());
        }

        Section glossary = EXTRACTOR.extractWithItems(pdf).document().sections().stream()
                .filter(s -> s.heading().equals("Glossary")).findFirst().orElseThrow();
        assertThat(glossary.text()).isEqualTo("CIN Child in need HV Health visitor SUDI Sudden unexpected death in"
                + " infancy Safer sleep Advice to parents on reducing the risk of sudden infant death GP General"
                + " practitioner");
    }

    private static Path table(Path file, boolean ruled) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 780;
                y = heading(out, y, "Background");
                y = plain(out, y, "Child S was fifteen when she was found in a car with two older men far from home.",
                        "She had been missing from her placement eleven times in the year before.");
                y = heading(out, y, "Findings and areas for improvement");
                y = plain(out, y, "The review team agreed two findings. For each, the table sets out what needs to"
                        + " change.");
                y = row(out, y, ruled, true, List.of("What we found"), List.of("What needs to change"));
                y = row(out, y, ruled, false,
                        List.of("Return interviews were offered by a worker", "Child S did not know, and she declined",
                                "every one."),
                        List.of("The committee should ensure that return", "discussions are offered by a trusted adult",
                                "the child chooses."));
                y = row(out, y, ruled, false,
                        List.of("Information about cars and new phones sat", "in three separate agency records."),
                        List.of("The police and the council should agree a", "single exploitation screening record",
                                "for every agency."));
                y = heading(out, y - 10, "Next steps");
                plain(out, y, "The committee will publish an improvement plan within three months.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * One row: its cells' lines from the top; when ruled a rule over it and under it and uprights at the table's edges,
     * else the next row a line's pitch under its last line.
     */
    private static float row(PDPageContentStream out, float y, boolean ruled, boolean header, List<String> left,
                             List<String> right) throws IOException {
        int lines = Math.max(left.size(), right.size());
        if (!ruled) {
            cells(out, y, header, left, right);
            return y - lines * PITCH;
        }
        float top = y + SIZE + 4;
        float bottom = top - lines * PITCH - 8;
        out.setLineWidth(0.6f);
        out.moveTo(LEFT, top);
        out.lineTo(RIGHT, top);
        out.moveTo(LEFT, bottom);
        out.lineTo(RIGHT, bottom);
        for (float x : new float[] {LEFT, MIDDLE, RIGHT}) {
            out.moveTo(x, top);
            out.lineTo(x, bottom);
        }
        out.stroke();
        cells(out, y, header, left, right);
        return bottom - SIZE - 4;
    }

    private static void cells(PDPageContentStream out, float y, boolean header, List<String> left, List<String> right)
            throws IOException {
        float line = y;
        for (String text : left) {
            show(out, header ? BOLD : REGULAR, LEFT + 5, line, text);
            line -= PITCH;
        }
        line = y;
        for (String text : right) {
            show(out, header ? BOLD : REGULAR, MIDDLE + 5, line, text);
            line -= PITCH;
        }
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        out.beginText();
        out.setFont(BOLD, 14);
        out.newLineAtOffset(LEFT, y);
        out.showText(text);
        out.endText();
        return y - 24;
    }

    private static float plain(PDPageContentStream out, float y, String... lines) throws IOException {
        for (String line : lines) {
            show(out, REGULAR, LEFT, y, line);
            y -= PITCH;
        }
        return y - 12;
    }

    private static void show(PDPageContentStream out, PDType1Font font, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
