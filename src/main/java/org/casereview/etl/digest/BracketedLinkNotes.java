package org.casereview.etl.digest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links printed as notes, as a plain-text export writes them (org-mode's ASCII export, lynx's dump): the link's words
 * in brackets where the link was ("[Read the full review]", or a number after its words: "Read the review [2]") and,
 * later, a note line that is only the same brackets and the target ("[Read the full review] <https://...>",
 * "[2] https://..."). The reference becomes a markdown link to the note's target and the note line is emptied, so the
 * line numbers stay. A note links the references after the note before it with the same brackets (each review's
 * 'Read the review' its own note); a note whose brackets are nowhere else becomes that markdown link itself.
 * <p>
 * A references list names what each number links before its target ("[1] Child A, practice review (PDF).", the link
 * at the line's end or alone on the next line, there a bare URL or a link whose words are its URL, as a text layer
 * gives a link annotation): when the number is referenced at a line's end above it, the line is that number's note,
 * its words left out (they repeat the entry's), not a title of an entry of its own.
 */
final class BracketedLinkNotes {

    private static final Pattern NOTE = Pattern.compile("(?m)^[ \\t]{0,8}\\[([^\\[\\]\\n]{1,200})\\][ \\t]+<?(https?://[^\\s<>]{1,2000}?)>?[ \\t]*$");
    /** A number reference straight after the words it links ("Read the review [2]"), at a line's end. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** A list marker or indentation before the words a number reference links. */
    private static final Pattern LINE_LEAD = Pattern.compile("^[ \\t]*(?:[-*+\u2022][ \\t]+)?");
    /** A numbered reference's words, maybe with its target at the end. */
    private static final Pattern NAMED_NOTE = Pattern.compile(
            "^[ \\t]{0,8}\\[(\\d{1,3})\\][ \\t]+(\\S.{0,300}?)(?:[ \\t]+<?(https?://[^\\s<>]{1,2000}?)>?)?[ \\t]*$");
    /** A line that is only a link: a bare URL, or a markdown link whose words are its URL (maybe broken by a space). */
    private static final Pattern BARE_LINK = Pattern.compile("^[ \\t]*<?(https?://[^\\s<>]{1,2000}?)>?[ \\t]*$");
    private static final Pattern URL_LINK = Pattern.compile("^[ \\t]*\\[([^\\[\\]\\n]{1,2000})\\]\\((https?://[^\\s()]{1,2000})\\)[ \\t]*$");

    private BracketedLinkNotes() {
    }

    static String inline(String text) {
        if (!text.contains("] ")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        if (!namedNotesAsNotes(lines) && !NOTE.matcher(text).find()) {
            return text;
        }
        // where the last note of each brackets' words was: a note links the references after it up to the next
        Map<String, Integer> lastNote = new HashMap<>();
        for (int n = 0; n < lines.length; n++) {
            Matcher note = NOTE.matcher(lines[n]);
            if (!note.matches()) {
                continue;
            }
            String key = note.group(1);
            String reference = "[" + key + "]";
            boolean referenced = false;
            for (int i = lastNote.getOrDefault(key, -1) + 1; i < n; i++) {
                String linked = NOTE.matcher(lines[i]).matches() ? lines[i] : linked(lines[i], reference, note.group(2));
                referenced = referenced || !linked.equals(lines[i]);
                lines[i] = linked;
            }
            lastNote.put(key, n);
            lines[n] = referenced || NUMBER.matcher(key).matches() ? "" : "[" + key + "](" + note.group(2) + ")";
        }
        return String.join("\n", lines);
    }

    /** The line with the reference, alone on it or at its end, as a markdown link to the target; else as it was. */
    private static String linked(String line, String reference, String target) {
        String stripped = line.stripTrailing();
        if (!stripped.endsWith(reference)) {
            return line;
        }
        String before = stripped.substring(0, stripped.length() - reference.length());
        String words = reference.substring(1, reference.length() - 1);
        if (NUMBER.matcher(words).matches()) {
            Matcher lead = LINE_LEAD.matcher(before);
            lead.lookingAt();
            String linkedWords = before.substring(lead.end()).strip();
            return linkedWords.isEmpty() || linkedWords.contains("[") ? line
                    : before.substring(0, lead.end()) + "[" + linkedWords + "](" + target + ")";
        }
        return before.isBlank() ? before + "[" + words + "](" + target + ")" : line;
    }

    /**
     * Each referenced numbered line that names its link's words before the link (at its end or alone on the next
     * line) made the plain note '[n] target', the link's own line emptied. Returns whether any was.
     */
    private static boolean namedNotesAsNotes(String[] lines) {
        boolean found = false;
        for (int n = 1; n < lines.length; n++) {
            Matcher named = NAMED_NOTE.matcher(lines[n]);
            if (!named.matches() || NOTE.matcher(lines[n]).matches() || !referencedAbove(lines, n, named.group(1))) {
                continue;
            }
            String target = named.group(3);
            if (target == null && n + 1 < lines.length) {
                target = linkOnly(lines[n + 1]);
                if (target != null) {
                    lines[n + 1] = "";
                }
            }
            if (target != null) {
                lines[n] = "[" + named.group(1) + "] " + target;
                found = true;
            }
        }
        return found;
    }

    private static boolean referencedAbove(String[] lines, int n, String number) {
        String reference = "[" + number + "]";
        for (int i = 0; i < n; i++) {
            String line = lines[i].stripTrailing();
            if (line.endsWith(reference) && line.length() > reference.length() && !line.strip().equals(reference)) {
                return true;
            }
        }
        return false;
    }

    /** The target of a line that is only a link, else null. */
    private static String linkOnly(String line) {
        Matcher bare = BARE_LINK.matcher(line);
        if (bare.matches()) {
            return bare.group(1);
        }
        Matcher link = URL_LINK.matcher(line);
        return link.matches() && link.group(1).replaceAll("\\s+", "").equals(link.group(2)) ? link.group(2) : null;
    }
}
