package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row of filled cards whose lines were joined across the cards (a poster's or a 'learning on a page' sheet's panels
 * drawn side by side, every card's n-th line on the same baseline, so the lines were grouped by height across the
 * page): each such line is cut at the cards' edges and the row is read card by card, left to right, each card top to
 * bottom. A card is a filled box narrower than a column's share of the page, not inside another, standing level with
 * another with a gutter wider than a table's cell spacing between them (boxes whose sides meet are a table's shaded
 * cells, a single box has nothing beside it). A line is cut only when every word of it stands inside one of the
 * cards of one row and two cards hold some; lines outside the cards keep their place.
 */
final class SideBySideCards {

    /** A box this wide (share of the page) is a page or column background, not one of a row of cards. */
    private static final float MAX_WIDTH = 0.6f;
    /** Boxes side by side closer than this (points) are a table's shaded cells, not cards. */
    private static final float CELL_SPACING = 6f;
    /** Lines run across the cards before the row is read again: one level line may be chance. */
    private static final int MIN_ACROSS = 2;
    /** Points a fragment may stand over a box's edge and still be inside it. */
    private static final float EDGE = 1f;

    private SideBySideCards() {
    }

    /** The lines, those run across a row of cards cut at the cards' edges and read card by card. */
    static List<TextLine> readByCards(int page, List<TextLine> lines, List<FloatedBoxes.Panel> panels,
                                      float pageWidth) {
        List<FloatedBoxes.Panel> cards = cards(panels, pageWidth);
        if (cards.size() < 2) {
            return lines;
        }
        Map<TextLine, List<FloatedBoxes.Panel>> across = new LinkedHashMap<>();
        for (TextLine line : lines) {
            List<FloatedBoxes.Panel> holding = holders(line, cards);
            if (holding.size() >= 2) {
                across.put(line, holding);
            }
        }
        if (across.size() < MIN_ACROSS) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        Set<FloatedBoxes.Panel> read = new HashSet<>();
        for (TextLine line : lines) {
            List<FloatedBoxes.Panel> holding = across.containsKey(line) ? across.get(line) : holders(line, cards);
            if (holding.isEmpty()) {
                out.add(line);
            } else if (read.add(holding.get(0))) {
                List<FloatedBoxes.Panel> row = row(holding.get(0), cards);
                read.addAll(row);
                for (FloatedBoxes.Panel card : row) {
                    out.addAll(LineAssembler.lines(page, fragmentsIn(card, lines, cards)));
                }
            }
        }
        return out;
    }

    /** Outermost narrow boxes each level with another with a gutter between them, left to right. */
    private static List<FloatedBoxes.Panel> cards(List<FloatedBoxes.Panel> panels, float pageWidth) {
        List<FloatedBoxes.Panel> narrow = panels.stream().filter(p -> p.maxX() - p.minX() < MAX_WIDTH * pageWidth)
                .toList();
        List<FloatedBoxes.Panel> outer = narrow.stream()
                .filter(p -> narrow.stream().noneMatch(o -> o != p && p.within(o) && !o.within(p))).distinct().toList();
        List<FloatedBoxes.Panel> cards = new ArrayList<>();
        for (FloatedBoxes.Panel p : outer) {
            boolean apart = false;
            for (FloatedBoxes.Panel o : outer) {
                if (o == p || !level(p, o)) {
                    continue;
                }
                float gap = Math.max(o.minX() - p.maxX(), p.minX() - o.maxX());
                if (gap >= -1f && gap <= CELL_SPACING) {
                    return List.of(); // shaded cells of a table
                }
                apart |= gap > CELL_SPACING;
            }
            if (apart) {
                cards.add(p);
            }
        }
        cards.sort(Comparator.comparingDouble(FloatedBoxes.Panel::minX));
        return cards;
    }

    /**
     * The cards, level with each other, that hold the line's words, when every word stands in one of them; one card
     * when the line stands wholly in it; none otherwise.
     */
    private static List<FloatedBoxes.Panel> holders(TextLine line, List<FloatedBoxes.Panel> cards) {
        List<FloatedBoxes.Panel> holding = new ArrayList<>();
        for (TextFragment f : line.fragments()) {
            if (f.isBlank()) {
                continue;
            }
            FloatedBoxes.Panel card = cards.stream().filter(c -> holds(c, f, cards)).findFirst().orElse(null);
            if (card == null) {
                return List.of();
            }
            if (!holding.contains(card)) {
                holding.add(card);
            }
        }
        for (FloatedBoxes.Panel a : holding) {
            for (FloatedBoxes.Panel b : holding) {
                if (!level(a, b)) {
                    return List.of();
                }
            }
        }
        return holding;
    }

    /** The cards level with this one, directly or through another, left to right. */
    private static List<FloatedBoxes.Panel> row(FloatedBoxes.Panel card, List<FloatedBoxes.Panel> cards) {
        List<FloatedBoxes.Panel> row = new ArrayList<>(List.of(card));
        for (int i = 0; i < row.size(); i++) {
            for (FloatedBoxes.Panel c : cards) {
                if (!row.contains(c) && level(row.get(i), c)) {
                    row.add(c);
                }
            }
        }
        row.sort(Comparator.comparingDouble(FloatedBoxes.Panel::minX));
        return row;
    }

    /** The fragments of the lines that stand in the cards (wholly, or run across them) that this card holds. */
    private static List<TextFragment> fragmentsIn(FloatedBoxes.Panel card, List<TextLine> lines,
                                                  List<FloatedBoxes.Panel> cards) {
        List<TextFragment> in = new ArrayList<>();
        for (TextLine line : lines) {
            if (holders(line, cards).contains(card)) {
                line.fragments().stream().filter(f -> !f.isBlank() && holds(card, f, cards)).forEach(in::add);
            }
        }
        return in;
    }

    /**
     * The fragment starts inside the card and ends before any other card: a line set to a fixed wrap width may run a
     * little past its card's edge into the gutter (an overfull line), never into the next card.
     */
    private static boolean holds(FloatedBoxes.Panel card, TextFragment f, List<FloatedBoxes.Panel> cards) {
        if (card.holds(f)) {
            return true;
        }
        if (!card.level(f) || f.x() < card.minX() - EDGE || f.x() >= card.maxX()) {
            return false;
        }
        return cards.stream().noneMatch(c -> c != card && c.level(f) && c.minX() >= card.maxX()
                && f.endX() > c.minX() - EDGE);
    }

    private static boolean level(FloatedBoxes.Panel a, FloatedBoxes.Panel b) {
        return a.top() < b.bottom() && b.top() < a.bottom();
    }
}
