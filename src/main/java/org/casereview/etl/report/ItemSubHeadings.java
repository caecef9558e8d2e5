package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;

/**
 * In a report without chapter numbers, a sub-heading that names another kind of item than its
 * chapter ("Good practice we saw" in a call-out under "What have we learned?") opens a section
 * of its own, and so does each numbered finding under a findings chapter. With chapter numbers the numbering says where chapters start, so sub-headings stay.
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

    static List<Heading> promote(List<Heading> headings, SectionTyper typer, ItemLabels labels) {
        long numbered = headings.stream().filter(h -> h.level() == 1 && HeadingDetector.isTopNumbered(h.text())).count();
        if (numbered >= 2) {
            return headings;
        }
        List<Heading> out = new ArrayList<>();
        SectionType chapter = null;
        for (Heading h : headings) {
            if (h.level() == 1) {
                chapter = typer.type(h.text());
                out.add(h);
                continue;
            }
            Optional<SectionType> named = typer.itemType(h.text());
            if (chapter != null && chapter.hasItems() && named.isPresent() && named.get() != chapter
                    || chapter == SectionType.FINDINGS && numberedFinding(h.text(), typer, labels)) {
                out.add(new Heading(h.lineIndex(), h.lineCount(), 1, h.text(), h.page()));
                chapter = named.orElse(chapter);
            } else {
                out.add(h);
            }
        }
        return out;
    }
}
