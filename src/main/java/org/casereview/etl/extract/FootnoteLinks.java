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
 * <p>
 * Endnotes: a document may gather its notes after its last entry ('Notes', then '1 Read the practice review (PDF).',
 * the words a link), on another page than their marks. A numbered line whose words are a link, after every line marked
 * with its number, is such a note when two or more are: each marked line keeps its words with the note's link under it,
 * and the notes and the short heading over them are furniture.
 */
final class FootnoteLinks {

    private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})\\s+((?:https?://|www\\.)\\S{1,500})$");
    /** A note that names its link before the address: number, words (no address among them), an optional colon. */
    private static final Pattern WORDED_NOTE = Pattern.compile(
            "^(\\d{1,3})\\s+(\\p{L}[^:/]{2,160}?)\\s*:?\\s+((?:https?://|www\\.)\\S{1,500})$");
    /** A word's end (no digit, no sentence stop) with the note number right after it. */
    private static final Pattern MARKED = Pattern.compile("^(.*[^\\s\\d.!?,;:])(\\d{1,3})$");
    private static final int MAX_WORDS = 10;
    /** A note whose words are a link: number (maybe set close to them), words without an address, a full stop. */
    private static final Pattern END_NOTE = Pattern.compile("^(\\d{1,3})\\s*(\\p{L}[^/]{2,160}?)\\.?$");
    private static final int MIN_END_NOTES = 2;
    private static final int MAX_HEADING_WORDS = 2;
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
        endNotes(pages.stream().flatMap(List::stream).toList(), links, used);
        return new Notes(links, used);
    }

    /** Notes gathered after the marks they answer, anywhere in the document (see the class comment). */
    private static void endNotes(List<PdfPageLines.Line> lines, Map<String, String> links, Set<String> used) {
        Map<String, Integer> noteAt = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher note = END_NOTE.matcher(lines.get(i).text().strip());
            if (!lines.get(i).link().isEmpty() && note.matches()) {
                noteAt.putIfAbsent(note.group(1), i);
            }
        }
        if (noteAt.size() < MIN_END_NOTES) {
            return;
        }
        int first = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            Matcher marked = MARKED.matcher(text);
            if (!marked.matches() || !lines.get(i).link().isEmpty() || links.containsKey(text)
                    || text.split("\\s+").length > MAX_WORDS || noteAt.getOrDefault(marked.group(2), -1) <= i) {
                continue;
            }
            PdfPageLines.Line note = lines.get(noteAt.get(marked.group(2)));
            Matcher words = END_NOTE.matcher(note.text().strip());
            if (words.matches()) {
                links.put(text, marked.group(1).strip() + "\n" + link(words.group(2).strip(), note.link()));
                used.add(note.text());
                first = Math.min(first, noteAt.get(marked.group(2)));
            }
        }
        if (first != Integer.MAX_VALUE && first > 0) {
            String heading = lines.get(first - 1).text().strip();
            if (!heading.isEmpty() && heading.split("\\s+").length <= MAX_HEADING_WORDS && !heading.matches(".*[\\d.:].*")) {
                used.add(lines.get(first - 1).text());
            }
        }
    }

    private static String link(String words, String url) {
        return "[" + words.replace('[', '(').replace(']', ')') + "](" + url + ")";
    }
}
