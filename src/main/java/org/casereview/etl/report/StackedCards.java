package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cards stacked in one column (a web page's list of shaded cards, a grid of cards reflowed to one column): filled boxes
 * with the same left and right edges, each right under the one before with a gap wider than a table's cell spacing and
 * no text between them, each holding lines whole and opening with a bold sentence (a lead-in run into the card's
 * paragraph or alone on its first line). The run of equal boxes, nothing between them and each opening the same way is
 * what tells a column of cards from a shaded call-out with a sub-heading: a call-out stands alone, or with prose
 * between it and the next; a table's shaded rows touch or have text between them (the unshaded rows).
 */
final class StackedCards {

    /** Points two boxes' edges may differ by and still be one column's. */
    private static final float SAME_EDGE = 1.5f;
    /** The widest gap between stacked cards, in the type sizes of the lower card's first line. */
    private static final float MAX_GAP = 3f;
    /** Lines of a card its bold opening sentence may run over. */
    private static final int LEAD_IN_LINES = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("[.:?!]['\u2019\"\u201d)]?$");

    private StackedCards() {
    }

    /** The boxes of {@code holding} (each holding lines whole) that are cards of a stacked run of two or more. */
    static List<FloatedBoxes.Panel> stacked(List<FloatedBoxes.Panel> holding, List<TextLine> lines,
                                            float cellSpacing) {
        if (holding.size() < 2) {
            return List.of();
        }
        List<FloatedBoxes.Panel> byTop = holding.stream().sorted(Comparator.comparing(FloatedBoxes.Panel::top))
                .toList();
        List<FloatedBoxes.Panel> cards = new ArrayList<>();
        List<FloatedBoxes.Panel> run = new ArrayList<>();
        for (FloatedBoxes.Panel panel : byTop) {
            List<TextLine> held = held(panel, lines);
            boolean opens = opensWithBoldSentence(held);
            if (!run.isEmpty() && !(opens && follows(run.get(run.size() - 1), panel, held, lines, cellSpacing))) {
                keep(run, cards);
            }
            if (opens) {
                run.add(panel);
            }
        }
        keep(run, cards);
        return cards;
    }

    private static void keep(List<FloatedBoxes.Panel> run, List<FloatedBoxes.Panel> cards) {
        if (run.size() >= 2) {
            cards.addAll(run);
        }
        run.clear();
    }

    /** {@code lower} stands right under {@code upper}, the same width, a card's gap between them and no text. */
    private static boolean follows(FloatedBoxes.Panel upper, FloatedBoxes.Panel lower, List<TextLine> held,
                                   List<TextLine> lines, float cellSpacing) {
        float gap = lower.top() - upper.bottom();
        if (Math.abs(upper.minX() - lower.minX()) > SAME_EDGE || Math.abs(upper.maxX() - lower.maxX()) > SAME_EDGE
                || gap <= cellSpacing || gap > MAX_GAP * held.get(0).fontSize()) {
            return false;
        }
        return lines.stream().noneMatch(l -> !l.text().isBlank() && l.y() > upper.bottom() && l.y() < lower.top()
                && l.x() < upper.maxX() && l.endX() > upper.minX());
    }

    private static List<TextLine> held(FloatedBoxes.Panel panel, List<TextLine> lines) {
        return lines.stream().filter(l -> !l.text().isBlank()
                && l.fragments().stream().allMatch(f -> f.isBlank() || panel.holds(f))).toList();
    }

    /** The box's first line opens in bold and the bold run ends a sentence (on that line or the next). */
    private static boolean opensWithBoldSentence(List<TextLine> held) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < Math.min(LEAD_IN_LINES, held.size()); i++) {
            List<TextFragment> fragments = held.get(i).fragments();
            int j = 0;
            while (j < fragments.size() && (fragments.get(j).bold() || fragments.get(j).isBlank())) {
                run.append(fragments.get(j).text());
                j++;
            }
            String text = run.toString().strip();
            if (text.isEmpty()) {
                return false;
            }
            if (SENTENCE_END.matcher(text).find()) {
                return true;
            }
            if (j < fragments.size()) {
                return false; // regular text follows a bold run that ends no sentence: a label, not a lead-in
            }
            run.append(' ');
        }
        return false;
    }
}
