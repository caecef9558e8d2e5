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
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learning set out as cards in a 2 x 2 grid of filled boxes (an invented board and child; a web page's CSS grid
 * printed to PDF): each card a shaded rectangle holding one paragraph, the cards of a row side by side with a gutter
 * between them. Each card is one block and, in a learning section, one learning item. A card's bold opening sentence
 * that fills its first line alone is the card's lead-in, not a sub-heading over the rest of the card.
 */
class FilledCardGridTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final float CARD_WIDTH = 232;
    private static final float GUTTER = 20;

    /** A card: its lines, each line's bold opening words (may be the whole line, or none) and its regular rest. */
    private record Card(List<String[]> lines) {
    }

    @TempDir
    Path dir;

    @Test
    void eachFilledCardIsOneLearningItemAndABoldSentenceAloneOnItsLineIsItsLeadIn() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(grid(dir.resolve("cards.pdf"), true));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Children tell in small pieces. Child Q made three partial disclosures"
                        + " at school, each recorded as a worry about home."),
                tuple(SectionType.LEARNING, "A new adult in the home needs to be known. Her stepfather moved in"
                        + " during a child in need plan and no agency checked who he was."),
                tuple(SectionType.LEARNING, "Neglect can hide other harm. Professionals watched the state of the"
                        + " house, which improved, and the plan was closed."),
                tuple(SectionType.LEARNING, "Welsh-language conversations matter. Child Q's first language is"
                        + " Welsh and she spoke most freely to the one practitioner who spoke it."),
                tuple(SectionType.RECOMMENDATIONS, "The Board should ensure that training on sexual abuse covers"
                        + " partial disclosures."),
                tuple(SectionType.RECOMMENDATIONS, "Agencies should check the history of any new adult joining a"
                        + " child's household."));
        Section learning = report.document().sections().get(1);
        assertThat(learning.heading()).isEqualTo("Practice and organisational learning");
        assertThat(learning.text()).contains("Welsh-language conversations matter. Child Q's first language");
    }

    @Test
    void cardsWithoutBoldLeadInsAreEachOneItemToo() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(grid(dir.resolve("plain-cards.pdf"), false));

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
    }

    /**
     * The grid read badly, its rows across both cards (as a reader that finds no column leaves them): cards run into
     * each other, level lines the blocks may take for a table's rows, and the reading carries its own note that lines
     * ran from one filled box into the one beside it (issue 9.5: a report read badly must not say ok).
     */
    @Test
    void theGridReadAcrossItsRowsCarriesANoteAndIsDoubtful() throws Exception {
        Path pdf = grid(dir.resolve("cards-across.pdf"), true);
        ExtractedReport read = EXTRACTOR.extractWithItems(pdf);
        Vocabulary vocabulary = Vocabulary.defaults();
        ItemLabels labels = new ItemLabels(vocabulary);
        ExtractedReport across = ReadAcrossSurveyTest.naive(pdf, read, new ReportAnalyser(new SectionTyper(vocabulary),
                labels, new AnsweredQuestions(vocabulary, labels)));

        assertThat(read.layoutNotes()).isEmpty();
        assertThat(across.items()).filteredOn(i -> i.type() == SectionType.LEARNING).hasSizeLessThan(4);
        assertThat(across.layoutNotes()).singleElement().asString()
                .isEqualTo("page 1 read across boxes (6 lines run from one filled box into the one beside it)");
        assertThat(ReportChecks.judge(new ReportEvidence(1, across.document().sections(), across.items().stream()
                .map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList(), across.layoutNotes()), null)
                .quality()).isEqualTo(Verdict.DOUBTFUL);
    }

    private static Path grid(Path file, boolean boldLeads) throws IOException {
        List<Card> cards = List.of(
                new Card(List.of(new String[] {"Children tell in small pieces.", " Child Q made"},
                        new String[] {"", "three partial disclosures at school, each"},
                        new String[] {"", "recorded as a worry about home."})),
                new Card(List.of(new String[] {"A new adult in the home needs to be", ""},
                        new String[] {"known.", " Her stepfather moved in during a"},
                        new String[] {"", "child in need plan and no agency checked"},
                        new String[] {"", "who he was."})),
                new Card(List.of(new String[] {"Neglect can hide other harm.", " Professionals"},
                        new String[] {"", "watched the state of the house, which"},
                        new String[] {"", "improved, and the plan was closed."})),
                new Card(List.of(new String[] {"Welsh-language conversations matter.", ""},
                        new String[] {"", "Child Q's first language is Welsh and she"},
                        new String[] {"", "spoke most freely to the one practitioner"},
                        new String[] {"", "who spoke it."})));
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
                y = row(out, y, cards.get(0), cards.get(1), boldLeads);
                y = row(out, y, cards.get(2), cards.get(3), boldLeads);
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

    /** Two cards side by side, each a filled box as tall as the taller card's text, a gutter between them. */
    private static float row(PDPageContentStream out, float y, Card left, Card right, boolean boldLeads)
            throws IOException {
        int lines = Math.max(left.lines().size(), right.lines().size());
        float height = lines * PITCH + 16;
        float top = y + SIZE;
        for (float x : new float[] {LEFT, LEFT + CARD_WIDTH + GUTTER}) {
            out.setNonStrokingColor(0.97f, 0.925f, 0.93f);
            out.addRect(x, top - height, CARD_WIDTH, height);
            out.fill();
        }
        out.setNonStrokingColor(0f, 0f, 0f);
        card(out, LEFT + 10, y - 6, left, boldLeads);
        card(out, LEFT + CARD_WIDTH + GUTTER + 10, y - 6, right, boldLeads);
        return top - height - 14 - SIZE;
    }

    private static void card(PDPageContentStream out, float x, float y, Card card, boolean boldLeads)
            throws IOException {
        for (String[] line : card.lines()) {
            float cursor = x;
            if (!line[0].isEmpty()) {
                PDType1Font font = boldLeads ? BOLD : REGULAR;
                show(out, font, x, y, line[0]);
                cursor += font.getStringWidth(line[0]) / 1000 * SIZE;
            }
            if (!line[1].isEmpty()) {
                show(out, REGULAR, cursor, y, line[1]);
            }
            y -= PITCH;
        }
    }
}
