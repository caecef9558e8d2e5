package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Side notes in a narrow column of smaller type beside the text column (left of it, or right of it as the outer margin
 * of a recto page) that are the review's own points: each note a whole sentence (a capital, five words or more, a full
 * stop), and no note call anywhere in the body, so nothing refers to them as footnotes or references. A margin of
 * references, glosses or labels ('Why this review', 'See the guidance (2023)') is furniture and stays out of the lines;
 * points set beside the paragraph they belong to (a learning point beside the finding it comes from) are content: each
 * is read as a list entry after that paragraph. A column holding a draft's markup balloons ({@link MarkupBalloons}) is
 * furniture too.
 */
final class SideNoteItems {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'\u2019\u201d)]?$");
    private static final Pattern NOTE_CALL = Pattern.compile("[0-9*\u2020\u2021]{1,3}");
    private static final int MIN_WORDS = 5;
    /** Baselines closer than this many type sizes are lines of one paragraph or note. */
    private static final float LEADING = 1.6f;
    /** A body line this many of its sizes above a note's first baseline still stands level with it. */
    private static final float LEVEL = 0.5f;

    private SideNoteItems() {
    }

    /** The body lines with each note read as an entry after the paragraph beside it; the body alone otherwise. */
    static List<TextLine> placed(int page, List<TextLine> lines, List<TextFragment> body, List<TextFragment> column) {
        List<List<TextLine>> notes = notes(LineAssembler.lines(page, column));
        if (notes.isEmpty() || !notes.stream().allMatch(SideNoteItems::sentence) || callsIn(body)
                || notes.stream().anyMatch(MarkupBalloons::isBalloon)) {
            return lines;
        }
        List<List<TextLine>> after = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            after.add(new ArrayList<>());
        }
        for (int n = 0; n < notes.size(); n++) {
            float next = n + 1 < notes.size() ? notes.get(n + 1).get(0).y() : Float.MAX_VALUE;
            int start = levelWith(lines, notes.get(n).get(0));
            float left = start < lines.size() ? lines.get(start).x() : notes.get(n).get(0).x();
            after.get(endOfParagraph(lines, start, next)).addAll(entry(page, notes.get(n), left));
        }
        List<TextLine> result = new ArrayList<>(after.get(0));
        for (int i = 0; i < lines.size(); i++) {
            result.add(lines.get(i));
            result.addAll(after.get(i + 1));
        }
        return result;
    }

    /** Lines of the note column split into notes: after a sentence ends, a line starting with a capital starts one. */
    private static List<List<TextLine>> notes(List<TextLine> column) {
        List<List<TextLine>> notes = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : column) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean starts = previous == null || line.y() - previous.y() > LEADING * previous.fontSize()
                    || SENTENCE_END.matcher(previous.text().strip()).matches()
                    && Character.isUpperCase(text.codePointAt(0));
            if (starts) {
                notes.add(new ArrayList<>());
            }
            notes.get(notes.size() - 1).add(line);
            previous = line;
        }
        return notes;
    }

    private static boolean sentence(List<TextLine> note) {
        String text = String.join(" ", note.stream().map(l -> l.text().strip()).toList());
        return Character.isUpperCase(text.codePointAt(0)) && SENTENCE_END.matcher(text).matches()
                && text.split("\\s+").length >= MIN_WORDS;
    }

    /** A mark of digits or daggers in smaller type just after a body word: a note call, so the notes are references. */
    private static boolean callsIn(List<TextFragment> body) {
        float size = MarginNotes.bodySize(body);
        for (TextFragment mark : body) {
            if (mark.fontSize() < 0.85f * size && NOTE_CALL.matcher(mark.text().strip()).matches()
                    && body.stream().anyMatch(word -> word.fontSize() >= 0.85f * size
                    && Math.abs(word.y() - mark.y()) < size && Math.abs(mark.x() - word.endX()) < 0.5f * size)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first line level with the note's first line or below it. */
    private static int levelWith(List<TextLine> lines, TextLine first) {
        int i = 0;
        while (i < lines.size() && lines.get(i).y() < first.y() - LEVEL * lines.get(i).fontSize()) {
            i++;
        }
        return i;
    }

    /**
     * Index after the last line of the paragraph starting at {@code i}: the lines from there on that follow each
     * other at the paragraph's leading and start above the next note.
     */
    private static int endOfParagraph(List<TextLine> lines, int i, float nextNote) {
        if (i == lines.size()) {
            return i;
        }
        while (i + 1 < lines.size() && lines.get(i + 1).y() > lines.get(i).y()
                && lines.get(i + 1).y() - lines.get(i).y() <= LEADING * lines.get(i).fontSize()
                && lines.get(i + 1).y() < nextNote - LEVEL * lines.get(i + 1).fontSize()) {
            i++;
        }
        return i + 1;
    }

    /**
     * The note's lines moved into the text column, as read after the paragraph: a bullet at the column's left edge
     * (the paragraph's), the note's text hanging right of it.
     */
    private static List<TextLine> entry(int page, List<TextLine> note, float left) {
        float size = note.get(0).fontSize();
        float shift = left + size - note.get(0).x();
        List<TextFragment> fragments = new ArrayList<>();
        // the bullet in the note's own face, so the entry reads as set apart from the body as the note was
        fragments.add(new TextFragment("\u2022", left, left + 0.6f * size, note.get(0).y(), size, false, false,
                note.get(0).italic()));
        for (TextLine line : note) {
            line.fragments().forEach(f -> fragments.add(new TextFragment(f.text(), f.x() + shift, f.endX() + shift,
                    f.y(), f.fontSize(), f.bold(), f.coloured(), f.italic(), f.afterRule(), f.smallCaps(), f.face())));
        }
        return LineAssembler.lines(page, fragments);
    }
}
