package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Words a letter-spaced line leaves in pieces. A printer driver that fits each string to its own font's advances
 * (Java 2D's PostScript printing, then ps2pdf) sets every line with its own character spacing ({@code Tc} of a
 * tenth to a fifth of the type size), and PDFBox parts a word wherever that spacing passes 0.3 of the previous
 * glyph's width: after narrow letters ('Fa l l i ng'). The line's own letter pitch, the usual gap between the glyphs
 * of its pieces (space glyphs included: the spacing follows them too), tells a letter gap from a word gap: pieces
 * of one style apart by no more than that pitch and a share of the type size are one word. Lines whose letters
 * touch (the usual gap under a tenth of the size) are left as they are.
 *
 * <p>A word tracked wide enough that PDFBox parts it after every glyph (a design tool's or microtype's capitals set
 * 0.3 em apart: 'I N T R O D U C T I O N') leaves pieces of one glyph each, with no gap inside any piece to tell the
 * pitch. A line made only of such one-glyph pieces takes its pitch from the gaps between them: the lower median, as
 * most of its gaps are letter gaps and a word gap adds a space and a second letter gap. The pitch must stay under
 * {@link #MAX_SPACED_PITCH_SHARE} of the size: single letters further apart are a table's or a list's, not a word's.
 */
final class LetterSpacedWords {

    /** A pitch under this share of the size is ordinary (kerned) text. */
    private static final float MIN_PITCH_SHARE = 0.1f;
    /** A gap past the pitch by this share of the size is a word space, as the line's fragments are joined. */
    private static final float SHARE_OF_SIZE = 0.12f;
    /** Fewer letter gaps than this inside the pieces say nothing of the line's pitch. */
    private static final int MIN_GAPS = 2;
    /** A line of one-glyph pieces must hold this many to be read as letter-spaced. */
    private static final int MIN_SPACED_GLYPHS = 4;
    /** One-glyph pieces further apart than this share of the size are not letters of one word. */
    private static final float MAX_SPACED_PITCH_SHARE = 0.6f;
    /** Pieces whose baselines differ by more than this share of the size are not on one line. */
    private static final float SAME_LINE = 0.1f;

    private LetterSpacedWords() {
    }

    /** The page's fragments with the pieces of letter-spaced words joined; the same list when none are. */
    static List<TextFragment> join(List<TextFragment> fragments, Map<TextFragment, StruckText.Glyphs> glyphs) {
        List<TextFragment> out = new ArrayList<>(fragments.size());
        boolean changed = false;
        int start = 0;
        for (int i = 1; i <= fragments.size(); i++) {
            if (i == fragments.size() || !sameLine(fragments.get(i - 1), fragments.get(i))) {
                List<TextFragment> line = fragments.subList(start, i);
                List<TextFragment> joined = joinLine(line, glyphs);
                changed |= joined.size() != line.size();
                out.addAll(joined);
                start = i;
            }
        }
        return changed ? out : fragments;
    }

    private static List<TextFragment> joinLine(List<TextFragment> line, Map<TextFragment, StruckText.Glyphs> glyphs) {
        if (line.size() < 2) {
            return line;
        }
        float pitch = pitch(line, glyphs);
        if (pitch < MIN_PITCH_SHARE * line.get(0).fontSize()) {
            return line;
        }
        List<TextFragment> out = new ArrayList<>();
        TextFragment current = line.get(0);
        for (TextFragment next : line.subList(1, line.size())) {
            if (letterGap(current, next, pitch)) {
                current = new TextFragment(current.text() + next.text(), current.x(), next.endX(), current.y(),
                        current.fontSize(), current.bold(), current.coloured(), current.italic(),
                        current.afterRule(), current.smallCaps(), current.face());
            } else {
                out.add(current);
                current = next;
            }
        }
        out.add(current);
        return out;
    }

    /** The median gap between neighbouring glyphs inside the line's pieces; 0 when too few are known. */
    private static float pitch(List<TextFragment> line, Map<TextFragment, StruckText.Glyphs> glyphs) {
        List<Float> gaps = new ArrayList<>();
        for (TextFragment fragment : line) {
            StruckText.Glyphs known = glyphs.get(fragment);
            if (known == null) {
                continue;
            }
            for (int i = 1; i < known.lefts().length; i++) {
                gaps.add(known.lefts()[i] - known.rights()[i - 1]);
            }
        }
        if (gaps.size() < MIN_GAPS) {
            return spacedGlyphsPitch(line);
        }
        return lowerMedian(gaps);
    }

    /** The pitch of a line whose pieces are single glyphs, from the gaps between them; 0 for any other line. */
    private static float spacedGlyphsPitch(List<TextFragment> line) {
        if (line.size() < MIN_SPACED_GLYPHS) {
            return 0;
        }
        List<Float> gaps = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).text().strip().codePointCount(0, line.get(i).text().strip().length()) != 1) {
                return 0;
            }
            if (i > 0) {
                gaps.add(line.get(i).x() - line.get(i - 1).endX());
            }
        }
        float pitch = lowerMedian(gaps);
        return pitch <= MAX_SPACED_PITCH_SHARE * line.get(0).fontSize() ? pitch : 0;
    }

    private static float lowerMedian(List<Float> gaps) {
        float[] sorted = new float[gaps.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = gaps.get(i);
        }
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private static boolean letterGap(TextFragment previous, TextFragment next, float pitch) {
        float gap = next.x() - previous.endX();
        return gap >= 0 && gap <= pitch + SHARE_OF_SIZE * previous.fontSize()
                && !previous.text().endsWith(" ") && !next.text().startsWith(" ") && !next.afterRule()
                && previous.bold() == next.bold() && previous.italic() == next.italic()
                && previous.coloured() == next.coloured() && previous.smallCaps() == next.smallCaps()
                && Math.abs(previous.fontSize() - next.fontSize()) <= 0.5f;
    }

    private static boolean sameLine(TextFragment a, TextFragment b) {
        return Math.abs(a.y() - b.y()) <= SAME_LINE * Math.max(1f, a.fontSize()) && b.x() >= a.x();
    }
}
