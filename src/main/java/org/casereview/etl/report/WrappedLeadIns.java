package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph's bold opening sentence too long for one line: an all-bold line, then right under it (same
 * left edge, same size, no paragraph space) a line whose bold run ends the sentence and regular text follows.
 * The bold line is the first line of the paragraph, not a heading over it.
 */
final class WrappedLeadIns {

    private static final Pattern SENTENCE_END = Pattern.compile("[.:?!]['\u2019\"\u201d)]?$");
    private static final float SAME_EDGE = 2f;
    private static final float MAX_GAP = 1.6f;
    /** A line that wrapped is about as wide as the text it runs on into. */
    private static final float WIDE = 0.8f;

    private WrappedLeadIns() {
    }

    /** True when {@code boldLine} wraps onto {@code next}, where its bold sentence ends and regular text goes on. */
    static boolean wrapsOnto(TextLine boldLine, TextLine next) {
        if (!boldLine.bold() || next.page() != boldLine.page()
                || Math.abs(next.fontSize() - boldLine.fontSize()) >= 0.6f
                || Math.abs(next.x() - boldLine.x()) > SAME_EDGE) {
            return false;
        }
        float gap = next.y() - boldLine.y();
        if (gap <= 0 || gap > MAX_GAP * boldLine.fontSize() || SENTENCE_END.matcher(boldLine.text().strip()).find()) {
            return false;
        }
        float width = boldLine.endX() - boldLine.x();
        return width >= WIDE * (next.endX() - next.x()) && SENTENCE_END.matcher(closingBoldRun(next)).find();
    }

    /**
     * True when {@code boldLine} is a card's bold opening sentence that fills its line alone: all bold, ending a
     * sentence, the card's first line or the first after a sentence's end ({@code previous} the line before it, or
     * null), with {@code next} a line of the same card right under it (same left edge, same size, no paragraph space)
     * that opens in regular type. In a card ({@link FilledCards}) a paragraph is what the card holds: the bold sentence
     * opens it, as one run into its first line does. Outside a card such a line may be a sub-heading.
     */
    static boolean opensCard(TextLine previous, TextLine boldLine, TextLine next) {
        boolean first = previous == null || previous.card() != boldLine.card() || previous.page() != boldLine.page()
                || SENTENCE_END.matcher(previous.text().strip()).find();
        if (boldLine.card() == 0 || next.card() != boldLine.card() || !first || !boldLine.bold()
                || next.page() != boldLine.page() || Math.abs(next.fontSize() - boldLine.fontSize()) >= 0.6f
                || Math.abs(next.x() - boldLine.x()) > SAME_EDGE) {
            return false;
        }
        float gap = next.y() - boldLine.y();
        return gap > 0 && gap <= MAX_GAP * boldLine.fontSize() && SENTENCE_END.matcher(boldLine.text().strip()).find()
                && next.fragments().stream().filter(f -> !f.isBlank()).findFirst().filter(f -> !f.bold()).isPresent();
    }

    /** The bold words a line opens with when regular text follows them on the line; else "". */
    static String closingBoldRun(TextLine line) {
        List<TextFragment> fragments = line.fragments();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < fragments.size() && (fragments.get(i).bold() || fragments.get(i).isBlank())) {
            run.append(fragments.get(i).text()).append(' ');
            i++;
        }
        boolean regularFollows = fragments.subList(i, fragments.size()).stream().anyMatch(f -> !f.isBlank());
        return regularFollows ? run.toString().strip() : "";
    }
}
