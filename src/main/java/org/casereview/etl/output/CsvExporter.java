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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.text.ControlCharacters;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the five CSV files of a month from the database: RFC 4180, UTF-8 with a byte order mark
 * (so Excel reads the accents), fields quoted when needed, formula-looking text neutralised.
 * Each file is written to a temporary name and moved into place, so a reader never sees half a file.
 */
public class CsvExporter {

    private static final String REVIEW_ORDER = " ORDER BY r.source_file, r.entry_no, r.review_id";

    private final JdbcClient jdbc;

    public CsvExporter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes every file and returns the rows written per file name. */
    public Map<String, Integer> export(String batchMonth, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("reviews.csv", write(folder.resolve("reviews.csv"), ReviewRow.COLUMNS,
                "SELECT " + prefixed("r", ReviewRow.COLUMNS) + " FROM review r WHERE r.batch_month = :month" + REVIEW_ORDER,
                batchMonth));
        counts.put("sections.csv", write(folder.resolve("sections.csv"),
                List.of("review_id", "source", "section_type", "ordinal", "heading", "page_start", "page_end", "text"),
                "SELECT s.review_id, s.source, s.section_type, s.ordinal, s.heading, s.page_start, s.page_end, s.text"
                        + " FROM review_section s JOIN review r ON r.review_id = s.review_id WHERE r.batch_month = :month"
                        + " ORDER BY r.source_file, r.entry_no, r.review_id, s.source, s.ordinal", batchMonth));
        counts.put("items.csv", write(folder.resolve("items.csv"),
                List.of("review_id", "source", "section_type", "item_no", "text", "page"),
                "SELECT i.review_id, i.source, i.section_type, i.item_no, i.text, i.page"
                        + " FROM review_item i JOIN review r ON r.review_id = i.review_id WHERE r.batch_month = :month"
                        + " ORDER BY r.source_file, r.entry_no, r.review_id, i.source,"
                        + " CASE i.section_type WHEN 'learning' THEN 1 WHEN 'recommendations' THEN 2 ELSE 3 END, i.item_no",
                batchMonth));
        counts.put("documents.csv", write(folder.resolve("documents.csv"),
                List.of("source_file", "kind", "media_type", "charset", "sha256", "bytes", "pages", "status", "reason_code"),
                "SELECT source_file, kind, media_type, charset, sha256, bytes, pages, status, reason_code"
                        + " FROM source_document WHERE batch_month = :month ORDER BY kind DESC, source_file", batchMonth));
        counts.put("rejects.csv", write(folder.resolve("rejects.csv"),
                List.of("run_id", "source_file", "location", "reason_code", "message"),
                "SELECT run_id, source_file, location, reason_code, message FROM reject WHERE batch_month = :month"
                        + " ORDER BY source_file, location, reason_code, message", batchMonth));
        return counts;
    }

    private int write(Path file, List<String> header, String sql, String batchMonth) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        int[] rows = {0};
        try (OutputStream out = Files.newOutputStream(tmp);
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd(ICSVWriter.RFC4180_LINE_END).build()) {
            writer.write('\uFEFF');
            csv.writeNext(header.toArray(String[]::new), false);
            jdbc.sql(sql).param("month", batchMonth).query((ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                String[] cells = new String[meta.getColumnCount()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cell(rs.getObject(i + 1));
                }
                csv.writeNext(cells, false);
                rows[0]++;
            });
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows[0];
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

    private static String prefixed(String alias, List<String> columns) {
        return String.join(", ", columns.stream().map(c -> alias + "." + c).toList());
    }
}
