package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes printed after a section's last list, not items of it: pandoc's endnotes, a Word or LaTeX
 * note block. A note ends with a back-reference arrow ("... two calls.↩"), or the notes are a run
 * at the section's end whose numbers start again at 1 after the list, in smaller type than the list.
 */
final class EndNotes {

    /** The arrow back to the note's call (↩, ↪, with or without the text presentation selector). */
    private static final Pattern BACK_REFERENCE = Pattern.compile("[\u21a9\u21aa][\ufe0e\ufe0f]?\\s*$");
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s");
    private static final float SMALLER = 0.5f;

    private EndNotes() {
    }

    static boolean isNote(Block block) {
        String text = block.text();
        // the pattern needs one of the two arrows: a text without them (nearly every block) is no note, unmatched
        return (text.indexOf('\u21a9') >= 0 || text.indexOf('\u21aa') >= 0) && BACK_REFERENCE.matcher(text).find();
    }

    /** Index of the first block of the trailing note run, or {@code blocks.size()} when there is none. */
    static int start(List<Block> blocks) {
        int start = blocks.size();
        int expected = -1;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            int number = block.heading() ? -1 : number(block);
            if (number < 1 || expected > 0 && number != expected) {
                break;
            }
            expected = number - 1;
            if (number == 1) {
                start = i;
                break;
            }
        }
        if (start == blocks.size() || start == 0) {
            return blocks.size();
        }
        Block before = blocks.get(start - 1);
        boolean restarted = number(before) >= 2;
        boolean smaller = before.first().fontSize() - blocks.get(start).first().fontSize() >= SMALLER;
        return restarted && smaller ? start : blocks.size();
    }

    private static int number(Block block) {
        Matcher m = ENTRY_NUMBER.matcher(block.text());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }
}
