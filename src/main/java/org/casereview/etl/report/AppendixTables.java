package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.LayoutBlock;

/**
 * An appendix holding a table whose header row names a kind of item ('Recommendation' in an action plan's header):
 * the rows are that kind's items, read as a section of that kind reads its tables. The caller keeps them only when
 * no section of the body gave any item of that kind (the report's recommendations are only in the action plan).
 */
final class AppendixTables {

    private AppendixTables() {
    }

    static List<ItemSplitter.Found> items(List<Block> blocks, List<TextLine> lines, List<LayoutBlock> tagged,
                                          SectionTyper typer) {
        List<ItemSplitter.Found> found = new ArrayList<>();
        for (Block block : blocks) {
            if (block.table()) {
                headerKind(TableRows.headerCells(block.lines()), typer).ifPresent(kind -> TableRows.itemTexts(
                        block.lines()).forEach(row -> ItemSplitter.addRow(found, kind, row)));
            }
        }
        if (!found.isEmpty() || lines.isEmpty()) {
            return found;
        }
        int first = lines.get(0).page();
        int last = lines.get(lines.size() - 1).page();
        for (LayoutBlock table : tagged) {
            if (table.page() >= first && table.page() <= last && table.headerRows() > 0 && !table.rows().isEmpty()) {
                headerKind(table.rows().get(0), typer).ifPresent(kind ->
                        found.addAll(TaggedTables.apply(kind, List.of(), lines, List.of(table), typer)));
            }
        }
        return found;
    }

    private static Optional<SectionType> headerKind(List<String> header, SectionTyper typer) {
        return header.stream().map(cell -> typer.itemType(cell)).flatMap(Optional::stream).findFirst();
    }
}
