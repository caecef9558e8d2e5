package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;

/**
 * The footnotes and endnotes a tagged file names (its {@code Note} elements, {@link BlockKind#NOTE}): words about the
 * text, printed apart from it (at a page's foot, after the last section), so their lines are no part of any section or
 * item. A note's lines are the run of consecutive lines on its page whose words, joined, are the note's words.
 */
final class TaggedNotes {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A note's lines: a note longer than this is read as text (a file that tags a whole part as a note). */
    private static final int MAX_LINES = 12;

    private TaggedNotes() {
    }

    /** The pages without the lines of the tagged notes; the same pages when the file tags none. */
    static List<PageText> drop(List<PageText> pages, List<LayoutBlock> tagged) {
        List<LayoutBlock> notes = tagged.stream().filter(b -> b.kind() == BlockKind.NOTE).toList();
        if (notes.isEmpty()) {
            return pages;
        }
        List<PageText> out = new ArrayList<>(pages.size());
        for (PageText page : pages) {
            Set<TextLine> noteLines = new HashSet<>();
            for (LayoutBlock note : notes) {
                if (note.page() == page.number()) {
                    noteLines.addAll(linesOf(key(note.text()), page.lines(), noteLines));
                }
            }
            out.add(noteLines.isEmpty() ? page
                    : page.withLines(page.lines().stream().filter(l -> !noteLines.contains(l)).toList()));
        }
        return out;
    }

    /** The first run of consecutive lines, none taken yet, whose words joined are the note's; empty when none is. */
    private static List<TextLine> linesOf(String note, List<TextLine> lines, Set<TextLine> taken) {
        if (note.isEmpty()) {
            return List.of();
        }
        for (int start = 0; start < lines.size(); start++) {
            StringBuilder joined = new StringBuilder();
            for (int end = start; end < lines.size() && end < start + MAX_LINES; end++) {
                if (taken.contains(lines.get(end))) {
                    break;
                }
                joined.append(key(lines.get(end).text()));
                if (joined.isEmpty() || !note.startsWith(joined.toString())) {
                    break;
                }
                if (joined.length() == note.length()) {
                    return lines.subList(start, end + 1);
                }
            }
        }
        return List.of();
    }

    private static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
