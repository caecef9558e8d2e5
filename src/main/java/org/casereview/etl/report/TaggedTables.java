package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.LayoutBlock;

/**
 * Items from the tables the structure tree names (Table / TR / TD) inside a section of items: each data row
 * gives one item, the text of its longest column ("Theme | What we learned" gives the learning). Rows the
 * text-line reading already found are left as they were; garbled items that mix a row's cells (the lines of
 * side-by-side cells read as one) give way to the row.
 */
final class TaggedTables {

    private static final int MIN_ROW_WORDS = 6;
    private static final int KEY_CHARS = 24;
    /** A cell's last printed line is often short: its end is matched on fewer characters. */
    private static final int SUFFIX_CHARS = 12;

    private TaggedTables() {
    }

    static List<ItemSplitter.Found> apply(SectionType type, List<ItemSplitter.Found> found, List<TextLine> lines,
                                          List<LayoutBlock> tables) {
        if (!type.hasItems() || tables.isEmpty() || lines.isEmpty()) {
            return found;
        }
        String sectionKey = key(String.join(" ", lines.stream().map(TextLine::text).toList()));
        List<String> cells = new ArrayList<>();
        List<Integer> cellPages = new ArrayList<>();
        int firstPage = lines.get(0).page();
        int lastPage = lines.get(lines.size() - 1).page();
        for (LayoutBlock table : tables) {
            if (table.page() < firstPage || table.page() > lastPage) {
                continue;
            }
            for (String cell : mainCells(table)) {
                // both ends of the cell printed in the section: another row that merely starts alike is no match
                if (sectionKey.contains(prefix(cell)) && sectionKey.contains(suffix(key(cell)))) {
                    cells.add(cell);
                    cellPages.add(pageOf(lines, prefix(cell), table.page()));
                }
            }
        }
        List<ItemSplitter.Found> kept = found.stream().filter(f -> !garbled(f, cells)).toList();
        List<ItemSplitter.Found> rows = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String whole = key(cells.get(c));
            if (kept.stream().noneMatch(f -> key(f.text()).contains(whole))) {
                rows.add(new ItemSplitter.Found(type, TextRepair.clean(cells.get(c)), cellPages.get(c)));
            }
        }
        if (rows.isEmpty() && kept.size() == found.size()) {
            return found;
        }
        List<String> rowKeys = rows.stream().map(r -> prefix(r.text())).toList();
        List<ItemSplitter.Found> result = new ArrayList<>(kept.stream()
                .filter(f -> rowKeys.stream().noneMatch(k -> key(f.text()).contains(k))).toList());
        result.addAll(rows);
        result.sort(Comparator.comparingInt(f -> position(sectionKey, prefix(f.text()))));
        return result;
    }

    /**
     * An item that runs into a second row's cell (a one-line row's text read on with the next row's first
     * line) mixes rows: the rows replace it.
     */
    private static boolean garbled(ItemSplitter.Found item, List<String> cells) {
        String text = key(item.text());
        return cells.stream().filter(cell -> text.contains(prefix(cell))).count() > 1;
    }

    /** The cells of the column with the most text, header rows and short cells left out. */
    private static List<String> mainCells(LayoutBlock table) {
        List<List<String>> data = table.rows().subList(Math.min(table.headerRows(), table.rows().size()),
                table.rows().size());
        int columns = data.stream().mapToInt(List::size).max().orElse(0);
        int best = -1;
        long bestLength = 0;
        for (int c = 0; c < columns; c++) {
            int column = c;
            long length = data.stream().filter(r -> r.size() > column).mapToLong(r -> r.get(column).length()).sum();
            if (length > bestLength) {
                best = c;
                bestLength = length;
            }
        }
        int main = best;
        return main < 0 ? List.of() : data.stream().filter(r -> r.size() > main).map(r -> r.get(main).strip())
                .filter(cell -> cell.split("\\s+").length >= MIN_ROW_WORDS).toList();
    }

    private static int pageOf(List<TextLine> lines, String probe, int fallback) {
        for (TextLine line : lines) {
            if (key(line.text()).contains(probe.substring(0, Math.min(probe.length(), 12)))) {
                return line.page();
            }
        }
        return fallback;
    }

    private static int position(String sectionKey, String probe) {
        int at = sectionKey.indexOf(probe);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static String prefix(String text) {
        String key = key(text);
        return key.substring(0, Math.min(KEY_CHARS, key.length()));
    }

    private static String suffix(String key) {
        return key.substring(Math.max(0, key.length() - SUFFIX_CHARS));
    }

    private static String key(String text) {
        return TextRepair.clean(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
