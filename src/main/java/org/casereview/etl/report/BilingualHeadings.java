package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.document.SectionType;

/**
 * A bilingual report set side by side (Welsh left, English right): each heading printed twice on one
 * baseline in one style, one per column, each column's text under its own heading. One language is the
 * report's: the column whose headings the vocabulary types by its English synonyms. The other column's
 * headings and text are a translation and leave the body, so each section is read once.
 */
final class BilingualHeadings {

    /** The columns of a bilingual page are at least this far apart. */
    private static final float MIN_COLUMN_SHIFT = 100f;
    private static final int MIN_PAIRS = 2;

    /** The body lines and headings left, heading line indexes into the lines left. */
    record Body(List<TextLine> lines, List<Heading> headings) {
    }

    private record Pair(Heading left, Heading right) {
    }

    private BilingualHeadings() {
    }

    static Body apply(List<TextLine> lines, List<Heading> headings, SectionTyper typer) {
        List<Pair> pairs = pairs(lines, headings, 1);
        if (pairs.size() < MIN_PAIRS) {
            return new Body(lines, headings);
        }
        int leftTyped = 0;
        int rightTyped = 0;
        for (Pair pair : pairs) {
            boolean left = typer.englishType(pair.left().text()) != SectionType.OTHER;
            boolean right = typer.englishType(pair.right().text()) != SectionType.OTHER;
            if (left && right) {
                // both read as headings of this language: a grid of tiles or columns, not a translation
                return new Body(lines, headings);
            }
            leftTyped += left ? 1 : 0;
            rightTyped += right ? 1 : 0;
        }
        if (leftTyped == rightTyped) {
            return new Body(lines, headings);
        }
        boolean rightIsTranslation = leftTyped > rightTyped;
        boolean[] dropped = new boolean[lines.size()];
        List<Float> translationXs = new ArrayList<>();
        for (Pair pair : pairs) {
            Heading translation = rightIsTranslation ? pair.right() : pair.left();
            translationXs.add(lines.get(translation.lineIndex()).x());
            drop(lines, headings, translation, dropped);
        }
        // sub-headings paired the same way, the translation's in a translation column: its own sub-sections
        for (Pair pair : pairs(lines, headings, 2)) {
            Heading translation = rightIsTranslation ? pair.right() : pair.left();
            float x = lines.get(translation.lineIndex()).x();
            if (translationXs.stream().anyMatch(t -> Math.abs(t - x) < MIN_COLUMN_SHIFT / 2)) {
                drop(lines, headings, translation, dropped);
            }
        }
        return without(lines, headings, dropped);
    }

    private static void drop(List<TextLine> lines, List<Heading> headings, Heading translation, boolean[] dropped) {
        int end = endOfColumnText(lines, headings, translation);
        for (int i = translation.lineIndex(); i < end; i++) {
            dropped[i] = true;
        }
    }

    /** Headings of one level on one baseline, in one size and weight, a column apart. */
    private static List<Pair> pairs(List<TextLine> lines, List<Heading> headings, int level) {
        List<Pair> pairs = new ArrayList<>();
        List<Heading> ofLevel = headings.stream().filter(h -> h.level() == level).toList();
        boolean[] paired = new boolean[ofLevel.size()];
        for (int a = 0; a < ofLevel.size(); a++) {
            TextLine first = lines.get(ofLevel.get(a).lineIndex());
            for (int b = a + 1; b < ofLevel.size() && !paired[a]; b++) {
                TextLine second = lines.get(ofLevel.get(b).lineIndex());
                if (!paired[b] && first.page() == second.page() && Math.abs(first.y() - second.y()) < 1.5f
                        && Math.abs(first.fontSize() - second.fontSize()) < 0.5f && first.bold() == second.bold()
                        && Math.abs(first.x() - second.x()) > MIN_COLUMN_SHIFT) {
                    boolean firstLeft = first.x() < second.x();
                    pairs.add(firstLeft ? new Pair(ofLevel.get(a), ofLevel.get(b)) : new Pair(ofLevel.get(b), ofLevel.get(a)));
                    paired[a] = true;
                    paired[b] = true;
                }
            }
        }
        return pairs;
    }

    /**
     * A translation column's text runs from its heading to the next heading that is not a sub-heading of
     * that column (the column's own sub-headings and their text are translation too).
     */
    private static int endOfColumnText(List<TextLine> lines, List<Heading> headings, Heading translation) {
        int from = translation.lineIndex();
        TextLine start = lines.get(from);
        int next = lines.size();
        for (Heading h : headings) {
            TextLine line = lines.get(h.lineIndex());
            boolean sameColumn = h.level() > 1 && line.page() == start.page()
                    && Math.abs(line.x() - start.x()) < MIN_COLUMN_SHIFT / 2;
            if (h.lineIndex() > from && h.lineIndex() < next && !sameColumn) {
                next = h.lineIndex();
            }
        }
        return next;
    }

    /** The lines and headings left when the lines marked {@code dropped} leave, heading indexes moved up. */
    static Body without(List<TextLine> lines, List<Heading> headings, boolean[] dropped) {
        List<TextLine> kept = new ArrayList<>();
        int[] newIndex = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            newIndex[i] = kept.size();
            if (!dropped[i]) {
                kept.add(lines.get(i));
            }
        }
        List<Heading> left = new ArrayList<>();
        for (Heading h : headings) {
            if (!dropped[h.lineIndex()]) {
                left.add(new Heading(newIndex[h.lineIndex()], h.lineCount(), h.level(), h.text(), h.page()));
            }
        }
        return new Body(List.copyOf(kept), List.copyOf(left));
    }
}
