package org.casereview.etl.job;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;
import com.opencsv.exceptions.CsvException;

/**
 * A run's reviews, sections and items as read by the shared scorer, sliced per report file: the rows of the reviews
 * whose {@code report_file} is the report, and their sections and items. Scoring one report against its slice gives
 * the figures it gets against the whole output (the scorer only ever looks up a report's own review), at a fraction
 * of the reading.
 */
final class ReportRows {

    private final Table reviews;
    private final Table sections;
    private final Table items;

    private ReportRows(Table reviews, Table sections, Table items) {
        this.reviews = reviews;
        this.sections = sections;
        this.items = items;
    }

    static ReportRows read(Path output) throws IOException {
        return new ReportRows(Table.read(output.resolve("reviews.csv")), Table.read(output.resolve("sections.csv")),
                Table.read(output.resolve("items.csv")));
    }

    /** Writes the report's slice of the three files into {@code folder} and returns it. */
    Path writeSlice(String reportFile, Path folder) throws IOException {
        List<String[]> reviewRows = reviews.rowsWhere("report_file", Set.of(reportFile));
        Set<String> reviewIds = new HashSet<>();
        int id = reviews.column("review_id");
        reviewRows.forEach(row -> reviewIds.add(row[id]));
        reviews.write(reviewRows, folder.resolve("reviews.csv"));
        sections.write(sections.rowsWhere("review_id", reviewIds), folder.resolve("sections.csv"));
        items.write(items.rowsWhere("review_id", reviewIds), folder.resolve("items.csv"));
        return folder;
    }

    private record Table(String[] header, List<String[]> rows) {

        static Table read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            try (Reader reader = new java.io.StringReader(text); CSVReader csv = new CSVReader(reader)) {
                List<String[]> all = csv.readAll();
                return new Table(all.get(0), all.subList(1, all.size()));
            } catch (CsvException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }

        int column(String name) {
            int index = Arrays.asList(header).indexOf(name);
            if (index < 0) {
                throw new IllegalStateException("no column " + name + " in " + Arrays.toString(header));
            }
            return index;
        }

        List<String[]> rowsWhere(String name, Set<String> values) {
            int index = column(name);
            List<String[]> matching = new ArrayList<>();
            for (String[] row : rows) {
                if (index < row.length && values.contains(row[index])) {
                    matching.add(row);
                }
            }
            return matching;
        }

        void write(List<String[]> selected, Path file) throws IOException {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
                csv.writeNext(header);
                csv.writeAll(selected);
            }
        }
    }
}
