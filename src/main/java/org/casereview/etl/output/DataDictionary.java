package org.casereview.etl.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casereview.etl.document.Coded;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportStatus;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.vocabulary.Vocabulary;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docs/DATA-DICTIONARY.md, written from the database itself (tables, columns, types), the column
 * meanings of {@code db/columns.yml} and the code lists of the vocabulary and the row model's code
 * enums, so that the dictionary cannot drift from the schema. Spring Batch's BATCH_ tables are left out.
 */
public final class DataDictionary {

    /** The column descriptions, a resource beside the schema. */
    public static final String DESCRIPTIONS = "/db/columns.yml";

    private static final Map<String, List<? extends Coded>> ENUMS = Map.of(
            "SectionType", List.of(SectionType.values()), "DocumentStatus", List.of(DocumentStatus.values()),
            "ReportStatus", List.of(ReportStatus.values()), "RejectReason", List.of(RejectReason.values()));

    private final Map<String, Object> common;
    private final Map<String, Object> tables;
    private final Map<String, Object> exports;
    private final Vocabulary vocabulary;

    private DataDictionary(Map<String, Object> descriptions, Vocabulary vocabulary) {
        this.common = map(descriptions.get("common"));
        this.tables = map(descriptions.get("tables"));
        this.exports = map(descriptions.get("exports"));
        this.vocabulary = vocabulary;
    }

    public static DataDictionary standard() {
        try (InputStream in = DataDictionary.class.getResourceAsStream(DESCRIPTIONS)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new DataDictionary(root, Vocabulary.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's tables in the database with their columns in order (lower case). */
    public static Map<String, List<Column>> columns(Connection db) throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet rs = meta.getColumns(null, null, null, null)) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (schema == null || schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog")
                        || table.startsWith("batch_") || table.startsWith("flyway_")) {
                    continue;
                }
                tables.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(rs.getInt("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        type(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS")),
                        "NO".equals(rs.getString("IS_NULLABLE"))));
            }
        }
        tables.values().forEach(c -> c.sort((a, b) -> Integer.compare(a.position(), b.position())));
        return tables;
    }

    /** A column of the database. */
    public record Column(int position, String name, String type, boolean required) {
    }

    /** Columns of the database with no meaning in db/columns.yml, as table.column. */
    public List<String> undescribed(Map<String, List<Column>> database) {
        List<String> missing = new ArrayList<>();
        database.forEach((table, columns) -> columns.stream().filter(c -> description(table, c.name()) == null)
                .forEach(c -> missing.add(table + "." + c.name())));
        database.keySet().stream().filter(t -> !tables.containsKey(t)).forEach(t -> missing.add(t));
        return missing;
    }

    /**
     * Columns of the export-only files (tables of {@link ExportTable#DATASET} a run does not write) with no
     * meaning under {@code exports} in db/columns.yml, as file.column; and described columns the file lacks.
     */
    public List<String> undescribedExports() {
        List<String> missing = new ArrayList<>();
        for (ExportTable table : ExportTable.DATASET.stream().filter(t -> !ExportTable.ALL.contains(t)).toList()) {
            Map<String, Object> described = map(map(exports.get(table.name())).get("columns"));
            table.columns().stream().filter(c -> !described.containsKey(c)).forEach(c -> missing.add(table.name() + "." + c));
            described.keySet().stream().filter(c -> !table.columns().contains(c))
                    .forEach(c -> missing.add(table.name() + "." + c + " (not in the file)"));
        }
        return missing;
    }

    /** The whole dictionary as Markdown: tables in the order of db/columns.yml. */
    public String markdown(Map<String, List<Column>> database) {
        StringBuilder md = new StringBuilder("# Data dictionary\n\nGenerated by `org.casereview.etl.output.DataDictionary`"
                + " from the database schema, `src/main/resources/db/columns.yml` and the vocabulary; do not edit by hand"
                + " (see README, \"Data dictionary\"). CSV files have the same columns as their tables, without"
                + " `batch_month` (and `path`).\n");
        for (String table : tables.keySet()) {
            List<Column> columns = database.getOrDefault(table, List.of());
            md.append("\n## ").append(table).append("\n\n").append(map(tables.get(table)).get("meaning")).append("\n\n")
                    .append("| column | type | meaning | example | codes |\n|---|---|---|---|---|\n");
            for (Column c : columns) {
                Map<String, Object> d = description(table, c.name());
                List<String> codes = codes(d);
                Object example = d == null ? null : d.getOrDefault("example", codes.isEmpty() ? null : codes.get(0));
                md.append("| `").append(c.name()).append("` | ").append(c.type()).append(c.required() ? " not null" : "")
                        .append(" | ").append(cell(d == null ? "" : d.get("meaning"))).append(" | ")
                        .append(example == null ? "" : "`" + cell(example) + "`")
                        .append(" | ").append(cell(String.join(", ", codes))).append(" |\n");
            }
        }
        exports.forEach((name, export) -> appendExport(md, name, map(export)));
        return md.toString();
    }

    /** A file only {@code export} writes: its columns as the file has them, typed as described. */
    private void appendExport(StringBuilder md, String name, Map<String, Object> export) {
        md.append("\n## ").append(name).append(".csv (export only)\n\n").append(export.get("meaning")).append("\n\n")
                .append("| column | type | meaning | example | codes |\n|---|---|---|---|---|\n");
        map(export.get("columns")).forEach((column, value) -> {
            Map<String, Object> d = map(value);
            List<String> codes = codes(d);
            Object example = d.getOrDefault("example", codes.isEmpty() ? null : codes.get(0));
            md.append("| `").append(column).append("` | ").append(cell(d.get("type"))).append(" | ")
                    .append(cell(d.get("meaning"))).append(" | ").append(example == null ? "" : "`" + cell(example) + "`")
                    .append(" | ").append(cell(String.join(", ", codes))).append(" |\n");
        });
    }

    private Map<String, Object> description(String table, String column) {
        Object t = tables.get(table);
        Object own = t == null ? null : map(map(t).get("columns")).get(column);
        return own != null ? map(own) : common.containsKey(column) ? map(common.get(column)) : null;
    }

    private List<String> codes(Map<String, Object> d) {
        Object codes = d == null ? null : d.get("codes");
        if (codes == null) {
            return List.of();
        }
        if (codes instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        String source = codes.toString();
        if (source.startsWith("enum:")) {
            return ENUMS.get(source.substring(5)).stream().map(Coded::code).toList();
        }
        String[] path = source.substring("vocabulary:".length()).split("/");
        List<?> entries = (List<?>) vocabulary.value(path[0], Arrays.copyOfRange(path, 1, path.length));
        return entries.stream().map(e -> ((Map<?, ?>) e).get("code").toString()).distinct().toList();
    }

    private static String type(String name, int size, int digits) {
        String upper = name.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "CHARACTER VARYING", "VARCHAR" -> "VARCHAR(" + size + ")";
            case "CHARACTER LARGE OBJECT", "CLOB", "TEXT" -> "CLOB";
            case "NUMERIC", "DECIMAL" -> "DECIMAL(" + size + ", " + digits + ")";
            case "INT4", "INTEGER" -> "INT";
            case "INT8" -> "BIGINT";
            case "BOOL" -> "BOOLEAN";
            default -> upper;
        };
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString().replace("|", "\\|").replace("\n", " ");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
