package org.casereview.etl.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a printed digest gives as footnotes: a short line ending in a note number set right after its last word
 * ('Read the review (PDF)3', the number raised) and, in the lower half of the same page, the note that number opens
 * printing one web address ('3 https://...'). The address is that line's link: the line becomes a markdown link
 * without its note number. The note itself stays furniture ({@link PdfLayoutRepair#printedLinkUrls}).
 */
final class FootnoteLinks {

    private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})\\s+((?:https?://|www\\.)\\S{1,500})$");
    /** A word's end (no digit, no sentence stop) with the note number right after it. */
    private static final Pattern MARKED = Pattern.compile("^(.*[^\\s\\d.!?,;:])(\\d{1,3})$");
    private static final int MAX_WORDS = 10;
    private static final float LOWER_HALF = 0.5f;

    private FootnoteLinks() {
    }

    /** Each marked line's text, as the pages print it, with its markdown link. */
    static Map<String, String> of(List<List<PdfPageLines.Line>> pages) {
        Map<String, String> links = new HashMap<>();
        for (List<PdfPageLines.Line> page : pages) {
            Map<String, String> notes = new HashMap<>();
            for (PdfPageLines.Line line : page) {
                Matcher note = NOTE.matcher(line.text().strip());
                if (line.top() >= LOWER_HALF && note.matches()) {
                    notes.putIfAbsent(note.group(1), note.group(2));
                }
            }
            for (PdfPageLines.Line line : notes.isEmpty() ? List.<PdfPageLines.Line>of() : page) {
                String text = line.text().strip();
                Matcher marked = MARKED.matcher(text);
                if (marked.matches() && line.link().isEmpty() && notes.containsKey(marked.group(2))
                        && text.split("\\s+").length <= MAX_WORDS && !NOTE.matcher(text).matches()) {
                    String words = marked.group(1).strip().replace('[', '(').replace(']', ')');
                    links.put(text, "[" + words + "](" + notes.get(marked.group(2)) + ")");
                }
            }
        }
        return links;
    }
}
