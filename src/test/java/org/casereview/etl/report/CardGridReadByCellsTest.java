package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.CardPageWriter.BOLD;
import static org.casereview.etl.report.CardPageWriter.LEFT;
import static org.casereview.etl.report.CardPageWriter.REGULAR;
import static org.casereview.etl.report.CardPageWriter.heading;
import static org.casereview.etl.report.CardPageWriter.plain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings set out as a 2 x 2 grid of shaded cards set close together (an invented review; a web page's inline
 * blocks, each card as tall as its own text, 7 pt apart): the reading takes each row of cards as one set of lines
 * across both cards, and the blocks take those lines as a table's rows, whose text is read cell by cell, each card
 * whole. The section gives no item from them, so the lines across the boxes are no sign of a bad reading: the report
 * is not doubtful. Read across by a reader that finds no column, a learning grid whose items come from the rows
 * stays doubtful ({@link FilledCardGridTest#theGridReadAcrossItsRowsCarriesANoteAndIsDoubtful}).
 */
class CardGridReadByCellsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final float CARD_WIDTH = 157.5f;
    private static final float CARD_GAP = 6.6f;
    private static final float PADDING = 12;
    private static final float CARD_SIZE = 9.5f;
    private static final float CARD_PITCH = 13.3f;
    /** From a row's lowest card to the next row's first baseline. */
    private static final float ROW_GAP = 24;
    /** Space under a card's title, more than the pitch of its text (a title's own margin). */
    private static final float TITLE_SPACE = 3;

    @TempDir
    Path dir;

    @Test
    void aFindingsGridReadAsTableRowsCellByCellIsNoSignOfAReadingAcross() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(grid(dir.resolve("findings-grid.pdf"), true));

        Section findings = report.document().sections().stream().filter(s -> s.type() == SectionType.FINDINGS)
                .findFirst().orElseThrow();
        assertThat(findings.text())
                .contains("The pre-birth assessment started too late for its conclusions to shape the plan for the baby's"
                        + " discharge plan.")
                .contains("Safe sleep advice was given as a leaflet and was never discussed with either parent.")
                .contains("The mother's history of depression was known to her doctor but not to the health visitor.")
                .contains("The older brother was never spoken to alone, although he often cared for the baby.");
        assertThat(report.items()).extracting(ReportItem::type).containsOnly(SectionType.RECOMMENDATIONS);
        assertThat(report.layoutNotes()).isEmpty();
        assertThat(ReportChecks.judge(new ReportEvidence(1, report.document().sections(), report.items().stream()
                .map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList(), report.layoutNotes()), null)
                .quality()).isEqualTo(Verdict.OK);
    }

    /**
     * The grid's first row alone: under the row of titles one row of text, each card's n-th line on the same baseline
     * as its neighbour's, so the lines are first grouped across both cards. Before {@link SideBySideCards} the section's
     * text interleaved the two cards line by line and the report was doubtful; now each card is read whole, in turn.
     */
    @Test
    void oneRowOfCardsWhoseLinesShareBaselinesIsReadCardByCard() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(grid(dir.resolve("findings-across.pdf"), false));

        Section findings = report.document().sections().stream().filter(s -> s.type() == SectionType.FINDINGS)
                .findFirst().orElseThrow();
        assertThat(findings.text()).doesNotContain("The pre-birth assessment started Safe sleep advice was given as a")
                .contains("The pre-birth assessment started too late for its conclusions to shape the plan for the baby's"
                        + " discharge plan.\nFinding 2\nSafe sleep advice was given as a leaflet and was never discussed"
                        + " with either parent.");
        assertThat(report.layoutNotes()).isEmpty();
    }

    private static Path grid(Path file, boolean secondRow) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 780;
                y = heading(out, y, "Introduction");
                y = plain(out, y, "This review looks at the help given to Baby F and her family in the year before she",
                        "died. Baby F, her family and the area are invented for this test.");
                y = heading(out, y, "Findings");
                y = plain(out, y, "The review makes four findings. Each is set out below and explained in the text",
                        "that follows.");
                y = row(out, y - 8, new String[] {"Finding 1", "The pre-birth assessment started",
                        "too late for its conclusions to", "shape the plan for the baby's", "discharge plan."},
                        new String[] {"Finding 2", "Safe sleep advice was given as a", "leaflet and was never discussed",
                                "with either parent."});
                y = !secondRow ? y : row(out, y, new String[] {"Finding 3", "The mother's history of depression",
                        "was known to her doctor but not", "to the health visitor."},
                        new String[] {"Finding 4", "The older brother was never spoken", "to alone, although he often",
                                "cared for the baby."});
                y = plain(out, y, "Turning to the meetings, the family told the reviewer that they had felt judged by",
                        "some professionals and supported by others. Meetings were well attended.");
                y = heading(out, y, "Recommendations");
                plain(out, y, "1. The partnership should set a standard for when pre-birth assessments start.",
                        "2. Health services should agree one safe sleep assessment for every new baby.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * Two cards side by side 6.6 pt apart, each a filled box as tall as its own lines (9.5 pt text on a 13.3 pt pitch,
     * under a body of 11 pt on 14.5), its title in bold and set off from its text.
     */
    private static float row(PDPageContentStream out, float y, String[] left, String[] right) throws IOException {
        float top = y + CARD_SIZE + PADDING;
        float bottom = top;
        float x = LEFT;
        for (String[] card : List.of(left, right)) {
            float height = (card.length - 1) * CARD_PITCH + TITLE_SPACE + CARD_SIZE + 2 * PADDING;
            out.setNonStrokingColor(0.95f, 0.94f, 0.89f);
            out.addRect(x, top - height, CARD_WIDTH, height);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
            float line = y;
            for (int i = 0; i < card.length; i++) {
                out.beginText();
                out.setFont(i == 0 ? BOLD : REGULAR, CARD_SIZE);
                out.newLineAtOffset(x + PADDING, line);
                out.showText(card[i]);
                out.endText();
                line -= i == 0 ? CARD_PITCH + TITLE_SPACE : CARD_PITCH;
            }
            bottom = Math.min(bottom, top - height);
            x += CARD_WIDTH + CARD_GAP;
        }
        return bottom - ROW_GAP;
    }
}
