package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words struck through are deleted words: a word processor printing its tracked changes draws a line through the middle
 * of a deletion's letters (about half the x-height above the baseline) and a line under an insertion. The struck
 * letters leave their fragment, and the words either side keep one space between them. A line at the baseline or
 * below is an underline, one above the letters a rule between rows: neither strikes anything. A strike starts at a
 * letter's left edge and ends at a letter's right edge on its baseline, so a rule crossing a line's middle from
 * elsewhere (a table's, a column's) strikes nothing either.
 */
final class StruckText {

    /** Lowest and highest a strike stands above the baseline, in font sizes (half an x-height is about 0.25). */
    private static final float MIN_RISE = 0.15f;
    private static final float MAX_RISE = 0.45f;
    /** How far a strike's end may stand from a letter's edge, in font sizes. */
    private static final float EDGE = 0.15f;
    /** Fragments whose baselines are this close, in font sizes, stand on one line. */
    private static final float SAME_LINE = 0.2f;
    /** A fragment this close to a struck one, in font sizes, goes on from it: the words of one run of text. */
    private static final float TOUCH = 0.6f;

    /** The left and right edge of each character of a fragment's text. */
    record Glyphs(float[] lefts, float[] rights) {
    }

    private StruckText() {
    }

    /**
     * The fragments without their struck letters. A fragment keeps its place on the line; one struck through whole is
     * left out and its place goes to the fragment it follows or precedes without a gap, so that the words either side
     * stand a word space apart (or none, before a full stop) and the hole does not read as a column gap.
     */
    static List<TextFragment> drop(List<TextFragment> fragments, Map<TextFragment, Glyphs> glyphs,
                                   List<RuledLines.Rule> bars) {
        if (bars.isEmpty() || glyphs.isEmpty()) {
            return fragments;
        }
        TextFragment[] out = fragments.toArray(new TextFragment[0]);
        List<TextFragment> gone = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            TextFragment f = fragments.get(i);
            Glyphs g = glyphs.get(f);
            boolean[] struck = g == null ? null : struck(f, g, bars, fragments, glyphs);
            if (struck != null) {
                out[i] = without(f, struck);
                if (out[i] == null) {
                    gone.add(f);
                }
            }
        }
        gone.sort(java.util.Comparator.comparingDouble(TextFragment::x));
        for (TextFragment hole : gone) {
            fillHole(out, hole);
        }
        List<TextFragment> kept = new ArrayList<>(out.length);
        for (TextFragment f : out) {
            if (f != null) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The fragment ending where the struck one began takes its place, else the one starting where it ended. */
    private static void fillHole(TextFragment[] out, TextFragment hole) {
        float touch = TOUCH * hole.fontSize();
        int before = -1;
        int after = -1;
        for (int i = 0; i < out.length; i++) {
            TextFragment f = out[i];
            if (f == null || Math.abs(f.y() - hole.y()) > SAME_LINE * hole.fontSize()) {
                continue;
            }
            if (f.endX() <= hole.x() + 0.5f && f.endX() >= hole.x() - touch && (before < 0 || f.endX() > out[before].endX())) {
                before = i;
            }
            if (f.x() >= hole.endX() - 0.5f && f.x() <= hole.endX() + touch && (after < 0 || f.x() < out[after].x())) {
                after = i;
            }
        }
        if (before >= 0) {
            out[before] = placed(out[before], out[before].x(), hole.endX());
        } else if (after >= 0) {
            out[after] = placed(out[after], hole.x(), out[after].endX());
        }
    }

    private static TextFragment placed(TextFragment f, float x, float endX) {
        return new TextFragment(f.text(), x, endX, f.y(), f.fontSize(), f.bold(), f.coloured(), f.italic(),
                f.afterRule(), f.smallCaps(), f.face());
    }

    /** Which characters of the fragment a strike crosses (their middles under it), or null when none is a letter. */
    private static boolean[] struck(TextFragment f, Glyphs g, List<RuledLines.Rule> bars, List<TextFragment> fragments,
                                   Map<TextFragment, Glyphs> glyphs) {
        boolean[] struck = null;
        boolean letter = false;
        for (RuledLines.Rule bar : bars) {
            float rise = f.y() - bar.y();
            if (rise < MIN_RISE * f.fontSize() || rise > MAX_RISE * f.fontSize()
                    || bar.maxX() <= f.x() || bar.minX() >= f.endX() || !atLetterEdges(bar, f, fragments, glyphs)) {
                continue;
            }
            String text = f.text();
            for (int i = 0; i < text.length(); i++) {
                float middle = (g.lefts()[i] + g.rights()[i]) / 2;
                if (middle > bar.minX() && middle < bar.maxX()) {
                    struck = struck == null ? new boolean[text.length()] : struck;
                    struck[i] = true;
                    letter |= Character.isLetterOrDigit(text.charAt(i));
                }
            }
        }
        return letter ? struck : null;
    }

    /** The bar starts at a character's left edge and ends at one's right edge on the fragment's line. */
    private static boolean atLetterEdges(RuledLines.Rule bar, TextFragment f, List<TextFragment> fragments,
                                         Map<TextFragment, Glyphs> glyphs) {
        float slack = EDGE * f.fontSize();
        boolean starts = false;
        boolean ends = false;
        for (TextFragment other : fragments) {
            Glyphs g = glyphs.get(other);
            if (g == null || Math.abs(other.y() - f.y()) > SAME_LINE * f.fontSize()
                    || other.endX() < bar.minX() - slack || other.x() > bar.maxX() + slack) {
                continue;
            }
            for (int i = 0; i < g.lefts().length && !(starts && ends); i++) {
                starts |= Math.abs(g.lefts()[i] - bar.minX()) <= slack;
                ends |= Math.abs(g.rights()[i] - bar.maxX()) <= slack;
            }
        }
        return starts && ends;
    }

    /**
     * The fragment's text without the struck characters, one space where a cut left two, in the fragment's place; null
     * when nothing is left.
     */
    private static TextFragment without(TextFragment f, boolean[] struck) {
        String text = f.text();
        StringBuilder kept = new StringBuilder(text.length());
        boolean cut = false;
        for (int i = 0; i < text.length(); i++) {
            if (struck[i]) {
                cut = true;
                continue;
            }
            char c = text.charAt(i);
            boolean spaceBefore = kept.isEmpty() || kept.charAt(kept.length() - 1) == ' ';
            if (cut && c == ' ' && spaceBefore) {
                continue;
            }
            if (cut && ".,;:!?)".indexOf(c) >= 0 && !kept.isEmpty() && kept.charAt(kept.length() - 1) == ' ') {
                kept.setLength(kept.length() - 1);
            }
            cut = false;
            kept.append(c);
        }
        String clean = kept.toString();
        return clean.isBlank() ? null : new TextFragment(clean, f.x(), f.endX(), f.y(), f.fontSize(), f.bold(),
                f.coloured(), f.italic(), f.afterRule(), f.smallCaps(), f.face());
    }
}
