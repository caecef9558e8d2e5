package org.casereview.etl.report;

import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.SectionType;

/**
 * A section whose heading the vocabulary types nothing ('Information', a briefing's panel) that opens with a line
 * announcing the list under it ('The review found:' over bullets) is of the type that line names: the heading is a
 * box's label, the lead-in says what the box holds.
 */
final class LeadInSections {

    /** Entries the announced list needs: one bullet after a colon is a sentence set out, not a list. */
    private static final int MIN_ENTRIES = 2;

    private LeadInSections() {
    }

    static Optional<SectionType> type(List<Block> blocks, SectionTyper typer) {
        if (blocks.size() <= MIN_ENTRIES || blocks.get(0).lines().size() != 1 || blocks.get(0).table()) {
            return Optional.empty();
        }
        long entries = blocks.stream().skip(1).takeWhile(b -> !b.heading() && !b.table()
                && ListMarkers.startsList(b.text())).count();
        return entries < MIN_ENTRIES ? Optional.empty() : typer.leadInType(blocks.get(0).text());
    }
}
