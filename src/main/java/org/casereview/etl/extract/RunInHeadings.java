package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Run-in headings of a PDF's text (LaTeX's {@code \paragraph}, a bold lead-in): a paragraph that opens with words
 * in bold (after its list number, if it has one: '1.' + a bold title run into the summary), the regular text going on after them on the same line, its bold title wrapped over the lines before it
 * or not. Where at least {@value #MIN_HEADINGS} paragraphs open so, the document's entries start that way: each bold
 * title is set on a line of its own, its wrapped lines joined and without the full stop that parted it from the text,
 * over the paragraph's text. A lead that ends in a colon
 * is a run-in label, left to the digest grammar; a single bold word is emphasis, unless the same word opens two
 * paragraphs or more: then it is a run-in label without its colon (a description list's 'Summary'), set on a line of
 * its own too.
 */
public final class RunInHeadings {

    private static final int MIN_HEADINGS = 2;
    /** A list number opening a numbered paragraph ('1.', '2)', '(c)'), before its run-in title. */
    private static final Pattern RUN_IN_STOP = Pattern.compile("(?<![.])\\.$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})[.)]\\s+");

    private RunInHeadings() {
    }

    private record Heading(int start, int lead, String title, String rest) {
    }

    static List<String> split(List<String> lines, List<List<PdfPageLines.Line>> pages) {
        Map<String, String> leads = new HashMap<>();
        Set<String> bold = new HashSet<>();
        for (List<PdfPageLines.Line> page : pages) {
            for (PdfPageLines.Line line : page) {
                if (!line.boldLead().isEmpty() && line.text().startsWith(line.boldLead() + " ")) {
                    leads.put(line.text(), line.boldLead());
                } else if (line.bold()) {
                    bold.add(line.text());
                }
            }
        }
        return split(lines, leads, bold);
    }

    /**
     * The same from lines read elsewhere: {@code leads} maps a line's text (spaces collapsed) to the bold words that
     * open it ({@link org.casereview.etl.layout.BoldLead}), {@code bold} holds the lines printed wholly in bold; a
     * blank line stands before each paragraph.
     */
    public static List<String> split(List<String> lines, Map<String, String> leads, Set<String> bold) {
        List<Heading> headings = headings(lines, leads, bold, repeated(leads));
        if (headings.size() < MIN_HEADINGS) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        for (int h = headings.size() - 1; h >= 0; h--) {
            Heading heading = headings.get(h);
            out.subList(heading.start(), heading.lead() + 1).clear();
            out.addAll(heading.start(), List.of(heading.title(), heading.rest()));
        }
        return out;
    }

    /** Leads that open two or more lines with the same words: run-in labels ('Summary', 'Full report'). */
    private static Set<String> repeated(Map<String, String> leads) {
        Map<String, Integer> times = new HashMap<>();
        leads.values().forEach(lead -> times.merge(lead, 1, Integer::sum));
        Set<String> repeated = new HashSet<>();
        times.forEach((lead, n) -> {
            if (n >= MIN_HEADINGS) {
                repeated.add(lead);
            }
        });
        return repeated;
    }

    private static List<Heading> headings(List<String> lines, Map<String, String> leads, Set<String> bold,
                                          Set<String> labels) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = oneLine(lines.get(i));
            String lead = leads.get(text);
            if (lead == null) {
                continue;
            }
            int start = i;
            while (start > 0 && !lines.get(start - 1).isBlank() && bold.contains(oneLine(lines.get(start - 1)))) {
                start--;
            }
            if (start > 0 && !lines.get(start - 1).isBlank()) {
                continue;
            }
            String title = "";
            for (int j = start; j < i; j++) {
                title = joined(title, oneLine(lines.get(j)));
            }
            title = joined(title, lead);
            if (isTitle(title) || start == i && labels.contains(lead)) {
                // the full stop after a run-in title parts it from the text run on after it: set apart, it has none
                String set = RUN_IN_STOP.matcher(title).replaceFirst("");
                headings.add(new Heading(start, i, set, text.substring(lead.length()).strip()));
            }
        }
        return headings;
    }

    /** Words in bold read as a title, after the paragraph's list number if any. */
    private static boolean isTitle(String lead) {
        String title = LIST_NUMBER.matcher(lead).replaceFirst("");
        return title.contains(" ") && !title.endsWith(":") && Character.isUpperCase(title.codePointAt(0));
    }

    /** Two lines of one title: a word hyphenated at the line's end is one word again. */
    private static String joined(String before, String line) {
        if (before.isEmpty()) {
            return line;
        }
        if (before.matches(".*\\p{L}-$") && Character.isLowerCase(line.codePointAt(0))) {
            return before.substring(0, before.length() - 1) + line;
        }
        return before + " " + line;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
