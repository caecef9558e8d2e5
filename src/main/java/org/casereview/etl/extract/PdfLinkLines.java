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
    /** A bullet or other mark before a page line's words, which the markdown writes as its own marker. */
    private static final Pattern LEADING_MARK = Pattern.compile("^[^\\p{L}\\p{N}]+\\s*");

    /**
     * Page lines in a row under one link annotation (a link's words wrapped over lines): one link; {@code lead} the
     * bold words its first line opens with (a run-in label, 'Full report'), which may stand on a line of their own.
     */
    private record Linked(int page, List<String> lines, String uri, String lead, String before) {
        /** The linked lines without the lead: the text printed the lead on a line of its own. */
        List<String> afterLead() {
            List<String> words = new ArrayList<>(lines);
            words.set(0, lines.get(0).substring(lead.length()).strip());
            return words;
        }
    }

    private PdfLinkLines() {
    }

    static String apply(String printedAndDumped, List<List<PdfPageLines.Line>> pages) {
        String markdown = withoutUnprintedUris(printedAndDumped, pages);
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
        int page = -1;
        int pageFrom = 0;
        for (Linked link : linked) {
            if (link.page() != page) {
                page = link.page();
                pageFrom = from;
            }
            List<String> printed = link.lines();
            int[] at = found(lines, from, pageFrom, printed, link.before());
            if (at.length == 0 && !link.lead().isEmpty()) {
                printed = link.afterLead();
                at = found(lines, from, pageFrom, printed, link.before());
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

    /**
     * The markdown without the annotation URIs Tika prints after a page's text ('[uri](uri)') whose address no page
     * prints: a link over part of a line (words in a margin note beside a summary) gives no linked line to match, and its
     * URI, twice when its words wrap, would be read as the page's last points. An address a page prints (over lines, as a
     * long one wraps) stays.
     */
    private static String withoutUnprintedUris(String markdown, List<List<PdfPageLines.Line>> pages) {
        if (!markdown.contains("](")) {
            return markdown;
        }
        StringBuilder printed = new StringBuilder();
        pages.forEach(page -> page.forEach(line -> printed.append(line.text().replaceAll("\\s+", ""))));
        List<String> kept = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            Matcher only = URI_ONLY.matcher(line.strip());
            boolean dumped = only.matches() && only.group(1).equals(only.group(2)) && printed.indexOf(only.group(2)) < 0;
            if (!dumped) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static List<Linked> linked(List<List<PdfPageLines.Line>> pages) {
        List<Linked> linked = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Linked last = null;
            String before = null;
            for (PdfPageLines.Line line : pages.get(p)) {
                if (line.link().isEmpty()) {
                    last = null;
                } else if (last != null && last.uri().equals(line.link())) {
                    last.lines().add(line.text());
                } else {
                    String lead = line.text().startsWith(line.boldLead() + " ") ? line.boldLead() : "";
                    last = new Linked(p, new ArrayList<>(List.of(line.text())), line.link(), lead, before);
                    linked.add(last);
                }
                before = line.text();
            }
        }
        return linked;
    }

    /**
     * Where the markdown prints a link's lines. The stream's order gives the links' order, and the text may read a
     * page's boxes in another ({@link BoxesWrittenOutOfOrder}: a frame written last read first), so a page's links
     * are looked for from the page's first: where the line the stream wrote before the link's stands before it (its
     * own box: two links of the same words, 'Read the review', each under its own review); else, as the stream has
     * them, after the link before it, or after the last link of the pages before.
     */
    private static int[] found(List<String> lines, int from, int pageFrom, List<String> words, String before) {
        if (before != null) {
            for (int[] at = find(lines, pageFrom, words); at.length > 0; at = find(lines, at[0] + 1, words)) {
                if (follows(lines, at[0], before)) {
                    return at;
                }
            }
        }
        int[] at = find(lines, from, words);
        return at.length > 0 || pageFrom >= from ? at : find(lines, pageFrom, words);
    }

    /** Whether the markdown line before {@code at} (blank lines aside) ends with the page line {@code before}'s words. */
    private static boolean follows(List<String> lines, int at, String before) {
        for (int i = at - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                String words = LEADING_MARK.matcher(before.strip()).replaceFirst("");
                return !words.isEmpty() && lines.get(i).strip().replaceAll("\\s+", " ").endsWith(words);
            }
        }
        return false;
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
