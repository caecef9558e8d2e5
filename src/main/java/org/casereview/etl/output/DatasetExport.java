package org.casereview.etl.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code export}: the CSV bundle (a run's five files and {@code themes_by_year.csv}), {@code report.html} and
 * {@code casereviews.xlsx} for a range of months,
 * from the months the database has accumulated (each run adds or replaces its own month).
 */
public class DatasetExport {

    private final CsvExporter csv;
    private final WorkbookExporter workbook;

    public DatasetExport(CsvExporter csv, WorkbookExporter workbook) {
        this.csv = csv;
        this.workbook = workbook;
    }

    /** Writes the files into the folder and returns the rows per CSV file. */
    public Map<String, Integer> write(MonthRange months, Path folder, boolean byteOrderMark) throws IOException {
        WrittenRows counted = RunReportWriter.rowsToCount();
        Map<String, Integer> rows = csv.export(ExportTable.DATASET, months, folder, byteOrderMark, counted,
                () -> RunReportWriter.write(folder, months.title(), counted));
        workbook.export(months, folder);
        return rows;
    }
}
