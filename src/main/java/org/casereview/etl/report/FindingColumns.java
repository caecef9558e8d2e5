package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;

/**
 * A findings section's table whose header names the findings over one column and a kind of item over another ('No |
 * Finding | Recommendation'): each finding cell is a learning item. The caller keeps them only when the report gives
 * no learning elsewhere: a report with a learning section of its own states its learning there, and its findings
 * column is the ground for the recommendations beside it.
 */
final class FindingColumns {

    private FindingColumns() {
    }

    static List<ItemSplitter.Found> learning(List<Block> blocks, SectionTyper typer) {
        List<ItemSplitter.Found> found = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.table()) {
                continue;
            }
            List<String> header = TableRows.headerCells(block.lines());
            List<SectionType> types = header.stream().map(typer::type).toList();
            int findings = types.indexOf(SectionType.FINDINGS);
            boolean oneFindingsColumn = findings >= 0 && types.lastIndexOf(SectionType.FINDINGS) == findings;
            boolean itemColumn = false;
            for (int c = 0; c < header.size(); c++) {
                itemColumn |= c != findings && namesItems(header.get(c), typer);
            }
            if (oneFindingsColumn && itemColumn) {
                Pattern label = ownLabel(header.get(findings));
                TableRows.columnTexts(block.lines(), findings).forEach(row -> ItemSplitter.addRow(found,
                        SectionType.LEARNING, new TableRows.Item(label.matcher(row.text()).replaceFirst(""), row.page())));
            }
        }
        return found;
    }

    /** A cell opening with its column's header word and a number ('Finding 2' under 'Finding') is labelled by it. */
    private static Pattern ownLabel(String header) {
        return Pattern.compile("^(?i:" + Pattern.quote(header.strip()) + ")s?\\s+\\d{1,2}[.:)]?\\s+");
    }

    /** A header cell names in the singular what a heading names in the plural ('Recommendation'). */
    private static boolean namesItems(String cell, SectionTyper typer) {
        Optional<SectionType> kind = typer.itemType(cell).or(() -> typer.itemType(cell + "s"));
        return kind.isPresent() && kind.get() != SectionType.LEARNING;
    }
}
