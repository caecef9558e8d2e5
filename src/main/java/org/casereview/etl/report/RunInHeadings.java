package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;

/**
 * Sections named only by bold run-in labels ("<b>What happened?</b> Leo's teachers ..."), as briefings
 * without headings print them. Used only when no other evidence gave the body two typed sections: a bold
 * lead-in that is exactly a standard section heading then opens a section. The heading takes no line of
 * its own (line count 0), so the label's paragraph stays the section's first text.
 */
final class RunInHeadings {

    private static final int MIN_RUN_IN_SECTIONS = 2;
    /** "Background." run in before its text: the heading without its stop. */
    private static final Pattern TRAILING_STOP = Pattern.compile("\\s*[.:]$");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\(?\\d{1,2}(\\.\\d{1,2})*[.)]?");

    private RunInHeadings() {
    }

    static List<Heading> apply(List<TextLine> lines, List<Heading> found, Set<Integer> skipPages,
                               SectionTyper typer, ItemLabels labels) {
        long typed = found.stream().filter(h -> h.level() == 1 && typer.type(h.text()) != SectionType.OTHER).count();
        if (typed >= MIN_RUN_IN_SECTIONS) {
            return found;
        }
        List<Heading> runIn = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (skipPages.contains(line.page()) || isHeadingLine(found, i)) {
                continue;
            }
            String label = boldLead(line);
            if (label != null && labels.label(label).isEmpty() && typer.isStandardHeading(label)) {
                runIn.add(new Heading(i, 0, 1, TRAILING_STOP.matcher(label).replaceFirst(""), line.page()));
            }
        }
        if (runIn.size() < MIN_RUN_IN_SECTIONS) {
            return found;
        }
        List<Heading> result = new ArrayList<>(found);
        result.addAll(runIn);
        result.sort((a, b) -> Integer.compare(a.lineIndex(), b.lineIndex()));
        return result;
    }

    private static boolean isHeadingLine(List<Heading> found, int index) {
        return found.stream().anyMatch(h -> index >= h.lineIndex() && index < h.lineIndex() + Math.max(1, h.lineCount()));
    }

    /**
     * The bold words a line opens with, when plain text follows them on the line; else null. A paragraph
     * number in plain type may go before them ("3. <b>Background.</b> Child A's ..."), as a word processor's
     * list numbering prints it.
     */
    private static String boldLead(TextLine line) {
        List<TextFragment> fragments = line.fragments();
        StringBuilder lead = new StringBuilder();
        int start = fragments.size() > 1 && !fragments.get(0).bold()
                && PARAGRAPH_NUMBER.matcher(fragments.get(0).text().strip()).matches() ? 1 : 0;
        int i = start;
        while (i < fragments.size() && fragments.get(i).bold()) {
            lead.append(fragments.get(i).text()).append(' ');
            i++;
        }
        boolean plainFollows = fragments.subList(i, fragments.size()).stream().anyMatch(f -> !f.isBlank());
        String text = lead.toString().strip();
        return i > start && plainFollows && !text.isEmpty() ? text : null;
    }
}
