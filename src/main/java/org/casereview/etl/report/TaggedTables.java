package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.LayoutBlock;

/**
 * Items from the tables the structure tree names (Table / TR / TD) inside a section of items: each data row
 * gives one item, the text of its longest column ("Theme | What we learned" gives the learning), and one more
 * from each other column whose header names another kind of item ("Theme | Learning | Action": the action is a
 * recommendation). Rows the text-line reading already found are left as they were; garbled items that mix a
 * row's cells (the lines of side-by-side cells read as one) give way to the row.
 */
final class TaggedTables {

    private static final int MIN_ROW_WORDS = 6;
    private static final int KEY_CHARS = 24;
    /** 'recommend' names recommendations, 'learnin' learning: the header's opening letters against the kind's name. */
    private static final int KIND_STEM = 7;
    /** A cell's last printed line is often short: its end is matched on fewer characters. */
    private static final int SUFFIX_CHARS = 12;
    private static final Pattern ONE_WORD = Pattern.compile("\\p{L}+");

    private TaggedTables() {
    }

    static List<ItemSplitter.Found> apply(SectionType type, List<ItemSplitter.Found> found, List<TextLine> lines,
                                          List<LayoutBlock> tables, SectionTyper typer) {
        if (!type.hasItems() || tables.isEmpty() || lines.isEmpty()) {
            return found;
        }
        PrintedText section = new PrintedText(String.join(" ", lines.stream().map(TextLine::text).toList()));
        TableCells tableCells = new TableCells();
        int firstPage = lines.get(0).page();
        int lastPage = lines.get(lines.size() - 1).page();
        for (LayoutBlock table : tables) {
            if (table.page() < firstPage || table.page() > lastPage) {
                continue;
            }
            int main = mainColumn(type, table);
            if (main < 0) {
                continue;
            }
            Map<Integer, SectionType> kinds = new LinkedHashMap<>();
            kinds.put(main, type);
            kinds.putAll(otherKindColumns(type, table, main, typer));
            tableCells.addRows(table, main, kinds, section, lines);
        }
        List<String> cells = tableCells.texts;
        List<SectionType> cellKinds = tableCells.kinds;
        List<Integer> cellPages = tableCells.pages;
        List<ItemSplitter.Found> kept = found.stream()
                .filter(f -> !garbled(f, cells) && !otherColumnOnly(f, cells, tableCells.others)
                        && !pieceOfCell(f, cells)).toList();
        // a cell of another kind's column is an item of that kind; one the lines gave a wrong kind gives way to it
        List<ItemSplitter.Found> kinded = kept.stream().filter(f -> !misKinded(f, type, cells, cellKinds)).toList();
        List<ItemSplitter.Found> rows = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String whole = key(cells.get(c));
            if (kinded.stream().noneMatch(f -> key(f.text()).contains(whole))) {
                rows.add(new ItemSplitter.Found(cellKinds.get(c), TextRepair.clean(cells.get(c)), cellPages.get(c)));
            }
        }
        // items the lines already gave from the table's cells still take the tree's row order
        if (cells.isEmpty() && kinded.size() == found.size()) {
            return found;
        }
        List<String> rowKeys = rows.stream().map(r -> prefix(r.text())).toList();
        List<ItemSplitter.Found> result = new ArrayList<>(kinded.stream()
                .filter(f -> rowKeys.stream().noneMatch(k -> key(f.text()).contains(k))).toList());
        result.addAll(rows);
        result.sort(Comparator.comparingInt((ItemSplitter.Found f) -> tableCells.place(f.text(), section))
                .thenComparingInt(f -> tableCells.rank(f.text())));
        return result;
    }

    /** The item cells found in a section's tables (text, kind, page of each) and the main column's long neighbours. */
    private static final class TableCells {
        final List<String> texts = new ArrayList<>();
        final List<SectionType> kinds = new ArrayList<>();
        final List<Integer> pages = new ArrayList<>();
        final List<String> others = new ArrayList<>();
        /** Where each cell's table starts in the section's text: its rows keep the structure tree's order. */
        final List<Integer> tableStarts = new ArrayList<>();

        /** Where an item stands in the section: a table cell's at its table's start, another at its own text. */
        int place(String item, PrintedText section) {
            int cell = rank(item);
            return cell < texts.size() ? tableStarts.get(cell) : section.position(item);
        }

        /** The first cell, in the tables' row order, that the item holds; the cell count when none. */
        int rank(String item) {
            String text = key(item);
            for (int c = 0; c < texts.size(); c++) {
                if (text.contains(prefix(texts.get(c)))) {
                    return c;
                }
            }
            return texts.size();
        }

        /** The table's data rows whose main cell the section prints: a cell of each item column the section holds. */
        void addRows(LayoutBlock table, int main, Map<Integer, SectionType> columnKinds, PrintedText section,
                     List<TextLine> lines) {
            int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
            int first = texts.size();
            List<List<String>> rows = table.rows();
            for (int r = Math.min(table.headerRows(), rows.size()); r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.size() <= main || !wordy(row.get(main))
                        || !section.holds(ListMarkers.stripMarker(row.get(main).strip()), columns)) {
                    continue;
                }
                others.addAll(otherLongCells(row, main));
                int rowPage = table.pageOfRow(r);
                columnKinds.forEach((column, kind) -> {
                    if (row.size() > column && wordy(row.get(column))) {
                        String printed = row.get(column).strip();
                        String text = ListMarkers.stripMarker(printed);
                        if (section.holds(text, columns)) {
                            texts.add(text);
                            kinds.add(kind);
                            // the printed opening with its typed number tells rows that start alike apart
                            pages.add(table.rowPages().isEmpty() ? pageOf(lines, prefix(printed), table.page())
                                    : rowPage);
                        }
                    }
                });
            }
            int start = texts.subList(first, texts.size()).stream().mapToInt(t -> section.position(t, columns))
                    .min().orElse(Integer.MAX_VALUE);
            texts.subList(first, texts.size()).forEach(t -> tableStarts.add(start));
        }
    }

    /**
     * A section's printed text, to find a cell in: whole, or with its words in order among the words of the cells
     * printed beside it (side-by-side cells read line by line mix their words on each baseline).
     */
    private static final class PrintedText {
        /** The cells beside the item column add up to a word of each to each of its words. */
        private static final int MIXED_WORDS_SLACK = 8;

        private final String key;
        private final List<String> words = new ArrayList<>();
        /** Where each word starts in the key. */
        private final List<Integer> offsets = new ArrayList<>();

        PrintedText(String text) {
            this.key = key(text);
            int at = 0;
            for (String word : words(text)) {
                words.add(word);
                offsets.add(at);
                at += word.length();
            }
        }

        /**
         * Both ends of the cell printed in the section: another row that merely starts alike is no match. The
         * cells of a row of {@code columns} side by side mix their words line by line.
         */
        boolean holds(String cell, int columns) {
            return key.contains(prefix(cell)) && key.contains(suffix(key(cell))) || mixedStart(cell, columns) >= 0;
        }

        int position(String text) {
            return position(text, 2);
        }

        int position(String text, int columns) {
            int at = key.indexOf(prefix(text));
            if (at >= 0) {
                return at;
            }
            int word = mixedStart(text, columns);
            return word < 0 ? Integer.MAX_VALUE : offsets.get(word);
        }

        /** The first word of the text's words found in order within a short run of the section's words; -1 if none. */
        private int mixedStart(String text, int columns) {
            List<String> wanted = words(text);
            if (wanted.size() < MIN_ROW_WORDS) {
                return -1;
            }
            int reach = wanted.size() * Math.max(2, columns) + MIXED_WORDS_SLACK;
            for (int start = 0; start < words.size(); start++) {
                if (words.get(start).equals(wanted.get(0)) && inOrder(wanted, start, reach)) {
                    return start;
                }
            }
            return -1;
        }

        /**
         * The text's words as keys; a hyphen parts words too, as a word broken over a cell's line end ('self-' /
         * 'harms') runs into the next cell's word when side-by-side cells are read line by line.
         */
        private static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            for (String word : TextRepair.clean(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        }

        private boolean inOrder(List<String> wanted, int start, int reach) {
            int next = 1;
            int end = Math.min(words.size(), start + reach);
            for (int w = start + 1; w < end && next < wanted.size(); w++) {
                if (words.get(w).equals(wanted.get(next))) {
                    next++;
                }
            }
            return next == wanted.size();
        }
    }

    /**
     * An item that runs into a second row's cell (a one-line row's text read on with the next row's first
     * line) mixes rows: the rows replace it.
     */
    private static boolean garbled(ItemSplitter.Found item, List<String> cells) {
        String text = key(item.text());
        return cells.stream().filter(cell -> text.contains(prefix(cell))).count() > 1;
    }

    /**
     * An item that is part of a cell's text and not all of it: a line in the middle of a row (beside a row code
     * centred down the row) read as the start of an item. The tree gives the row's cell whole, once.
     */
    private static boolean pieceOfCell(ItemSplitter.Found item, List<String> cells) {
        String text = key(item.text());
        return !text.isEmpty() && cells.stream().map(TaggedTables::key)
                .anyMatch(cell -> cell.length() > text.length() && cell.contains(text));
    }

    /**
     * An item that holds a cell of another column of a matched row (an action, a lead agency) but no cell of the
     * item column: the line reading started the item in the wrong column.
     */
    private static boolean otherColumnOnly(ItemSplitter.Found item, List<String> cells, List<String> otherCells) {
        String text = key(item.text());
        return otherCells.stream().anyMatch(cell -> text.contains(prefix(cell)))
                && cells.stream().noneMatch(cell -> text.contains(prefix(cell)));
    }

    /** An item that is a cell of another kind's column, read as an item of another kind. */
    private static boolean misKinded(ItemSplitter.Found item, SectionType type, List<String> cells,
                                     List<SectionType> kinds) {
        String text = key(item.text());
        for (int c = 0; c < cells.size(); c++) {
            if (kinds.get(c) != type && kinds.get(c) != item.type() && text.equals(key(cells.get(c)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns besides the item column whose header names another kind of item ('Action' or 'Recommendation'
     * beside 'Learning'): an action plan's 'Action' beside its 'Recommendation' names the same kind and gives none.
     */
    private static Map<Integer, SectionType> otherKindColumns(SectionType type, LayoutBlock table, int main,
                                                              SectionTyper typer) {
        Map<Integer, SectionType> columns = new LinkedHashMap<>();
        if (table.headerRows() == 0 || table.rows().isEmpty()) {
            return columns;
        }
        List<String> header = table.rows().get(0);
        SectionType mainKind = namedKind(header.size() > main ? header.get(main) : "", typer).orElse(type);
        for (int c = 0; c < header.size(); c++) {
            int column = c;
            namedKind(header.get(c), typer).filter(kind -> column != main && kind != type && kind != mainKind)
                    .ifPresent(kind -> columns.put(column, kind));
        }
        return columns;
    }

    /** The kind of item a header cell names; one word names it in the singular as well ('Action', 'Lesson'). */
    private static Optional<SectionType> namedKind(String header, SectionTyper typer) {
        String cell = onceOnly(header.strip());
        Optional<SectionType> kind = typer.itemType(cell);
        if (kind.isEmpty() && ONE_WORD.matcher(cell).matches()) {
            kind = typer.itemType(cell + "s");
        }
        return kind;
    }

    /** A header row repeated over a page break is one header cell holding its words twice ('Action Action'). */
    private static String onceOnly(String cell) {
        String[] words = cell.split("\\s+");
        int half = words.length / 2;
        boolean twice = words.length % 2 == 0 && half > 0
                && Arrays.equals(words, 0, half, words, half, words.length);
        return twice ? String.join(" ", Arrays.copyOf(words, half)) : cell;
    }

    private static List<String> otherLongCells(List<String> row, int main) {
        List<String> others = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            if (c != main && wordy(row.get(c))) {
                others.add(ListMarkers.stripMarker(row.get(c).strip()));
            }
        }
        return others;
    }

    private static List<List<String>> dataRows(LayoutBlock table) {
        return table.rows().subList(Math.min(table.headerRows(), table.rows().size()), table.rows().size());
    }

    private static boolean wordy(String cell) {
        return cell.strip().split("\\s+").length >= MIN_ROW_WORDS;
    }

    /**
     * The item column: the one whose header names the section's kind ('Recommendation' in a recommendations
     * section), else the column with the most text.
     */
    private static int mainColumn(SectionType type, LayoutBlock table) {
        if (table.headerRows() > 0 && !table.rows().isEmpty()) {
            List<String> header = table.rows().get(0);
            for (int c = 0; c < header.size(); c++) {
                if (namesKind(header.get(c), type)) {
                    return c;
                }
            }
        }
        List<List<String>> data = dataRows(table);
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
        return best;
    }

    /** The header cell opens with the kind's own word ('Recommendation', 'Learning', 'Good practice'). */
    private static boolean namesKind(String header, SectionType type) {
        String kind = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String cell = header.strip().toLowerCase(Locale.ROOT);
        int stem = Math.min(KIND_STEM, kind.length());
        return cell.length() >= stem && cell.startsWith(kind.substring(0, stem));
    }

    private static int pageOf(List<TextLine> lines, String probe, int fallback) {
        for (TextLine line : lines) {
            if (key(line.text()).contains(probe.substring(0, Math.min(probe.length(), 12)))) {
                return line.page();
            }
        }
        return fallback;
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
