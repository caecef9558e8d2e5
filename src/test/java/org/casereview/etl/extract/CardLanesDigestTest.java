package org.casereview.etl.extract;

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
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 39's b71 kinds 1 and 2, on pages written here. A board: each review a lane of filled cards (title, summary,
 * one card a list), the cards of different heights, written row by row across the lanes as a board program exports
 * them; on main the text layer read the titles as one line, the sniff said report, and the box reader read the title
 * row across before each lane's other cards. A grid of level cards written row by row keeps its rows. Index cards: each
 * label in a tab that crosses the card's left side into the margin, drawn after the card's text; on main every tab was
 * read before its card. Every child, family and place here is invented.
 */
class CardLanesDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEAD = 12;

    @TempDir
    Path dir;

    /** A card: its lane's left edge, its top, and its lines ('*' bold). */
    private record Card(float left, float top, List<String> lines) {
        float bottom() {
            return top - LEAD * lines.size() - 10;
        }
    }

    @Test
    void cardsOfABoardAreReadDownEachLane() throws Exception {
        Path pdf = dir.resolve("board.pdf");
        List<List<String>> pa = List.of(List.of("*Child PA: Serious case review"),
                List.of("Neglect of a 4-year-old boy in 2031 who was", "often left alone at home. Child PA is White", "British."),
                List.of("*Learning includes:", "\u2022 visits were always announced"),
                List.of("*Recommendations include:", "\u2022 make unannounced visits"));
        List<List<String>> pb = List.of(List.of("*Child PB: Learning review"),
                List.of("Death of a 2-month-old girl in Scotland in 2030.", "Child PB is White Scottish."),
                List.of("*Learning includes:", "\u2022 safer sleep advice was not repeated", "\u2022 the father was not seen"),
                List.of("Makes no recommendations as the board has", "already changed its advice."));
        List<List<String>> pc = List.of(List.of("*Child PC: Child practice review"),
                List.of("Physical abuse of a 9-year-old girl in Wales in 2029.", "Child PC is White Welsh."),
                List.of("*Learning includes:", "\u2022 bruises were not recorded"),
                List.of("*Recommendations include:", "\u2022 record every bruise", "\u2022 ask the child what happened"));
        writeBoard(pdf, List.of(pa, pb, pc));

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ParsedDigest digest = parse(pdf);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child PA: Serious case review", "Child PB: Learning review", "Child PC: Child practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 4-year-old boy in 2031 who was often left alone at home. "
                + "Child PA is White British.");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly("make unannounced visits");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING))
                .containsExactly("safer sleep advice was not repeated", "the father was not seen");
        assertThat(items(digest.entries().get(2), SectionType.RECOMMENDATIONS))
                .containsExactly("record every bruise", "ask the child what happened");
    }

    @Test
    void aGridOfLevelCardsWrittenRowByRowKeepsItsRows() throws Exception {
        Path pdf = dir.resolve("grid.pdf");
        List<List<List<String>>> cards = List.of(
                List.of(card("Child RA: Serious case review", "Neglect of a 3-year-old boy in 2031. Child RA is White British.", "no one visited")),
                List.of(card("Child RB: Serious case review", "Neglect of a 6-year-old girl in 2030. Child RB is White British.", "the school did not refer")),
                List.of(card("Child RC: Serious case review", "Neglect of a 2-year-old boy in 2029. Child RC is White British.", "the GP was not told")),
                List.of(card("Child RD: Serious case review", "Neglect of a 5-year-old girl in 2028. Child RD is White British.", "the nursery was not asked")));
        try (PDDocument document = new PDDocument()) {
            PDPage page = landscape(document);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                heading(out);
                for (int row = 0; row < 2; row++) {
                    for (int lane = 0; lane < 2; lane++) {
                        draw(out, new Card(40 + lane * 390, 500 - row * 150, cards.get(row * 2 + lane).get(0)));
                    }
                }
            }
            document.save(pdf.toFile());
        }

        assertThat(parse(pdf).entries()).extracting(DigestEntry::title).containsExactly("Child RA: Serious case review",
                "Child RB: Serious case review", "Child RC: Serious case review", "Child RD: Serious case review");
    }

    @Test
    void aLabelInATabCrossingTheCardsSideIsReadInTheCardAtItsHeight() throws Exception {
        Path pdf = dir.resolve("index-cards.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, BOLD, 16, 130, 790, "Case review cards: June 2031");
                text(out, REGULAR, 9, 130, 772, "Two case reviews were published in June 2031. Every child and place is invented.");
                indexCard(out, 740, List.of("*Child SA: Serious case review",
                        "Neglect of a 7-year-old girl in 2030 who was often hungry. Child SA is White British.",
                        "- her weight was not checked", "- the school did not refer", "- weigh children at school",
                        "Read the overview report (PDF)"), 2, 4);
                indexCard(out, 560, List.of("*Child SB: Child practice review",
                        "Physical abuse of a 5-year-old boy in Wales in 2031. Child SB is White Welsh.",
                        "- a mark on his arm was not recorded", "- record every mark", "- ask the child",
                        "Read the child practice review (PDF)"), 2, 3);
            }
            document.save(pdf.toFile());
        }

        ParsedDigest digest = parse(pdf);
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child SA: Serious case review", "Child SB: Child practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 7-year-old girl in 2030 who was often hungry. Child SA is White British.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly("her weight was not checked", "the school did not refer");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly("weigh children at school");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly("record every mark", "ask the child");
    }

    private static List<String> card(String title, String summary, String learning) {
        return List.of("*" + title, summary.substring(0, summary.indexOf(". ") + 1), summary.substring(summary.indexOf(". ") + 2),
                "*Learning includes:", "\u2022 " + learning);
    }

    /** The lanes' cards laid out down each lane, then drawn row by row: card k of every lane before card k + 1. */
    private static void writeBoard(Path pdf, List<List<List<String>>> lanes) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = landscape(document);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                heading(out);
                List<List<Card>> placed = new ArrayList<>();
                for (int lane = 0; lane < lanes.size(); lane++) {
                    float top = 510;
                    List<Card> cards = new ArrayList<>();
                    for (List<String> lines : lanes.get(lane)) {
                        Card card = new Card(40 + lane * 266, top, lines);
                        cards.add(card);
                        top = card.bottom() - 8;
                    }
                    placed.add(cards);
                }
                for (int k = 0; k < 4; k++) {
                    for (List<Card> lane : placed) {
                        draw(out, lane.get(k));
                    }
                }
            }
            document.save(pdf.toFile());
        }
    }

    private static PDPage landscape(PDDocument document) {
        PDPage page = new PDPage(new PDRectangle(842, 595));
        document.addPage(page);
        return page;
    }

    private static void heading(PDPageContentStream out) throws IOException {
        text(out, BOLD, 18, 40, 555, "Case review board: May 2031");
        text(out, REGULAR, 10, 40, 535, "Three case reviews were published in May 2031. Every child, family and place is invented.");
    }

    private static void draw(PDPageContentStream out, Card card) throws IOException {
        out.setNonStrokingColor(0.93f, 0.95f, 0.98f);
        out.addRect(card.left(), card.bottom(), 250, card.top() - card.bottom());
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        float y = card.top() - 14;
        for (String line : card.lines()) {
            boolean bold = line.startsWith("*");
            boolean title = line.startsWith("*Child");
            text(out, bold ? BOLD : REGULAR, title ? 11 : 9, card.left() + 8, y, bold ? line.substring(1) : line);
            y -= LEAD;
        }
    }

    /**
     * An index card at {@code top}: a filled card with a rule under each line, its lines ('*' bold, '- ' an item), then,
     * drawn last, a tab over the card's left side at the first learning item ('Learning includes:') and one at the
     * first recommendation ('Recommendations' / 'include:', two lines).
     */
    private static void indexCard(PDPageContentStream out, float top, List<String> lines, int learningAt,
                                  int recommendationsAt) throws IOException {
        float left = 130;
        float height = 15 * (lines.size() + 1);
        out.setNonStrokingColor(1f, 0.98f, 0.92f);
        out.addRect(left, top - height, 410, height);
        out.fill();
        out.setStrokingColor(0.55f, 0.7f, 0.9f);
        for (int k = 1; k <= lines.size(); k++) {
            out.moveTo(left, top - 4 - 15 * k);
            out.lineTo(left + 410, top - 4 - 15 * k);
        }
        out.stroke();
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            boolean bold = line.startsWith("*");
            String shown = bold ? line.substring(1) : line.startsWith("- ") ? "\u2013 " + line.substring(2) : line;
            text(out, bold ? BOLD : REGULAR, 9.5f, left + 12, top - 15 * (k + 1), shown);
        }
        tab(out, top - 15 * (learningAt + 1), List.of("Learning includes:"));
        tab(out, top - 15 * (recommendationsAt + 1), List.of("Recommendations", "include:"));
    }

    private static void tab(PDPageContentStream out, float baseline, List<String> words) throws IOException {
        float height = 10 * words.size() + 8;
        out.setNonStrokingColor(0.16f, 0.36f, 0.6f);
        out.addRect(130 - 86, baseline + 9 - height, 92, height);
        out.fill();
        out.setNonStrokingColor(1f, 1f, 1f);
        for (int k = 0; k < words.size(); k++) {
            text(out, BOLD, 8, 130 - 80, baseline - 2 - 10 * k, words.get(k));
        }
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    private static ParsedDigest parse(Path pdf) throws Exception {
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
