package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.SectionType;

/**
 * In a report without chapter numbers, a sub-heading that names another kind of item than its
 * chapter ("Good practice we saw" in a call-out under "What have we learned?") opens a section
 * of its own. With chapter numbers the numbering says where chapters start, so sub-headings stay.
 */
final class ItemSubHeadings {

    private ItemSubHeadings() {
    }

    static List<Heading> promote(List<Heading> headings, SectionTyper typer) {
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
            if (chapter != null && chapter.hasItems() && named.isPresent() && named.get() != chapter) {
                out.add(new Heading(h.lineIndex(), h.lineCount(), 1, h.text(), h.page()));
                chapter = named.get();
            } else {
                out.add(h);
            }
        }
        return out;
    }
}
