package org.casereview.etl.report;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One printed line: fragments sharing a baseline, left to right.
 *
 * @param page      1-based physical page
 * @param text      the line's text, fragments joined
 * @param fragments the fragments in reading order
 * @param ruled     a drawn rule runs directly under the whole line (an underlined heading)
 * @param ruledAbove a drawn rule runs over the whole line a little above it, with no line between
 * @param banded    the line stands alone on a filled band reaching well past its end ({@link FilledBands})
 * @param card      the filled card of a grid the line stands in, counted from 1 on its page; 0 outside any
 *                  ({@link FilledCards})
 */
record TextLine(int page, String text, List<TextFragment> fragments, boolean ruled, boolean ruledAbove,
                boolean banded, int card) {
    private static final Pattern MARKER = Pattern.compile("[A-Z]{0,2}[\\d.]{1,8}[:.)]?|\\(?\\p{L}[.)]|\\W");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,3}[.)]?");

    TextLine {
        fragments = List.copyOf(fragments);
    }

    TextLine(int page, String text, List<TextFragment> fragments) {
        this(page, text, fragments, false, false, false);
    }

    TextLine(int page, String text, List<TextFragment> fragments, boolean ruled, boolean ruledAbove) {
        this(page, text, fragments, ruled, ruledAbove, false);
    }

    TextLine(int page, String text, List<TextFragment> fragments, boolean ruled, boolean ruledAbove,
             boolean banded) {
        this(page, text, fragments, ruled, ruledAbove, banded, 0);
    }

    TextLine withRule() {
        return new TextLine(page, text, fragments, true, ruledAbove, banded, card);
    }

    TextLine withRuleAbove() {
        return new TextLine(page, text, fragments, ruled, true, banded, card);
    }

    TextLine withBand() {
        return new TextLine(page, text, fragments, ruled, ruledAbove, true, card);
    }

    TextLine inCard(int number) {
        return new TextLine(page, text, fragments, ruled, ruledAbove, banded, number);
    }

    TextLine withText(String newText) {
        return new TextLine(page, newText, fragments, ruled, ruledAbove, banded, card);
    }

    float x() {
        return fragments.get(0).x();
    }

    float endX() {
        return fragments.get(fragments.size() - 1).endX();
    }

    float y() {
        return fragments.get(0).y();
    }

    /**
     * The size of most of the line's characters. Asked of most lines many times over (headings, furniture, blocks, the
     * columns' readings); a line whose fragments share one size (the most) has it without a character counted.
     */
    float fontSize() {
        if (fragments.isEmpty()) {
            return 0;
        }
        int first = Float.floatToRawIntBits(fragments.get(0).fontSize());
        for (int i = 1; i < fragments.size(); i++) {
            if (Float.floatToRawIntBits(fragments.get(i).fontSize()) != first) {
                return mostCharactersSize();
            }
        }
        return fragments.get(0).fontSize(); // the first fragment's, which the count below would keep too
    }

    private float mostCharactersSize() {
        float best = 0;
        int bestChars = -1;
        for (TextFragment f : fragments) {
            int chars = strippedLength(f.text());
            if (chars > bestChars) {
                bestChars = chars;
                best = f.fontSize();
            }
        }
        return best;
    }

    /** {@code text.strip().length()} without the copy (white space is in the Basic Multilingual Plane only). */
    private static int strippedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    /**
     * The length of the text without its spaces, as {@code text.replace(" ", "").length()} without the copy; the spaces
     * found by {@code indexOf}, which scans the string's own bytes (a {@code charAt} loop pays a bounds check per
     * character under C1, the launcher's compiler for a month's run).
     */
    private static int nonSpaces(String text) {
        int spaces = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            spaces++;
        }
        return text.length() - spaces;
    }

    /**
     * True when nearly every visible character is bold, a leading number set apart in its own face aside: a word
     * processor's list numbering prints a heading's "1." in the numbering's default face before the bold title.
     */
    boolean bold() {
        if (noFragment(TextFragment::bold)) {
            return false; // no bold character: most lines, told without counting characters
        }
        int all = visibleChars(f -> true) - plainNumberChars();
        return all > 0 && visibleChars(TextFragment::bold) >= 0.9 * all;
    }

    private int plainNumberChars() {
        if (fragments.size() < 2 || fragments.get(0).bold()) {
            return 0;
        }
        String first = fragments.get(0).text().strip();
        return NUMBER.matcher(first).matches() ? first.length() : 0;
    }

    /** True when every visible character is in an italic face. */
    boolean italic() {
        for (TextFragment f : fragments) {
            if (!f.italic() && !f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when most visible characters are in a small-capital face (its capitals may come from the upright face). */
    boolean smallCaps() {
        if (noFragment(TextFragment::smallCaps)) {
            return false;
        }
        int all = visibleChars(f -> true);
        return all > 0 && visibleChars(TextFragment::smallCaps) * 2 > all;
    }

    /** True when no fragment is set in the face: none of the line's characters is (then no share of them is). */
    private boolean noFragment(Predicate<TextFragment> face) {
        for (TextFragment f : fragments) {
            if (face.test(f)) {
                return false;
            }
        }
        return true;
    }

    private int visibleChars(Predicate<TextFragment> face) {
        int chars = 0;
        for (TextFragment f : fragments) {
            if (face.test(f)) {
                chars += nonSpaces(f.text());
            }
        }
        return chars;
    }

    /** The font family all the line's printed fragments share; null when they differ or one is not known. */
    String face() {
        String face = null;
        for (TextFragment f : fragments) {
            if (f.isBlank()) {
                continue;
            }
            if (f.face() == null || face != null && !face.equals(f.face())) {
                return null;
            }
            face = f.face();
        }
        return face;
    }

    /** True when every visible character is in colour. */
    boolean coloured() {
        for (TextFragment f : fragments) {
            if (!f.coloured() && !f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A wide gap that does not follow a leading number or bullet: cells of a table row. */
    boolean hasCellGap() {
        for (int i = 1; i < fragments.size(); i++) {
            float gap = fragments.get(i).x() - fragments.get(i - 1).endX();
            // the gap first: the marker's patterns are matched only where a gap would part cells
            if ((gap > 1.1f * fontSize() || fragments.get(i).afterRule()) && !(i == 1 && afterMarker())) {
                return true;
            }
        }
        return false;
    }

    /** The first fragment is a number, bullet or short label ("Recommendation 1:") set off by a tab. */
    private boolean afterMarker() {
        String first = fragments.get(0).text().strip();
        return MARKER.matcher(first).matches() || first.endsWith(":") && SPACES.split(first).length <= 4;
    }
}
