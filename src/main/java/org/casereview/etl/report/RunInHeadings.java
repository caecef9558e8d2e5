package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;

/**
 * Sections named only by bold run-in labels ("<b>What happened?</b> Leo's teachers ..."), as briefings
 * without headings print them. When no other evidence gave the body two typed sections, a bold lead-in that is
 * exactly a standard section heading opens a section. Beside typed headings of its own, a document's run-in
 * labels still open sections when their layout says so, paragraph by paragraph: a bold lead-in in the body's
 * size closed by a colon or stop, opening a paragraph that is not the first under a heading (that one is a
 * label inside the section), in a document that uses that style more than once (an older review's
 * "<b>Background:</b> Child D lived ..." beside "Recommendations:" standing over its list), or numbered without a stop
 * when their numbers count on with those headings' ({@link #countOnWithHeadings}). The heading takes no
 * line of its own (line count 0), so the label's paragraph stays the section's first text.
 */
final class RunInHeadings {

    private static final int MIN_RUN_IN_SECTIONS = 2;
    /** "Background." run in before its text: the heading without its stop. */
    private static final Pattern TRAILING_STOP = Pattern.compile("\\s*[.:]$");
    /** The line before a new paragraph ends a sentence (or a list item closed by a bracket or quote). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][)\"'’”]?\\s*$");
    /** White space above a line of this many times its size parts paragraphs set without a closing stop. */
    private static final float PARAGRAPH_GAP = 1.8f;
    private static final float SIZE_TOLERANCE = 0.6f;
    /** A section's number before its title, with or without a stop: "3 Background", "3. Background". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d{1,2})\\.?\\s+\\p{L}");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\(?\\d{1,2}(\\.\\d{1,2})*[.)]?");

    private RunInHeadings() {
    }

    static List<Heading> apply(List<TextLine> lines, List<Heading> found, Set<Integer> skipPages,
                               SectionTyper typer, ItemLabels labels) {
        long typed = found.stream().filter(h -> h.level() == 1 && typer.type(h.text()) != SectionType.OTHER).count();
        boolean byLayoutOnly = typed >= MIN_RUN_IN_SECTIONS;
        List<Heading> runIn = new ArrayList<>();
        List<Heading> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (skipPages.contains(line.page()) || isHeadingLine(found, i)) {
                continue;
            }
            String label = boldLead(line);
            if (label == null || !labels.label(label).isEmpty() || !typer.isStandardHeading(label)) {
                continue;
            }
            Heading heading = new Heading(i, 0, 1, TRAILING_STOP.matcher(label).replaceFirst(""), line.page());
            if (!byLayoutOnly || runInParagraphLabel(lines, found, i, label)) {
                runIn.add(heading);
            } else if (SECTION_NUMBER.matcher(label).lookingAt() && bodySize(line) && opensParagraph(lines, found, i)) {
                numbered.add(heading);
            }
        }
        if (countOnWithHeadings(found, numbered)) {
            runIn.addAll(numbered);
        }
        if (runIn.size() < MIN_RUN_IN_SECTIONS) {
            return found;
        }
        List<Heading> result = new ArrayList<>(found);
        result.addAll(runIn);
        result.sort((a, b) -> Integer.compare(a.lineIndex(), b.lineIndex()));
        return result;
    }

    /**
     * The layout of a run-in section label beside headings on lines of their own: closed by a colon or stop, in
     * the size of the text it runs into, opening a paragraph (the page's first line, or the line before ends a
     * sentence or stands well above), and not the first paragraph under a heading found.
     */
    private static boolean runInParagraphLabel(List<TextLine> lines, List<Heading> found, int index, String label) {
        return TRAILING_STOP.matcher(label).find() && bodySize(lines.get(index)) && opensParagraph(lines, found, index);
    }

    /**
     * Numbered run-in labels set off without a stop ("<b>3 Background</b> Information sharing ...", ConTeXt's and
     * LaTeX's run-in section heads) count on with the document's numbered headings on lines of their own: in reading
     * order their numbers go 1, 2, 3 ... with none left out or repeated ("1 Introduction" .. "4 Key findings" run in,
     * "5 Learning" and "6 Recommendations" on their own lines, "7 Conclusion" run in). A bold phrase opening an
     * ordinary paragraph carries no such number.
     */
    private static boolean countOnWithHeadings(List<Heading> found, List<Heading> numbered) {
        if (numbered.isEmpty()) {
            return false;
        }
        List<Heading> all = new ArrayList<>(numbered);
        found.stream().filter(h -> h.level() == 1 && SECTION_NUMBER.matcher(h.text()).lookingAt()).forEach(all::add);
        if (all.size() == numbered.size()) {
            return false;
        }
        all.sort((a, b) -> Integer.compare(a.lineIndex(), b.lineIndex()));
        int previous = -1;
        for (Heading heading : all) {
            Matcher number = SECTION_NUMBER.matcher(heading.text());
            number.lookingAt();
            int n = Integer.parseInt(number.group(1));
            if (previous >= 0 && n != previous + 1) {
                return false;
            }
            previous = n;
        }
        return true;
    }

    /**
     * The line opens a paragraph: the page's first line, or the line before ends a sentence or stands well above; not
     * the first paragraph under a heading found.
     */
    private static boolean opensParagraph(List<TextLine> lines, List<Heading> found, int index) {
        TextLine line = lines.get(index);
        if (index == 0 || lines.get(index - 1).page() != line.page()) {
            return true;
        }
        TextLine before = lines.get(index - 1);
        if (isHeadingLine(found, index - 1)) {
            return false;
        }
        return SENTENCE_END.matcher(before.text()).find() || line.y() - before.y() > PARAGRAPH_GAP * line.fontSize();
    }

    /** The bold lead-in is set in the size of the plain text after it, not larger. */
    private static boolean bodySize(TextLine line) {
        float bold = 0;
        float plain = 0;
        for (TextFragment f : line.fragments()) {
            if (f.isBlank()) {
                continue;
            }
            if (f.bold()) {
                bold = Math.max(bold, f.fontSize());
            } else {
                plain = Math.max(plain, f.fontSize());
            }
        }
        return plain > 0 && Math.abs(bold - plain) < SIZE_TOLERANCE;
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
