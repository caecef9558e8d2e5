package org.casereview.etl.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Some columns of the rows written into some CSV files, each cell as it was written (what {@code report.html}
 * counts), kept as the files are written: the page no longer reads the files back and parses them (the items file,
 * 50,581 rows at 480 reports, was read on the export's last stretch with one core busy). Each file's rows are added by
 * the one thread writing that file and read once its write has ended.
 */
public final class WrittenRows {

    /** Takes one row's cells as written. */
    @FunctionalInterface
    interface Tap {
        void accept(String[] cells);
    }

    private static final Tap NOTHING = cells -> { };

    private final Map<String, List<String>> columns;
    private final Map<String, List<Map<String, String>>> rows = new ConcurrentHashMap<>();

    /** @param columns the columns kept of each file, by file name */
    public WrittenRows(Map<String, List<String>> columns) {
        this.columns = Map.copyOf(columns);
    }

    /** The files whose rows are kept. */
    public Set<String> files() {
        return columns.keySet();
    }

    /** The kept cells of the file's rows, in the file's order, each column name to cell; none for a file not written. */
    public List<Map<String, String>> rows(String file) {
        return rows.getOrDefault(file, List.of());
    }

    /** What keeps the rows of a file about to be written with the given header (nothing, for a file not kept). */
    Tap tap(String file, List<String> header) {
        List<String> wanted = columns.get(file);
        if (wanted == null) {
            return NOTHING;
        }
        List<String> names = wanted.stream().filter(header::contains).toList();
        int[] at = names.stream().mapToInt(header::indexOf).toArray();
        List<Map<String, String>> kept = new ArrayList<>();
        rows.put(file, kept);
        return cells -> {
            @SuppressWarnings("unchecked")
            Map.Entry<String, String>[] row = new Map.Entry[at.length];
            for (int i = 0; i < at.length; i++) {
                row[i] = Map.entry(names.get(i), cells[at[i]]);
            }
            kept.add(Map.ofEntries(row));
        };
    }
}
