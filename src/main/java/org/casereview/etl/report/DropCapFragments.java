package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.casereview.etl.layout.DropCaps;

/**
 * A drop cap several lines tall ({@link DropCaps}, the rule the digest reader's page lines ask too) stands on a lower
 * line's baseline, so grouped by baselines it would open that line ('Sbeen drinking') and leave the paragraph's
 * first line without its first letter. It is placed as what it is, the first letter of the first line's first word:
 * on that line's baseline, in its type, touching its first word. A single large letter that is no drop cap stays
 * where it stands ({@link SizeApart} keeps a cap on its own line's baseline with its text, as before).
 */
final class DropCapFragments {

    /** Words further apart than this many of their size on one baseline are in different columns. */
    private static final float COLUMN_GAP = 1.5f;
    /** A word space, as a share of the type size, between a cap that is a word and the next word. */
    private static final float WORD_GAP = 0.35f;

    private DropCapFragments() {
    }

    /** The fragments with each drop cap moved onto its paragraph's first line; the same list when there is none. */
    static List<TextFragment> placed(List<TextFragment> fragments) {
        if (fragments.stream().noneMatch(DropCapFragments::mayBeCap)) {
            return fragments;
        }
        Map<DropCaps.Line, TextFragment> firstOf = new IdentityHashMap<>();
        List<DropCaps.Line> lines = new ArrayList<>();
        List<TextFragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(TextFragment::y).thenComparingDouble(TextFragment::x));
        List<TextFragment> run = new ArrayList<>();
        for (TextFragment f : sorted) {
            if (f.isBlank()) {
                continue;
            }
            if (!run.isEmpty() && apart(run.get(run.size() - 1), f)) {
                addLine(run, lines, firstOf);
                run.clear();
            }
            run.add(f);
        }
        addLine(run, lines, firstOf);
        Map<DropCaps.Line, DropCaps.Line> caps = DropCaps.of(lines);
        if (caps.isEmpty()) {
            return fragments;
        }
        Map<TextFragment, TextFragment> moved = new IdentityHashMap<>();
        caps.forEach((cap, first) -> moved.put(firstOf.get(cap), onto(firstOf.get(cap), firstOf.get(first),
                DropCaps.isWordOfItsOwn(cap, lines))));
        return fragments.stream().map(f -> moved.getOrDefault(f, f)).toList();
    }

    private static boolean mayBeCap(TextFragment f) {
        return f.text().length() <= 3 && DropCaps.isCapText(f.text());
    }

    /** A new line at another baseline, a different size of a single letter, or past a column gap. */
    private static boolean apart(TextFragment last, TextFragment next) {
        float size = Math.max(last.fontSize(), next.fontSize());
        return Math.abs(next.y() - last.y()) > 0.45f * Math.min(last.fontSize(), next.fontSize())
                || mayBeCap(last) != mayBeCap(next) && Math.max(last.fontSize(), next.fontSize())
                >= 1.8f * Math.min(last.fontSize(), next.fontSize())
                || next.x() - last.endX() > COLUMN_GAP * size;
    }

    private static void addLine(List<TextFragment> run, List<DropCaps.Line> lines, Map<DropCaps.Line, TextFragment> firstOf) {
        if (run.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        run.forEach(f -> text.append(f.text()));
        TextFragment first = run.get(0);
        float size = (float) run.stream().mapToDouble(TextFragment::fontSize).max().orElse(first.fontSize());
        DropCaps.Line line = new DropCaps.Line(text.toString(), first.x(), run.get(run.size() - 1).endX(), first.y(), size);
        lines.add(line);
        firstOf.put(line, first);
    }

    /**
     * The cap as the first letter of the line's first word: its baseline, type and style, no gap before the word; or,
     * a word of its own ('A' over 'boy of 3'), the line's first word with a word space after it.
     */
    private static TextFragment onto(TextFragment cap, TextFragment first, boolean word) {
        float width = 0.6f * first.fontSize();
        float end = word ? first.x() - WORD_GAP * first.fontSize() : first.x();
        return new TextFragment(cap.text().strip(), end - width, end, first.y(), first.fontSize(), first.bold(),
                first.coloured(), first.italic(), false, false);
    }
}
