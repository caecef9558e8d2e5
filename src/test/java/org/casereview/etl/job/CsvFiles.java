package org.casereview.etl.job;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/** Reads an output CSV file the way a spreadsheet would: header row, UTF-8 with or without BOM. */
final class CsvFiles {

    private CsvFiles() {
    }

    static List<String> header(Path file) throws IOException {
        return List.of(rows(file).get(0));
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        List<String[]> rows = rows(file);
        String[] header = rows.get(0);
        List<Map<String, String>> result = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                map.put(header[i], i < row.length ? row[i] : "");
            }
            result.add(map);
        }
        return result;
    }

    private static List<String[]> rows(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text); CSVReader csv = new CSVReader(reader)) {
            return csv.readAll();
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows.size() + " rows"));
    }
}
