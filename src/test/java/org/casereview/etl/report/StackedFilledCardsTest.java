package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.CardPageWriter.BOLD;
import static org.casereview.etl.report.CardPageWriter.LEFT;
import static org.casereview.etl.report.CardPageWriter.PITCH;
import static org.casereview.etl.report.CardPageWriter.REGULAR;
import static org.casereview.etl.report.CardPageWriter.SIZE;
import static org.casereview.etl.report.CardPageWriter.heading;
import static org.casereview.etl.report.CardPageWriter.plain;
import static org.casereview.etl.report.CardPageWriter.show;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learning set out as cards stacked in one column (an invented board and child; a web page's one-column list of
 * shaded cards, as a grid of cards reflows on a narrow page): filled boxes of the same width, one right under the
 * other with a gap and nothing between them, each holding one paragraph that opens with a bold sentence. Each card is
 * one learning item, and a bold sentence that fills a card's first line alone is its lead-in, not a sub-heading. Two
 * shaded boxes with prose between them are call-outs, not cards: a bold sentence alone on a call-out's first line
 * stays what it was.
 */
class StackedFilledCardsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final float CARD_WIDTH = 483;
    private static final float CARD_GAP = 10;

    /** A card's lines: each line's bold opening words (may be the whole line, or none) and its regular rest. */
    private static final List<List<String[]>> CARDS = List.of(
            List.of(new String[] {"Children tell in small pieces.", " Child Q made three partial disclosures at"
                    + " school, each recorded"}, new String[] {"", "as a worry about home."}),
            List.of(new String[] {"A new adult in the home needs to be known.", ""},
                    new String[] {"", "Her stepfather moved in during a child in need plan and no agency checked"},
                    new String[] {"", "who he was."}),
            List.of(new String[] {"Neglect can hide other harm.", " Professionals watched the state of the house,"
                    + " which improved,"}, new String[] {"", "and the plan was closed."}),
            List.of(new String[] {"Welsh-language conversations matter.", ""},
                    new String[] {"", "Child Q's first language is Welsh and she spoke most freely to the one"},
                    new String[] {"", "practitioner who spoke it."}));

    @TempDir
    Path dir;

    @Test
    void eachCardOfAStackedColumnIsOneLearningItemWithItsBoldSentenceAsLeadIn() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(page(dir.resolve("stacked.pdf"), false));

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING)
                .extracting(ReportItem::text).containsExactly(
                        "Children tell in small pieces. Child Q made three partial disclosures at school, each"
                                + " recorded as a worry about home.",
                        "A new adult in the home needs to be known. Her stepfather moved in during a child in need"
                                + " plan and no agency checked who he was.",
                        "Neglect can hide other harm. Professionals watched the state of the house, which improved,"
                                + " and the plan was closed.",
                        "Welsh-language conversations matter. Child Q's first language is Welsh and she spoke most"
                                + " freely to the one practitioner who spoke it.");
        assertThat(report.document().sections()).extracting(s -> s.heading()).doesNotContain(
                "A new adult in the home needs to be known.", "Welsh-language conversations matter.");
    }

    @Test
    void shadedBoxesWithProseBetweenThemAreNoStackOfCards() throws Exception {
        List<TextLine> lines = lines(page(dir.resolve("callouts.pdf"), true));

        assertThat(lines).filteredOn(l -> !l.text().isBlank()).allMatch(l -> l.card() == 0);
    }

    @Test
    void aStackedColumnMarksEachCardsLines() throws Exception {
        List<TextLine> lines = lines(page(dir.resolve("stacked-lines.pdf"), false));

        assertThat(lines).filteredOn(l -> l.text().startsWith("Welsh-language")).extracting(TextLine::card)
                .containsExactly(4);
        assertThat(lines).filteredOn(l -> l.text().startsWith("who he was")).extracting(TextLine::card)
                .containsExactly(2);
        assertThat(lines).filteredOn(l -> l.text().startsWith("The learning event")).extracting(TextLine::card)
                .containsExactly(0);
    }

    private static List<TextLine> lines(Path pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new PositionedTextStripper().read(document).get(0).lines();
        }
    }

    private static Path page(Path file, boolean proseBetween) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 780;
                y = heading(out, y, "Brief outline of circumstances resulting in the review");
                y = plain(out, y, "Child Q was twelve when she told a school nurse that her stepfather had abused her.",
                        "She had been known to children's services since she was six because of neglect.");
                y = heading(out, y, "Practice and organisational learning");
                y = plain(out, y, "The learning event identified four themes. Each is summarised in a card below.");
                for (List<String[]> card : CARDS) {
                    y = card(out, y, card);
                    if (proseBetween) {
                        y = plain(out, y - 4, "The panel discussed this theme with the practitioners involved.");
                    }
                }
                y = heading(out, y - 6, "Improving systems and practice");
                y = plain(out, y, "1. The Board should ensure that training on sexual abuse covers partial disclosures.",
                        "2. Agencies should check the history of any new adult joining a child's household.");
                y = heading(out, y, "Statement by reviewer(s)");
                plain(out, y, "We confirm that we have been independent of the case and of the agencies involved.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** One filled box as wide as the column, its lines inside with a padding; returns the next baseline under it. */
    private static float card(PDPageContentStream out, float y, List<String[]> lines) throws IOException {
        float height = lines.size() * PITCH + 16;
        float top = y + SIZE;
        out.setNonStrokingColor(0.97f, 0.925f, 0.93f);
        out.addRect(LEFT, top - height, CARD_WIDTH, height);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        float line = y - 6;
        for (String[] parts : lines) {
            float cursor = LEFT + 10;
            if (!parts[0].isEmpty()) {
                show(out, BOLD, cursor, line, parts[0]);
                cursor += BOLD.getStringWidth(parts[0]) / 1000 * SIZE;
            }
            if (!parts[1].isEmpty()) {
                show(out, REGULAR, cursor, line, parts[1]);
            }
            line -= PITCH;
        }
        return top - height - CARD_GAP - SIZE;
    }
}
