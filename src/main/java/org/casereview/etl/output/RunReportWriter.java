package org.casereview.etl.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/**
 * Writes {@code report.html} beside the CSV files it counts: it counts the exported files' cells, so the page shows
 * exactly what an analyst gets in the CSVs, whatever database they came from. The export keeps those cells as it
 * writes them ({@link #rowsToCount()}); {@link #write(Path, String)} reads them from the files instead.
 */
public final class RunReportWriter {

    public static final String FILE_NAME = "report.html";
    /** The CSV files the page counts (not the sections file). */
    public static final Set<String> READS = RunReport.COLUMNS.keySet();

    private RunReportWriter() {
    }

    /** Reads reviews, items, documents and rejects CSVs from the folder and writes the page there. */
    public static Path write(Path folder, String title) throws IOException {
        return write(folder, title, new RunReport.Rows(read(folder.resolve("reviews.csv")),
                read(folder.resolve("items.csv")), read(folder.resolve("documents.csv")),
                read(folder.resolve("rejects.csv"))));
    }

    /** What the export keeps of the files the page counts, as it writes them: give it to the export, then here. */
    public static WrittenRows rowsToCount() {
        return new WrittenRows(RunReport.COLUMNS);
    }

    /** Writes the page into the folder from the cells the export kept as it wrote the files ({@link #rowsToCount()}). */
    public static Path write(Path folder, String title, WrittenRows written) throws IOException {
        return write(folder, title, new RunReport.Rows(written.rows("reviews.csv"), written.rows("items.csv"),
                written.rows("documents.csv"), written.rows("rejects.csv")));
    }

    private static Path write(Path folder, String title, RunReport.Rows rows) throws IOException {
        Path target = folder.resolve(FILE_NAME);
        Path temp = folder.resolve(FILE_NAME + ".tmp");
        Files.writeString(temp, RunReportPage.render(RunReport.of(title, rows)), StandardCharsets.UTF_8);
        return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A missing file is no rows: an export may leave out a table. */
    static List<Map<String, String>> read(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVReader rows = new CSVReader(reader)) {
            String[] header = rows.readNext();
            if (header == null) {
                return List.of();
            }
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            List<Map<String, String>> result = new ArrayList<>();
            for (String[] row; (row = rows.readNext()) != null; ) {
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    map.put(header[i], i < row.length ? row[i] : "");
                }
                result.add(map);
            }
            return result;
        } catch (CsvException e) {
            throw new IOException("cannot read " + csv.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
