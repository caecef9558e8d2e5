package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web links a PDF gives only as link annotations over printed words ('Read practice review (PDF)' with the address in
 * the annotation): the text layer's line of those words becomes a markdown link to the annotation's URI, and the
 * annotation URIs Tika prints after a page's text (a line '[uri](uri)' each, which would join the page's last entry)
 * are left out.
 */
final class PdfLinkLines {

    private static final Pattern URI_ONLY = Pattern.compile("\\[(\\S+)]\\((\\S+)\\)");
    private static final Pattern ITEM = Pattern.compile("^(- )?(.*)$");

    /**
     * Page lines in a row under one link annotation (a link's words wrapped over lines): one link; {@code lead} the
     * bold words its first line opens with (a run-in label, 'Full report'), which may stand on a line of their own.
     */
    private record Linked(List<String> lines, String uri, String lead) {
        /** The linked lines without the lead: the text printed the lead on a line of its own. */
        List<String> afterLead() {
            List<String> words = new ArrayList<>(lines);
            words.set(0, lines.get(0).substring(lead.length()).strip());
            return words;
        }
    }

    private PdfLinkLines() {
    }

    static String apply(String markdown, List<List<PdfPageLines.Line>> pages) {
        List<Linked> linked = linked(pages);
        if (linked.isEmpty()) {
            return markdown;
        }
        Set<String> uris = new HashSet<>();
        linked.forEach(l -> uris.add(l.uri()));
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            Matcher only = URI_ONLY.matcher(line.strip());
            if (!(only.matches() && only.group(1).equals(only.group(2)) && uris.contains(only.group(2)))) {
                lines.add(line);
            }
        }
        int from = 0;
        for (Linked link : linked) {
            List<String> printed = link.lines();
            int[] at = find(lines, from, printed);
            if (at.length == 0 && !link.lead().isEmpty()) {
                printed = link.afterLead();
                at = find(lines, from, printed);
            }
            if (at.length > 0) {
                Matcher item = ITEM.matcher(lines.get(at[0]).strip());
                item.matches();
                String words = String.join(" ", printed).replace('[', '(').replace(']', ')');
                lines.set(at[0], (item.group(1) == null ? "" : item.group(1)) + "[" + words + "](" + link.uri() + ")");
                lines.subList(at[0] + 1, at[1]).clear();
                from = at[0] + 1;
            }
        }
        return String.join("\n", lines);
    }

    private static List<Linked> linked(List<List<PdfPageLines.Line>> pages) {
        List<Linked> linked = new ArrayList<>();
        for (List<PdfPageLines.Line> page : pages) {
            Linked last = null;
            for (PdfPageLines.Line line : page) {
                if (line.link().isEmpty()) {
                    last = null;
                } else if (last != null && last.uri().equals(line.link())) {
                    last.lines().add(line.text());
                } else {
                    String lead = line.text().startsWith(line.boldLead() + " ") ? line.boldLead() : "";
                    last = new Linked(new ArrayList<>(List.of(line.text())), line.link(), lead);
                    linked.add(last);
                }
            }
        }
        return linked;
    }

    /**
     * Where the markdown prints {@code words}' lines one under the other (blank lines between them allowed), from
     * line {@code from} on: the first line and the one after the last; empty when it does not.
     */
    private static int[] find(List<String> lines, int from, List<String> words) {
        for (int i = from; i < lines.size(); i++) {
            int next = i;
            int matched = 0;
            while (matched < words.size() && next < lines.size() && same(lines.get(next), words.get(matched))) {
                matched++;
                next++;
                while (matched > 0 && matched < words.size() && next < lines.size() && lines.get(next).isBlank()) {
                    next++;
                }
            }
            if (matched == words.size()) {
                return new int[] {i, next};
            }
        }
        return new int[0];
    }

    private static boolean same(String markdownLine, String pageLine) {
        String text = markdownLine.strip().replaceAll("\\s+", " ");
        if (text.contains("](")) {
            return false;
        }
        return text.equals(pageLine) || text.startsWith("- ") && text.substring(2).equals(pageLine);
    }
}
