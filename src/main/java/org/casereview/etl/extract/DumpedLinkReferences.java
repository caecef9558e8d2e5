package org.casereview.etl.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page dumped as text by a text-mode browser ('lynx -dump', 'links -dump', 'elinks -dump', 'w3m' with its link
 * numbers): every link's words open with its number in brackets ('[10]Read practice review (PDF)') and the page ends
 * with a 'References' list of the numbered URLs ('  10. https://…'), under 'Visible links' / 'Hidden links' where the
 * browser splits them. Read as the page shows: a line whose words are one link ('[10]Read practice review (PDF)', also
 * as a list item) is that link in markdown, '[words](URL)', so the digest reads it as a link line; a mark among other
 * words (a breadcrumb, a footer row) goes, its words stay; the references list, notes of the marks and nothing else, goes.
 * <p>
 * Only a text that ends with such a list, every line after its heading a numbered URL (or blank, or a 'Visible
 * links' / 'Hidden links' line), and whose marks name at least half of its numbers is read so; other text stays.
 */
final class DumpedLinkReferences {

    private static final Pattern HEADING = Pattern.compile("(?m)^(?:References|REFERENCES|Links|Visible links:?)[ \\t]*$");
    private static final Pattern NOTE = Pattern.compile("^[ \\t]{0,8}(\\d{1,4})\\.[ \\t]+(\\S{1,2000})[ \\t]*$");
    private static final Pattern PART = Pattern.compile("^[ \\t]*(?:Visible|Hidden) links:?[ \\t]*$");
    private static final Pattern URL = Pattern.compile("(?:https?|ftp|mailto|file):\\S+");
    /**
     * A browser's mark: straight before the link's words, no space between. A note number after words ('Read the
     * review [2]', {@code digest.BracketedLinkNotes}) is no such mark and stays.
     */
    private static final Pattern MARK = Pattern.compile("\\[(\\d{1,4})\\](?=[^\\s.,;:)\\]])");
    private static final Pattern LINK_LINE = Pattern.compile("^([ \\t]*(?:[*+o-][ \\t]+|\\d{1,3}\\.[ \\t]+)?)\\[(\\d{1,4})\\](\\S.*?)[ \\t]*$");

    private DumpedLinkReferences() {
    }

    static String read(String text) {
        int list = listStart(text);
        if (list < 0) {
            return text;
        }
        Map<String, String> urls = notes(text.substring(list));
        if (urls.isEmpty()) {
            return text;
        }
        String page = text.substring(0, list);
        Matcher marks = MARK.matcher(page);
        long named = marks.results().map(m -> m.group(1)).filter(urls::containsKey).distinct().count();
        if (named * 2 < urls.size()) {
            return text;
        }
        StringBuilder out = new StringBuilder(page.length());
        for (String line : page.split("\n", -1)) {
            out.append(linked(line, urls)).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** Where the last references heading starts, or -1. */
    private static int listStart(String text) {
        Matcher m = HEADING.matcher(text);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** The numbered URLs under the heading, or none when any line there is something else. */
    private static Map<String, String> notes(String list) {
        Map<String, String> urls = new HashMap<>();
        String[] lines = list.split("\n");
        for (int i = 1; i < lines.length; i++) {
            Matcher note = NOTE.matcher(lines[i]);
            if (note.matches() && URL.matcher(note.group(2)).matches()) {
                urls.put(note.group(1), note.group(2));
            } else if (!lines[i].isBlank() && !PART.matcher(lines[i]).matches()) {
                return Map.of();
            }
        }
        return urls;
    }

    private static String linked(String line, Map<String, String> urls) {
        if (line.indexOf('[') < 0) {
            return line;
        }
        Matcher link = LINK_LINE.matcher(line);
        if (link.matches() && urls.containsKey(link.group(2)) && !MARK.matcher(link.group(3)).find()) {
            return link.group(1) + "[" + link.group(3) + "](" + urls.get(link.group(2)) + ")";
        }
        Matcher mark = MARK.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (mark.find()) {
            mark.appendReplacement(out, urls.containsKey(mark.group(1)) ? "" : Matcher.quoteReplacement(mark.group()));
        }
        mark.appendTail(out);
        return out.toString();
    }
}
