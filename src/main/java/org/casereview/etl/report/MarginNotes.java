package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Notes in a narrow column of smaller type beside the right edge of the text column (sidenotes and margin notes,
 * as tufte-handout sets them) or beside its left edge (an outer margin column of notes): read across the page with
 * the body lines level with them, they cut a line or an item in two and run into its text. Like footnotes below
 * the body, they are left out of the page's lines. A note on the left is words (a paragraph number in the margin is
 * no note); notes on either side that are the review's own points are read apart ({@link SideNoteItems}).
 */
final class MarginNotes {

    /** Notes are set at most this share of the body's size (8 pt or 7 pt on 10 pt or 9 pt). */
    private static final float SIZE_SHARE = 0.85f;
    /** White space between the text column's right edge and the notes, in body sizes. */
    private static final float GAP = 1f;
    /** Body lines this many body sizes above or below a note line stand beside it. */
    private static final float LEVEL = 2f;
    /** The notes' column is narrow: at most this share of the page's width. */
    private static final float MAX_WIDTH = 0.3f;
    /** A note column starts in the right half of the page, or ends in the left half. */
    private static final float MIN_START = 0.5f;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3}");
    /** Fragments whose baselines are closer than this share of their size stand on one line. */
    private static final float BASELINE = 0.3f;
    /** Lines of one note follow each other closer than this many of their sizes. */
    private static final float NOTE_LEADING = 1.6f;

    /** The page's fragments without the note columns, and the notes of the columns left and right of the text. */
    record Split(List<TextFragment> body, List<TextFragment> leftNotes, List<TextFragment> rightNotes) {
    }

    private MarginNotes() {
    }

    /** The fragments without those of a note column beside the text column; all of them when there is none. */
    static List<TextFragment> without(List<TextFragment> fragments, float pageWidth) {
        return split(fragments, pageWidth).body();
    }

    /** As {@link #without}, the left column's notes kept apart. */
    static Split split(List<TextFragment> fragments, float pageWidth) {
        float body = bodySize(fragments);
        if (body <= 0) {
            return new Split(fragments, List.of(), List.of());
        }
        List<TextFragment> notes = new ArrayList<>();
        List<TextFragment> leftNotes = new ArrayList<>();
        float middle = MIN_START * pageWidth;
        for (TextFragment f : fragments) {
            if (f.isBlank() || f.fontSize() > SIZE_SHARE * body) {
                continue;
            }
            if (f.x() >= middle && besideTextColumn(f, fragments, body) && !lineCrosses(f, fragments, middle)) {
                notes.add(f);
            } else if (f.endX() <= MIN_START * pageWidth && WORD.matcher(f.text()).find()
                    && besideTextColumnLeftEdge(f, fragments, body) && !lineCrosses(f, fragments, middle)) {
                leftNotes.add(f);
            }
        }
        List<TextFragment> kept = new ArrayList<>(fragments);
        boolean right = !notes.isEmpty() && narrow(notes, pageWidth);
        if (right) {
            notes.addAll(restOfColumn(fragments, notes, body, false));
            kept.removeAll(notes);
        }
        boolean left = !leftNotes.isEmpty() && narrow(leftNotes, pageWidth);
        if (left) {
            leftNotes.addAll(restOfColumn(fragments, leftNotes, body, true));
            kept.removeAll(leftNotes);
        }
        return new Split(kept.size() == fragments.size() ? fragments : kept, left ? leftNotes : List.of(),
                right ? notes : List.of());
    }

    /**
     * The rest of a note column: fragments in the notes' type and within their column on a note's line or the line
     * before or after it, one note line leading to the next. A producer that places word by word (xdvipdfmx) gives
     * short words ('A', 'is', 'of') fragments of their own, too short to tell a note from a margin number; and the
     * last lines of a note set low on the page stand level with no body line. Left in the body, either would run
     * into the paragraph beside the note or stand as broken lines of their own.
     */
    private static List<TextFragment> restOfColumn(List<TextFragment> fragments, List<TextFragment> notes, float body,
                                                   boolean leftOfText) {
        float left = (float) notes.stream().mapToDouble(TextFragment::x).min().orElse(0) - body;
        float right = (float) notes.stream().mapToDouble(TextFragment::endX).max().orElse(0) + body;
        List<TextFragment> column = new ArrayList<>(notes);
        List<TextFragment> rest = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TextFragment f : fragments) {
                if (f.isBlank() || f.fontSize() > SIZE_SHARE * body || f.x() < left || f.endX() > right
                        || column.contains(f) || inTextColumn(f, fragments, body, leftOfText)
                        || endsLineOutside(f, fragments, left, right, body)) {
                    continue;
                }
                if (column.stream().anyMatch(n -> Math.abs(n.y() - f.y()) <= NOTE_LEADING * n.fontSize())) {
                    column.add(f);
                    rest.add(f);
                    grew = true;
                }
            }
        }
        return rest;
    }

    /**
     * The fragment is the end or the start of a line that runs on beyond the column ('November | 2024' on a title page):
     * text on its baseline within a body size of it stands outside the column.
     */
    private static boolean endsLineOutside(TextFragment f, List<TextFragment> fragments, float left, float right,
                                           float body) {
        return fragments.stream().anyMatch(g -> !g.isBlank() && g != f && (g.x() < left || g.endX() > right)
                && Math.abs(g.y() - f.y()) < BASELINE * f.fontSize()
                && g.x() < f.endX() + body && g.endX() > f.x() - body);
    }

    /**
     * The fragment's line, its words on one baseline each within a word space of the next, runs across the page's
     * middle: a centred line in small type (a title page's notice under its date line) is no note column beside the
     * text, though the title block's larger lines above stand level with its ends.
     */
    private static boolean lineCrosses(TextFragment f, List<TextFragment> fragments, float middle) {
        float left = f.x();
        float right = f.endX();
        boolean grew = true;
        while (grew && !(left < middle && right > middle)) {
            grew = false;
            for (TextFragment g : fragments) {
                if (!g.isBlank() && Math.abs(g.y() - f.y()) < BASELINE * f.fontSize()
                        && Math.abs(g.fontSize() - f.fontSize()) < 0.5f
                        && g.x() < right + f.fontSize() && g.endX() > left - f.fontSize()
                        && (g.x() < left || g.endX() > right)) {
                    left = Math.min(left, g.x());
                    right = Math.max(right, g.endX());
                    grew = true;
                }
            }
        }
        return left < middle && right > middle;
    }

    /** Body-sized text level with the fragment reaches it: the fragment stands in the text column, not beside it. */
    private static boolean inTextColumn(TextFragment f, List<TextFragment> fragments, float body, boolean leftOfText) {
        return fragments.stream().anyMatch(t -> !t.isBlank() && t.fontSize() > SIZE_SHARE * body
                && Math.abs(t.y() - f.y()) <= LEVEL * body
                && (leftOfText ? t.x() < f.endX() + GAP * body : t.endX() > f.x() - GAP * body));
    }

    private static boolean narrow(List<TextFragment> notes, float pageWidth) {
        float left = (float) notes.stream().mapToDouble(TextFragment::x).min().orElse(0);
        float right = (float) notes.stream().mapToDouble(TextFragment::endX).max().orElse(0);
        return right - left <= MAX_WIDTH * pageWidth;
    }

    /**
     * Body-sized text stands level with the fragment, all of it starting well right of the fragment: the fragment
     * lies outside the text column's left edge, beside its lines.
     */
    private static boolean besideTextColumnLeftEdge(TextFragment note, List<TextFragment> fragments, float body) {
        boolean beside = false;
        for (TextFragment f : fragments) {
            if (f.isBlank() || f.fontSize() <= SIZE_SHARE * body || Math.abs(f.y() - note.y()) > LEVEL * body) {
                continue;
            }
            if (f.x() < note.endX() + GAP * body) {
                return false;
            }
            beside = true;
        }
        return beside;
    }

    /**
     * Body-sized text stands level with the fragment, all of it ending well left of the fragment: the fragment
     * lies outside the text column's right edge, beside its lines.
     */
    private static boolean besideTextColumn(TextFragment note, List<TextFragment> fragments, float body) {
        boolean beside = false;
        for (TextFragment f : fragments) {
            if (f.isBlank() || f.fontSize() <= SIZE_SHARE * body || Math.abs(f.y() - note.y()) > LEVEL * body) {
                continue;
            }
            if (f.endX() > note.x() - GAP * body) {
                return false;
            }
            beside = true;
        }
        return beside;
    }

    /** The size of most characters on the page. */
    static float bodySize(List<TextFragment> fragments) {
        List<TextFragment> bySize = new ArrayList<>(fragments);
        bySize.sort(Comparator.comparingDouble(TextFragment::fontSize));
        int total = bySize.stream().mapToInt(f -> f.text().length()).sum();
        int seen = 0;
        for (TextFragment f : bySize) {
            seen += f.text().length();
            if (2 * seen >= total) {
                return f.fontSize();
            }
        }
        return 0;
    }
}
