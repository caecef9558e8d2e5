package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Cards of a grid of filled boxes (a web page's CSS grid of shaded cards, a briefing's coloured panels in a row): shaded
 * rectangles narrower than a column's share of the page, each holding two lines of text or more whole, each standing
 * level with another such box with a gutter wider than a table's cell spacing between them. A card is a unit of its
 * own: its lines are marked with the card's number on the page, so that a block never runs from one card into the
 * next and a card's paragraph can be read as one item. Not the shaded cells of a table (boxes whose sides meet), a
 * shaded column or page background (too wide), a highlight behind some words (a line runs across its edge) or a
 * single shaded box (a boxed recommendation, a call-out: nothing beside it). Cards stacked in one column are found by
 * {@link StackedCards}.
 */
final class FilledCards {

    /** Points a fragment may stand over a box's edge and still be inside it. */
    private static final float EDGE = 1f;
    /** A box this wide is no card of one column. */
    private static final float MAX_WIDTH = 0.6f;
    /** Boxes side by side closer than this (points) are a table's shaded cells, not cards. */
    private static final float CELL_SPACING = 6f;
    private static final int MIN_LINES = 2;
    /** Words a line must hold in each of two boxes to have run across them: running text, not a label or a number. */
    private static final int MIN_WORDS = 3;

    private FilledCards() {
    }

    /** The lines, those inside a card marked with its number (from 1, in the order the lines reach the cards). */
    static List<TextLine> mark(List<TextLine> lines, List<FloatedBoxes.Panel> panels, float pageWidth) {
        if (panels.size() < 2) {
            return lines;
        }
        List<FloatedBoxes.Panel> cards = cards(lines, panels, pageWidth);
        if (cards.isEmpty()) {
            return lines;
        }
        List<FloatedBoxes.Panel> numbered = new ArrayList<>();
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            FloatedBoxes.Panel card = holder(cards, line);
            if (card == null) {
                out.add(line);
                continue;
            }
            if (!numbered.contains(card)) {
                numbered.add(card);
            }
            out.add(line.inCard(numbered.indexOf(card) + 1));
        }
        return out;
    }

    /**
     * The baselines of the lines, as the reading left them, that hold running text in two boxes standing level side by
     * side with a gutter between them: a grid's cards read as rows across the page. A reading that took the cards as
     * cards (or each box's text as a column) never leaves one; a table's shaded cells touch or stand a cell spacing
     * apart, and a page or column background is too wide to be one of two boxes side by side.
     */
    static List<Float> linesAcross(List<TextLine> lines, List<FloatedBoxes.Panel> panels, float pageWidth) {
        if (panels.size() < 2) {
            return List.of();
        }
        List<FloatedBoxes.Panel> narrow = panels.stream().filter(p -> p.maxX() - p.minX() < MAX_WIDTH * pageWidth)
                .toList();
        List<Float> across = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.card() == 0 && line.fragments().size() > 1 && runsAcross(line, narrow)) {
                across.add(line.y());
            }
        }
        return across;
    }

    private static boolean runsAcross(TextLine line, List<FloatedBoxes.Panel> boxes) {
        List<FloatedBoxes.Panel> holding = new ArrayList<>();
        for (FloatedBoxes.Panel box : boxes) {
            int words = line.fragments().stream().filter(f -> !f.isBlank() && box.holds(f))
                    .mapToInt(f -> ReadAcross.words(f.text())).sum();
            if (words >= MIN_WORDS) {
                holding.add(box);
            }
        }
        for (FloatedBoxes.Panel a : holding) {
            for (FloatedBoxes.Panel b : holding) {
                if (level(a, b) && b.minX() - a.maxX() > CELL_SPACING) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<FloatedBoxes.Panel> cards(List<TextLine> lines, List<FloatedBoxes.Panel> panels,
                                                  float pageWidth) {
        List<FloatedBoxes.Panel> holding = panels.stream().filter(p -> holdsLinesWhole(p, lines)).toList();
        List<FloatedBoxes.Panel> narrow = holding.stream().filter(p -> p.maxX() - p.minX() < MAX_WIDTH * pageWidth)
                .toList();
        List<FloatedBoxes.Panel> outer = narrow.stream()
                .filter(p -> narrow.stream().noneMatch(o -> o != p && p.within(o))).toList();
        for (FloatedBoxes.Panel a : outer) {
            for (FloatedBoxes.Panel b : outer) {
                float gap = b.minX() - a.maxX();
                if (a != b && level(a, b) && gap >= -EDGE && gap <= CELL_SPACING) {
                    return List.of(); // shaded cells of a table
                }
            }
        }
        List<FloatedBoxes.Panel> cards = new ArrayList<>(outer.stream().filter(p -> outer.stream().anyMatch(
                o -> o != p && level(p, o) && (o.minX() - p.maxX() > CELL_SPACING
                        || p.minX() - o.maxX() > CELL_SPACING))).toList());
        for (FloatedBoxes.Panel stacked : StackedCards.stacked(holding, lines, CELL_SPACING)) {
            if (!cards.contains(stacked)) {
                cards.add(stacked);
            }
        }
        return cards;
    }

    /** Two lines or more wholly inside, and no line level with the box running across its edge. */
    private static boolean holdsLinesWhole(FloatedBoxes.Panel panel, List<TextLine> lines) {
        int held = 0;
        for (TextLine line : lines) {
            boolean inside = true;
            boolean touches = false;
            for (TextFragment f : line.fragments()) {
                if (f.isBlank()) {
                    continue;
                }
                boolean holds = panel.holds(f);
                inside &= holds;
                touches |= holds || panel.overlapsAcross(f);
            }
            if (touches && !inside) {
                return false;
            }
            held += inside ? 1 : 0;
        }
        return held >= MIN_LINES;
    }

    private static FloatedBoxes.Panel holder(List<FloatedBoxes.Panel> cards, TextLine line) {
        if (line.text().isBlank()) {
            return null;
        }
        for (FloatedBoxes.Panel card : cards) {
            if (line.fragments().stream().allMatch(f -> f.isBlank() || card.holds(f))) {
                return card;
            }
        }
        return null;
    }

    private static boolean level(FloatedBoxes.Panel a, FloatedBoxes.Panel b) {
        return a.top() < b.bottom() && b.top() < a.bottom();
    }
}
