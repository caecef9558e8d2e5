package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.text.TextPosition;

/**
 * A page's label column: short labels ('Summary', 'Learning includes:') set in the left margin, right-aligned to a
 * common edge (LaTeX's margin notes, a report's hung side heads) or flush left with the text beside them starting at
 * one x (a form's label column), each level with a line of the body column that starts right of the labels after a
 * wide gap. A text stripper reads a label and the body line beside it as one line,
 * the label run into the text it names ('Learning includes: weight loss ...'), and, where the body line's first glyph
 * (a list bullet) was written before the note, the bullet alone in front of the label. Found, each label's glyphs are
 * put before the other glyphs of their line, so the stripper writes the label first; the stripper then ends the line
 * after it ({@link #isLabel}), so the label stands on a line of its own before the line it sits beside.
 */
public final class MarginLabels {

    public static final MarginLabels NONE = new MarginLabels(Set.of());

    /** A gap this many font sizes wide parts a label from the body text beside it (a word space is far less). */
    private static final float WIDE_GAP = 1.2f;
    /** Points by which the right edges of one column's labels may differ. */
    private static final float ALIGN = 1.5f;
    private static final int MIN_LABELS = 2;
    private static final int MAX_LABEL_WORDS = 5;
    /** A label is at most this share of its line's width. */
    private static final float NARROW = 0.4f;
    /** A gap this share of the font size between glyphs parts words. */
    private static final float WORD_GAP = 0.15f;

    private final Set<TextPosition> labels;

    private MarginLabels(Set<TextPosition> labels) {
        this.labels = labels;
    }

    /**
     * A line as the stripper would form it, its glyphs in stream order, and the label run heading it, if any, with
     * where the label starts and ends and where the text after its gap starts; {@code left}: its leftmost glyph's x
     * (worked out once: every labelled row compares it with every other row's).
     */
    record Row(List<TextPosition> glyphs, List<TextPosition> label, float labelLeft, float labelRight,
                       float bodyLeft, float left) {
        Row(List<TextPosition> glyphs, List<TextPosition> label, float labelLeft, float labelRight, float bodyLeft) {
            this(glyphs, label, labelLeft, labelRight, bodyLeft,
                    (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0));
        }
    }

