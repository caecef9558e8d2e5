package org.casereview.etl.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Writes an untagged newsletter digest with PDFBox: a heading and intro across the page, then cards two per row,
 * each a light filled rectangle with a darker band at its top holding the card's title in white; labels in small
 * capitals, items after a bullet glyph, and a link line under a link annotation. {@code bodyFirst} writes each card's
 * body to the content stream before its band and title (as layout programs often do); else title first.
 */
public final class CardsPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 36;
    private static final float GAP = 14;
    private static final float WIDTH = (PDRectangle.A4.getWidth() - 2 * MARGIN - GAP) / 2;
    private static final float LINE = 11.5f;

    /** A printed line of a card: S summary, L label, B item (its first line), C an item's wrapped line, K link. */
    public record Line(char kind, String text, String url) {
        public static Line of(char kind, String text) {
            return new Line(kind, text, null);
        }
    }

    /** A card: its title's lines and its body. */
    public record Card(List<String> title, List<Line> body) {
    }

    /** What is filled: whole cards with their title bands, only the title bands, or nothing. */
    public enum Fill { CARDS, BANDS_ONLY, NONE }

    private final boolean bodyFirst;
    private final Fill fill;
    /** The cards written down the left column, then down the right (each row's cards still level). */
    private final boolean downColumns;

    public CardsPdf(boolean bodyFirst, Fill fill) {
        this(bodyFirst, fill, false);
    }

    /**
     * @param downColumns the cards in the content stream down the left column, then down the right: cards 1 and 2
     *                    stand on the left, 3 and 4 on the right, the two cards of a row level
     */
    public CardsPdf(boolean bodyFirst, Fill fill, boolean downColumns) {
        this.bodyFirst = bodyFirst;
        this.fill = fill;
        this.downColumns = downColumns;
    }

    public Path write(Path file, String heading, String intro, List<Card> cards) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                text(stream, BOLD, 20, MARGIN, y - 10, heading);
                y -= 40;
                text(stream, REGULAR, 9, MARGIN, y, intro);
                y -= 24;
                if (downColumns) {
                    gridDownColumns(document, page, stream, cards, y);
                }
                for (int i = 0; i < cards.size() && !downColumns; i += 2) {
                    float height = 0;
                    for (Card card : cards.subList(i, Math.min(cards.size(), i + 2))) {
                        height = Math.max(height, height(card));
                    }
                    card(document, page, stream, cards.get(i), MARGIN, y, height);
                    if (i + 1 < cards.size()) {
                        card(document, page, stream, cards.get(i + 1), MARGIN + WIDTH + GAP, y, height);
                    }
                    y -= height + GAP;
                }
                text(stream, REGULAR, 8, MARGIN, MARGIN - 14, "Case reviews digest, page 1");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The cards in rows of two, written column by column: the left column's cards first, each row's tops level. */
    private void gridDownColumns(PDDocument document, PDPage page, PDPageContentStream stream, List<Card> cards,
                                 float top) throws IOException {
        int rows = (cards.size() + 1) / 2;
        float[] tops = new float[rows];
        float[] heights = new float[rows];
        float y = top;
        for (int row = 0; row < rows; row++) {
            tops[row] = y;
            heights[row] = height(cards.get(row));
            if (row + rows < cards.size()) {
                heights[row] = Math.max(heights[row], height(cards.get(row + rows)));
            }
            y -= heights[row] + GAP;
        }
        for (int i = 0; i < cards.size(); i++) {
            card(document, page, stream, cards.get(i), MARGIN + (i / rows) * (WIDTH + GAP), tops[i % rows],
                    heights[i % rows]);
        }
    }

    private static float height(Card card) {
        return band(card) + 12 + card.body().size() * (LINE + 2) + 8;
    }

    private static float band(Card card) {
        return 10 + card.title().size() * 14;
    }

    private void card(PDDocument document, PDPage page, PDPageContentStream stream, Card card, float x, float top,
                      float height) throws IOException {
        if (fill == Fill.CARDS) {
            stream.setNonStrokingColor(0.95f, 0.93f, 0.97f);
            stream.addRect(x, top - height, WIDTH, height);
            stream.fill();
            stream.setNonStrokingColor(0f, 0f, 0f);
        }
        if (!bodyFirst) {
            title(stream, card, x, top);
        }
        float y = top - band(card) - 16;
        for (Line line : card.body()) {
            switch (line.kind()) {
                case 'L' -> smallCaps(stream, x + 8, y - 3, line.text());
                case 'B' -> {
                    text(stream, REGULAR, 9, x + 8, y, "\u2022");
                    text(stream, REGULAR, 9, x + 18, y, line.text());
                }
                case 'C' -> text(stream, REGULAR, 9, x + 18, y, line.text());
                case 'K' -> link(page, stream, x + 8, y - 4, line);
                default -> text(stream, REGULAR, 9, x + 8, y, line.text());
            }
            y -= line.kind() == 'L' || line.kind() == 'K' ? LINE + 6 : LINE;
        }
        if (bodyFirst) {
            title(stream, card, x, top);
        }
    }

    private void title(PDPageContentStream stream, Card card, float x, float top) throws IOException {
        if (fill != Fill.NONE) {
            stream.setNonStrokingColor(0.29f, 0.08f, 0.55f);
            stream.addRect(x, top - band(card), WIDTH, band(card));
            stream.fill();
        }
        float y = top - 16;
        for (String line : card.title()) {
            stream.setNonStrokingColor(1f, 1f, 1f);
            text(stream, BOLD, 11.5f, x + 8, y, line);
            y -= 14;
        }
        stream.setNonStrokingColor(0f, 0f, 0f);
    }

    private static void link(PDPage page, PDPageContentStream stream, float x, float y, Line line) throws IOException {
        text(stream, BOLD, 9, x, y, line.text());
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y - 2, BOLD.getStringWidth(line.text()) / 1000 * 9, 11));
        PDActionURI uri = new PDActionURI();
        uri.setURI(line.url());
        link.setAction(uri);
        page.getAnnotations().add(link);
    }

    private static void smallCaps(PDPageContentStream stream, float x, float y, String label) throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, y);
        for (String word : label.split(" ")) {
            stream.setFont(BOLD, 9);
            stream.showText(word.substring(0, 1).toUpperCase());
            stream.setFont(BOLD, 7);
            stream.showText(word.substring(1).toUpperCase() + " ");
        }
        stream.endText();
    }

    private static void text(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** Four cards of invented reviews, the link of each a link annotation to {@code https://example.org/r/N.pdf}. */
    public static List<Card> fourCards() {
        List<Card> cards = new ArrayList<>();
        String[][] reviews = {
                {"Child KA: Child safeguarding", "practice review", "Death of a 4-month-old boy in 2024 from a head",
                        "injury. Child KA is White British."},
                {"Child KB: Serious case review", "", "Neglect of a 6-year-old girl over several years",
                        "until 2018. Child KB is Asian British."},
                {"Baby KC: Child safeguarding", "practice review", "Death of a 3-week-old girl in 2023 while",
                        "co-sleeping. Baby KC is White British."},
                {"Child KD: Serious case review", "", "Sexual abuse of a 12-year-old boy in 2019 by",
                        "a sports coach. Child KD is Black British."}};
        for (int i = 0; i < reviews.length; i++) {
            String[] r = reviews[i];
            List<String> title = r[1].isEmpty() ? List.of(r[0]) : List.of(r[0], r[1]);
            cards.add(new Card(title, List.of(
                    Line.of('S', r[2]), Line.of('S', r[3]),
                    Line.of('L', "Learning includes"),
                    Line.of('B', "agencies did not share what"), Line.of('C', "they knew about the family"),
                    Line.of('B', "the child was not seen alone"),
                    Line.of('L', "Recommendations include"),
                    Line.of('B', "see every child alone at each visit"),
                    new Line('K', "Read the review (PDF)", "https://example.org/r/" + (i + 1) + ".pdf"))));
        }
        return cards;
    }
}
