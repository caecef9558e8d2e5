package org.casereview.etl.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes {@code casereviews.xlsx}: one sheet per table of the export, the same rows as the CSV files.
 * Streamed with POI's SXSSF (a window of rows in memory, the rest in compressed temp files), so a
 * whole history does not have to fit in the heap. Header row frozen, autofilter, widths from the
 * longest value (capped); numbers, booleans and months are typed cells; see {@link WorkbookCells}.
 */
public class WorkbookExporter {

    public static final String FILE_NAME = "casereviews.xlsx";
    /** Excel's last row (1,048,576) less the header. */
    static final int MAX_ROWS = 1_048_575;
    private static final int ROWS_IN_MEMORY = 200;

    private final JdbcClient jdbc;

    public WorkbookExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the workbook and returns the rows written per sheet. */
    public Map<String, Integer> export(MonthRange months, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(FILE_NAME);
        Path tmp = folder.resolve(FILE_NAME + ".tmp");
        Map<String, Integer> counts = new LinkedHashMap<>();
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            WorkbookCells cells = new WorkbookCells(workbook);
            for (ExportTable table : ExportTable.DATASET) {
                counts.put(table.name(), sheet(workbook.createSheet(table.name()), cells, table, months));
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return counts;
    }

    private int sheet(SXSSFSheet sheet, WorkbookCells cells, ExportTable table, MonthRange months) {
        WorkbookCells.Widths widths = cells.header(sheet.createRow(0), table.columns());
        int[] rows = {0};
        table.query(jdbc, months, rs -> {
            if (rows[0] == MAX_ROWS) {
                throw new IllegalStateException("sheet " + table.name() + " has more rows than Excel's "
                        + (MAX_ROWS + 1) + "; export a shorter range of months (--from, --to) or use the CSV files");
            }
            rows[0]++;
            cells.row(sheet.createRow(rows[0]), rs, table.columns(), widths);
        });
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rows[0], 0, table.columns().size() - 1));
        widths.apply(sheet);
        return rows[0];
    }
}
