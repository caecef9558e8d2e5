package org.casereview.etl.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a printed digest gives as footnotes: a short line ending in a note number set right after its last word
 * ('Read the review (PDF)3', the number raised) and, in the lower half of the same page, the note that number opens
 * printing one web address ('3 https://...'). The address is that line's link: the line becomes a markdown link
 * without its note number. The note itself stays furniture ({@link PdfLayoutRepair#printedLinkUrls}).
 * <p>
 * A note may also give the link's own words before its address ('1 Read the practice review (PDF): https://...'): then the
 * marked line (an entry's title, 'Serious case review1') keeps its words without the number, the note's words become
 * the link line under it, and the note is furniture ({@link Notes#used}): the note says what the link is, the mark only
 * where it belongs.
 */
final class FootnoteLinks {

    private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})\\s+((?:https?://|www\\.)\\S{1,500})$");
    /** A note that names its link before the address: number, words (no address among them), an optional colon. */
    private static final Pattern WORDED_NOTE = Pattern.compile(
            "^(\\d{1,3})\\s+(\\p{L}[^:/]{2,160}?)\\s*:?\\s+((?:https?://|www\\.)\\S{1,500})$");
    /** A word's end (no digit, no sentence stop) with the note number right after it. */
    private static final Pattern MARKED = Pattern.compile("^(.*[^\\s\\d.!?,;:])(\\d{1,3})$");
    private static final int MAX_WORDS = 10;
    private static final float LOWER_HALF = 0.5f;

    /** Marked lines as they will read, and the worded notes their marks took (furniture). */
    record Notes(Map<String, String> links, Set<String> used) {
    }

    private FootnoteLinks() {
    }

    /** Each marked line's text, as the pages print it, with its markdown link (or its words and the link line). */
    static Notes of(List<List<PdfPageLines.Line>> pages) {
        Map<String, String> links = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (List<PdfPageLines.Line> page : pages) {
            Map<String, String> notes = new HashMap<>();
            Map<String, String> worded = new HashMap<>();
            Map<String, String> noteLines = new HashMap<>();
            for (PdfPageLines.Line line : page) {
                String text = line.text().strip();
                Matcher note = NOTE.matcher(text);
                Matcher words = WORDED_NOTE.matcher(text);
                if (line.top() >= LOWER_HALF && note.matches()) {
                    notes.putIfAbsent(note.group(1), note.group(2));
                } else if (line.top() >= LOWER_HALF && words.matches() && !notes.containsKey(words.group(1))) {
                    notes.putIfAbsent(words.group(1), words.group(3));
                    worded.putIfAbsent(words.group(1), words.group(2).strip());
                    noteLines.putIfAbsent(words.group(1), line.text());
                }
            }
            for (PdfPageLines.Line line : notes.isEmpty() ? List.<PdfPageLines.Line>of() : page) {
                String text = line.text().strip();
                Matcher marked = MARKED.matcher(text);
                if (marked.matches() && line.link().isEmpty() && notes.containsKey(marked.group(2))
                        && text.split("\\s+").length <= MAX_WORDS && !NOTE.matcher(text).matches()
                        && !WORDED_NOTE.matcher(text).matches()) {
                    String number = marked.group(2);
                    String words = marked.group(1).strip();
                    if (worded.containsKey(number)) {
                        links.put(text, words + "\n" + link(worded.get(number), notes.get(number)));
                        used.add(noteLines.get(number));
                    } else {
                        links.put(text, link(words, notes.get(number)));
                    }
                }
            }
        }
        return new Notes(links, used);
    }

    private static String link(String words, String url) {
        return "[" + words.replace('[', '(').replace(']', ')') + "](" + url + ")";
    }
}
