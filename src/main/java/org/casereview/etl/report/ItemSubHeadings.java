package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;

/**
 * In a report without chapter numbers, a sub-heading that names another kind of item than its
 * chapter ("Good practice we saw" in a call-out under "What have we learned?") opens a section
 * of its own, and so does each numbered finding under a findings chapter when the findings carry their own items (a
 * 'Recommendation N' under a finding belongs to it). Numbered findings of analysis alone ("Finding 2: ..." over
 * paragraphs, the items in chapters of their own) are the chapter's sub-headings. With chapter numbers the numbering
 * says where chapters start, so other sub-headings stay; numbered findings carrying their own items ('Finding 2: ...'
 * closing with a 'Learning' box under '6. Findings') are sections all the same: their own numbers and items set them
 * apart from the chapter, as in a report without chapter numbers.
 * A numbered sub-heading whose label names no kind of item ("Theme 2:", "Key issue 3:", the vocabulary's section
 * labels) groups the chapter's findings and recommendations under a topic: it stays a sub-heading.
 */
final class ItemSubHeadings {

    private static final Pattern NUMBERED_STATEMENT = Pattern.compile(
            "^(\\p{L}+(?:\\s\\p{L}+)?)\\s+\\d{1,2}\\s*[:.\u2013\u2014-]\\s+\\S.*");

    private ItemSubHeadings() {
    }

    /** "Finding 2: School moves hid a pattern of absence" under "Findings": each numbered finding is a section. */
    private static boolean numberedFinding(String text, SectionTyper typer, ItemLabels labels) {
        Matcher m = NUMBERED_STATEMENT.matcher(text.strip());
        return m.matches() && typer.type(m.group(1)) == SectionType.FINDINGS
                && !labels.namesNoKind(m.group(1));
    }

    static List<Heading> promote(List<TextLine> lines, List<Heading> headings, SectionTyper typer, ItemLabels labels) {
        long numbered = headings.stream().filter(h -> h.level() == 1 && HeadingDetector.isTopNumbered(h.text())).count();
        boolean chapterNumbers = numbered >= 2;
        Set<Integer> findingsWithItems = findingsWithItems(lines, headings, typer, labels, chapterNumbers);
        if (chapterNumbers && findingsWithItems.isEmpty()) {
            return headings;
        }
        List<Heading> out = new ArrayList<>();
        SectionType chapter = null;
        int chapterIndex = -1;
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (h.level() == 1) {
                chapter = typer.type(h.text());
                chapterIndex = k;
                out.add(h);
                continue;
            }
            Optional<SectionType> named = typer.itemType(h.text());
            if (!chapterNumbers && chapter != null && chapter.hasItems() && named.isPresent() && named.get() != chapter
                    || chapter == SectionType.FINDINGS && findingsWithItems.contains(chapterIndex)
                    && numberedFinding(h.text(), typer, labels)) {
                out.add(new Heading(h.lineIndex(), h.lineCount(), 1, h.text(), h.page()));
                chapter = named.orElse(chapter);
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Indexes of the level-1 headings under which a numbered finding holds a labelled item ("Recommendation 2:",
     * "Learning point 1", a box's bare "Learning", itself read as a heading or not) before the next heading: the
     * chapters whose findings are sections, all of them alike.
     */
    private static Set<Integer> findingsWithItems(List<TextLine> lines, List<Heading> headings, SectionTyper typer,
                                                  ItemLabels labels, boolean boxesOnly) {
        Set<Integer> chapters = new HashSet<>();
        int chapter = -1;
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            if (h.level() == 1) {
                chapter = k;
                continue;
            }
            int to = nextNotLabel(headings, k, labels).map(Heading::lineIndex).orElse(lines.size());
            if (chapter >= 0 && numberedFinding(h.text(), typer, labels)
                    && holdsItem(lines, h.lineIndex() + h.lineCount(), Math.min(to, lines.size()), labels, boxesOnly)) {
                chapters.add(chapter);
            }
        }
        return chapters;
    }

    /** The heading after the k-th that is not a call-out's bare label ('Learning' over a box's text, read as a heading). */
    private static Optional<Heading> nextNotLabel(List<Heading> headings, int k, ItemLabels labels) {
        for (int n = k + 1; n < headings.size(); n++) {
            if (labels.bareLabel(headings.get(n).text()).isEmpty()) {
                return Optional.of(headings.get(n));
            }
        }
        return Optional.empty();
    }

    /** Under numbered chapters only a box's bare label counts ('Learning' over its text): numbered labels do not. */
    private static boolean holdsItem(List<TextLine> lines, int from, int to, ItemLabels labels, boolean boxesOnly) {
        for (int i = Math.max(0, from); i < to; i++) {
            String text = lines.get(i).text().strip();
            if (!boxesOnly && labels.label(text).isPresent() || labels.bareLabel(text).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
