package org.casereview.etl.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import org.casereview.etl.concurrent.Futures;
import org.casereview.etl.text.ControlCharacters;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the CSV files of a range of months from the database: RFC 4180, UTF-8 with a byte order
 * mark by default (so Excel reads the accents), fields quoted when needed, formula-looking text neutralised.
 * Each file is written to a temporary name and moved into place, so a reader never sees half a file.
 */
public class CsvExporter {

    /**
     * Files written at a time, each over its own connection (rows committed by the steps before): the sections file
     * alone is most of the bytes (8 of 10 MB at 120 reports), so the others are written beside it.
     */
    private static final int WRITERS = 2;

    private final JdbcClient jdbc;

    public CsvExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes every file for the batch months of the range and returns the rows written per file name.
     * Without a byte order mark the files suit database loaders that do not expect one.
     */
    public Map<String, Integer> export(MonthRange months, Path folder, boolean byteOrderMark) throws IOException {
        return export(ExportTable.ALL, months, folder, byteOrderMark);
    }

    /** Writes the files of the given tables (a run's: {@link ExportTable#ALL}; {@code export}'s: {@link ExportTable#DATASET}). */
    public Map<String, Integer> export(List<ExportTable> tables, MonthRange months, Path folder, boolean byteOrderMark)
            throws IOException {
        return export(tables, months, folder, byteOrderMark, Set.of(), () -> { });
    }

    /** Work on files already written, run while others are still being written. */
    @FunctionalInterface
    public interface WhenWritten {
        void run() throws IOException;
    }

    /**
     * As {@link #export(List, MonthRange, Path, boolean)}; once the files named in {@code first} are written (those of
     * them among the tables), {@code then} runs on the caller's thread while the other files are still being written
     * (the run report reads four small files; the sections file, most of the bytes, is written meanwhile). Returns
     * when every file is written, {@code then} failed or not.
     */
    public Map<String, Integer> export(List<ExportTable> tables, MonthRange months, Path folder, boolean byteOrderMark,
                                       Set<String> first, WhenWritten then) throws IOException {
        return export(tables, months, folder, byteOrderMark, first, new WrittenRows(Map.of()), then);
    }

    /**
     * As {@link #export(List, MonthRange, Path, boolean, Set, WhenWritten)}, {@code first} being the files whose rows
     * {@code kept} keeps: {@code then} runs once they are written, their rows kept.
     */
    public Map<String, Integer> export(List<ExportTable> tables, MonthRange months, Path folder, boolean byteOrderMark,
                                       WrittenRows kept, WhenWritten then) throws IOException {
        return export(tables, months, folder, byteOrderMark, kept.files(), kept, then);
    }

    private Map<String, Integer> export(List<ExportTable> tables, MonthRange months, Path folder, boolean byteOrderMark,
                                        Set<String> first, WrittenRows kept, WhenWritten then) throws IOException {
        Files.createDirectories(folder);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, CsvExporter::writerThread);
        try {
            List<Future<Integer>> written = new ArrayList<>();
            for (ExportTable table : tables) {
                WrittenRows.Tap tap = kept.tap(table.csvFileName(), table.columns());
                written.add(writers.submit(() -> write(folder.resolve(table.csvFileName()), table, months, byteOrderMark,
                        tap)));
            }
            Integer[] rows = new Integer[tables.size()];
            try {
                for (int i = 0; i < tables.size(); i++) {
                    if (first.contains(tables.get(i).csvFileName())) {
                        rows[i] = Futures.result(written.get(i), "writing the CSV files");
                    }
                }
                then.run();
            } finally {
                for (int i = 0; i < tables.size(); i++) {
                    if (rows[i] == null) {
                        rows[i] = Futures.result(written.get(i), "writing the CSV files");
                    }
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i).csvFileName(), rows[i]);
            }
            return counts;
        } finally {
            writers.shutdown(); // each file's write ends as it would alone: a failed one leaves its .tmp name only
        }
    }

    private static Thread writerThread(Runnable work) {
        Thread thread = new Thread(work, "export-csv");
        thread.setDaemon(true);
        return thread;
    }

    private int write(Path file, ExportTable table, MonthRange months, boolean byteOrderMark, WrittenRows.Tap tap)
            throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        int rows;
        try (OutputStream out = Files.newOutputStream(tmp);
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd(ICSVWriter.RFC4180_LINE_END).build()) {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
            csv.writeNext(table.columns().toArray(String[]::new), false);
            // the values read here, in order; their cells made and written on the pipe's own thread
            rows = RowPipe.run(sink -> table.query(jdbc, months, (ResultSet rs) -> sink.accept(values(rs))),
                    values -> {
                        String[] cells = cells(values);
                        csv.writeNext(cells, false);
                        tap.accept(cells);
                    });
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** A row's values as the database gives them (text columns as strings: see {@link #isText}). */
    private static Object[] values(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Object[] values = new Object[meta.getColumnCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = isText(meta.getColumnType(i + 1)) ? rs.getString(i + 1) : rs.getObject(i + 1);
        }
        return values;
    }

    private static String[] cells(Object[] values) throws SQLException {
        String[] cells = new String[values.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(values[i]);
        }
        return cells;
    }

    /** Text columns are read with getString: a CLOB read as an object goes through the database's LOB reader. */
    private static boolean isText(int sqlType) {
        return sqlType == Types.CLOB || sqlType == Types.NCLOB || sqlType == Types.VARCHAR || sqlType == Types.LONGVARCHAR;
    }

    static String cell(Object value) throws SQLException {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof BigDecimal d) {
            return d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String text = value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value.toString();
        // a guard: text is cleaned where it enters, so nothing should be left to strip here
        return neutraliseFormula(ControlCharacters.strip(text));
    }

    /** A cell Excel would run as a formula gets a leading apostrophe (CSV only; the tables keep the text). */
    static String neutraliseFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