    /**
     * Finds the label column of a page from the stripper's glyphs (its articles, in stream order) and puts each
     * label's glyphs before the rest of its line, in place; {@link #NONE} when the page has none.
     */
    public static MarginLabels arrange(List<List<TextPosition>> articles) {
        List<List<Row>> rows = new ArrayList<>();
        articles.forEach(article -> rows.add(rows(article)));
        List<Row> all = rows.stream().flatMap(List::stream).toList();
        Set<TextPosition> labels = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Row row : all) {
            if (!row.label().isEmpty() && inColumn(row, all)) {
                labels.addAll(row.label());
            }
        }
        if (labels.isEmpty()) {
            return NONE;
        }
        for (int a = 0; a < articles.size(); a++) {
            List<TextPosition> ordered = new ArrayList<>();
            for (Row row : rows.get(a)) {
                row.glyphs().stream().filter(labels::contains).forEach(ordered::add);
                row.glyphs().stream().filter(g -> !labels.contains(g)).forEach(ordered::add);
            }
            articles.get(a).clear();
            articles.get(a).addAll(ordered);
        }
        return new MarginLabels(labels);
    }

    /** True when the word's glyphs are a label of the column (its first glyph tells). */
    public boolean isLabel(List<TextPosition> word) {
        return !word.isEmpty() && labels.contains(word.get(0));
    }

    /**
     * How many glyphs at the start of a stripper's word belong to a label, when glyphs of the line beside it follow
     * in the same word (0 otherwise): a producer that writes a space glyph after a label cell's text gives the
     * stripper no gap to cut at, so 'includes' and the body line's first words come as one word.
     */
    public int labelEnd(List<TextPosition> word) {
        if (!isLabel(word)) {
            return 0;
        }
        int end = 0;
        while (end < word.size() && labels.contains(word.get(end))) {
            end++;
        }
        return end < word.size() ? end : 0;
    }

    /** Writes a stripper's text: a word of its glyphs. */
    @FunctionalInterface
    public interface WordWriter {
        void write(String text, List<TextPosition> glyphs) throws IOException;
    }

    /**
     * Writes a word that opens with a label and goes on into the line beside it as two words, the label's and the
     * body's ({@link #labelEnd}); false, writing nothing, for any other word.
     */
    public boolean writeSplit(List<TextPosition> word, WordWriter out) throws IOException {
        int labelEnd = labelEnd(word);
        if (labelEnd == 0) {
            return false;
        }
        List<TextPosition> label = word.subList(0, labelEnd);
        out.write(text(label), label);
        List<TextPosition> body = bodyAfter(word, labelEnd);
        out.write(text(body), body);
        return true;
    }

    /** The word's glyphs after its label's, the blanks between them left out: the body line's first words. */
    static List<TextPosition> bodyAfter(List<TextPosition> word, int labelEnd) {
        int start = labelEnd;
        while (start < word.size() - 1 && word.get(start).getUnicode().isBlank()) {
            start++;
        }
        return word.subList(start, word.size());
    }

    /** The glyphs' text as the stripper writes a word: their characters in order. */
    public static String text(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        return text.toString();
    }

    /**
     * A label of the column: at least one other row's label ends at the same x (labels set right-aligned against the
     * body), or starts at the same x with the text beside both starting at one x too (a form's labels set flush left
     * in a column of their own); and most rows with no label start right of the label's edge (the body column lies
     * right of the labels).
     */
    private static boolean inColumn(Row row, List<Row> all) {
        int rightAligned = 0;
        int leftAligned = 0;
        int body = 0;
        int others = 0;
        for (Row other : all) {
            if (!other.label().isEmpty()) {
                rightAligned += Math.abs(other.labelRight() - row.labelRight()) <= ALIGN ? 1 : 0;
                leftAligned += Math.abs(other.labelLeft() - row.labelLeft()) <= ALIGN
                        && Math.abs(other.bodyLeft() - row.bodyLeft()) <= ALIGN ? 1 : 0;
            } else {
                others++;
                body += other.left() > row.labelRight() ? 1 : 0;
            }
        }
        return (rightAligned >= MIN_LABELS || leftAligned >= MIN_LABELS) && 2 * body >= others;
    }

    /** The article's glyphs cut into lines where one no longer overlaps the line's height, as the stripper does. */
    static List<Row> rows(List<TextPosition> glyphs) {
        List<Row> rows = new ArrayList<>();
        List<TextPosition> line = new ArrayList<>();
        float maxY = Float.NaN;
        float maxHeight = 0;
        for (TextPosition glyph : glyphs) {
            float y = glyph.getYDirAdj();
            float height = glyph.getHeightDir();
            if (!line.isEmpty() && !overlap(y, height, maxY, maxHeight)) {
                rows.add(row(line));
                line = new ArrayList<>();
                maxY = Float.NaN;
                maxHeight = 0;
            }
            line.add(glyph);
            maxY = Float.isNaN(maxY) ? y : Math.max(maxY, y);
            maxHeight = Math.max(maxHeight, height);
        }
        if (!line.isEmpty()) {
            rows.add(row(line));
        }
        return rows;
    }

    private static boolean overlap(float y1, float height1, float y2, float height2) {
        return Math.abs(y1 - y2) < 0.1f || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
    }

    /**
     * The line with its label: the glyphs left of the line's first wide gap, when they are a few words holding a
     * word of letters (not a list marker or a number), narrow beside the line, and text follows the gap.
     */
    private static Row row(List<TextPosition> glyphs) {
        List<TextPosition> byX = byX(glyphs);
        for (int i = 1; i < byX.size(); i++) {
            TextPosition before = byX.get(i - 1);
            TextPosition after = byX.get(i);
            float gap = after.getXDirAdj() - right(before);
            if (gap > WIDE_GAP * Math.max(before.getFontSizeInPt(), after.getFontSizeInPt())) {
                List<TextPosition> head = byX.subList(0, i);
                float width = right(before) - head.get(0).getXDirAdj();
                float lineWidth = right(byX.get(byX.size() - 1)) - head.get(0).getXDirAdj();
                boolean label = width <= NARROW * lineWidth && isLabelText(head);
                return new Row(glyphs, label ? List.copyOf(head) : List.of(), head.get(0).getXDirAdj(), right(before),
                        after.getXDirAdj());
            }
        }
        return new Row(glyphs, List.of(), 0, 0, 0);
    }

    /**
     * The visible glyphs sorted by x, as a stable sort of them by {@code getXDirAdj} orders them; each glyph's x is
     * worked out once (PDFBox works out the text direction again at every call).
     */
    static List<TextPosition> byX(List<TextPosition> glyphs) {
        List<TextPosition> visible = new ArrayList<>(glyphs.size());
        for (TextPosition g : glyphs) {
            if (g.getUnicode() != null && !g.getUnicode().isBlank()) {
                visible.add(g);
            }
        }
        float[] x = new float[visible.size()];
        List<Integer> order = new ArrayList<>(visible.size());
        for (int i = 0; i < x.length; i++) {
            x[i] = visible.get(i).getXDirAdj();
            order.add(i);
        }
        order.sort((a, b) -> Float.compare(x[a], x[b])); // stable, as the stream's sort
        List<TextPosition> sorted = new ArrayList<>(x.length);
        order.forEach(i -> sorted.add(visible.get(i)));
        return sorted;
    }

    private static boolean isLabelText(List<TextPosition> head) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < head.size(); i++) {
            if (i > 0 && head.get(i).getXDirAdj() - right(head.get(i - 1)) > WORD_GAP * head.get(i).getFontSizeInPt()) {
                text.append(' ');
            }
            text.append(head.get(i).getUnicode());
        }
        String words = text.toString().strip();
        return words.split("\\s+").length <= MAX_LABEL_WORDS && words.matches(".*\\p{L}{2}.*");
    }

    static float right(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj();
    }
}
