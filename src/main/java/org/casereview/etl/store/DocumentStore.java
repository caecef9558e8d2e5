package org.casereview.etl.store;

import static org.casereview.etl.store.Rows.truncate;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.quality.Verdict;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The month's source documents (table source_document) and what could not be loaded (table reject). */
public class DocumentStore {

    private static final List<String> DOCUMENT_COLUMNS = List.of("batch_month", "source_file", "kind", "media_type",
            "charset", "sha256", "bytes", "pages", "status", "reason_code", "path");
    private static final String SELECT_DOCUMENT = "SELECT source_file, kind, media_type, charset, sha256, bytes, pages,"
            + " status, reason_code FROM source_document";
    private static final RowMapper<DocumentRow> DOCUMENT = Rows.toRecord(DocumentRow.class);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String documentUpsert;

    public DocumentStore(NamedParameterJdbcTemplate named, SqlDialect dialect) {
        this.jdbc = JdbcClient.create(named);
        this.named = named;
        this.documentUpsert = dialect.upsert("source_document", DOCUMENT_COLUMNS, List.of("batch_month", "source_file"));
    }

    /** Removes the month's documents and rejects (a rerun of the month starts from its inputs). */
    public void clearMonth(String batchMonth) {
        jdbc.sql("DELETE FROM reject WHERE batch_month = :month").param("month", batchMonth).update();
        jdbc.sql("DELETE FROM source_document WHERE batch_month = :month").param("month", batchMonth).update();
    }

    /** Records a source document and where it lives (the input folder or the download cache). */
    public void saveDocument(DocumentRow d, String batchMonth, Path path) {
        jdbc.sql(documentUpsert).paramSource(Rows.params(DOCUMENT_COLUMNS, Arrays.asList(batchMonth,
                d.sourceFile(), d.kind(), d.mediaType(), d.charset(), d.sha256(), d.bytes(), d.pages(), d.status(),
                d.reasonCode(), path.toAbsolutePath().toString()))).update();
    }

    /** Updates what was learnt reading a document; where it lives stays as recorded. */
    public void updateDocument(DocumentRow d, String batchMonth) {
        jdbc.sql("UPDATE source_document SET media_type = :mediaType, charset = :charset, pages = :pages,"
                        + " status = :status, reason_code = :reasonCode WHERE batch_month = :month AND source_file = :file")
                .param("mediaType", d.mediaType()).param("charset", d.charset()).param("pages", d.pages())
                .param("status", d.status().code()).param("reasonCode", d.reasonCode())
                .param("month", batchMonth).param("file", d.sourceFile())
                .update();
    }

    /** Sets a document's status; pages only when given (a rejected document keeps what was known). */
    public void updateStatus(String batchMonth, String sourceFile, DocumentStatus status, String reasonCode,
                             Integer pages) {
        jdbc.sql("UPDATE source_document SET status = :status, reason_code = :reasonCode,"
                        + " pages = COALESCE(:pages, pages) WHERE batch_month = :month AND source_file = :file")
                .param("status", status.code()).param("reasonCode", reasonCode).param("pages", pages)
                .param("month", batchMonth).param("file", sourceFile)
                .update();
    }

    /** The self-check's verdict on a loaded document ({@code quality} and {@code quality_notes}). */
    public void updateQuality(String batchMonth, String sourceFile, Verdict verdict) {
        jdbc.sql("UPDATE source_document SET quality = :quality, quality_notes = :notes"
                        + " WHERE batch_month = :month AND source_file = :file")
                .param("quality", verdict.quality()).param("notes", truncate(verdict.notesText(), 2000))
                .param("month", batchMonth).param("file", sourceFile)
                .update();
    }

    /**
     * A rejected document of the month is doubtful too, its reason as the note: an analyst filtering
     * on {@code quality} sees every file whose content is missing from the outputs.
     */
    public void markRejectedDoubtful(String batchMonth) {
        jdbc.sql("UPDATE source_document SET quality = :quality,"
                        + " quality_notes = 'not read: ' || COALESCE(reason_code, 'no reason')"
                        + " WHERE batch_month = :month AND status = :rejected")
                .param("quality", Verdict.DOUBTFUL).param("month", batchMonth)
                .param("rejected", DocumentStatus.REJECTED.code())
                .update();
    }

    public Path pathOf(String batchMonth, String sourceFile) {
        return Path.of(jdbc.sql("SELECT path FROM source_document WHERE batch_month = :month AND source_file = :file")
                .param("month", batchMonth).param("file", sourceFile).query(String.class).single());
    }

    /** The month's documents of one kind ({@code digest} or {@code report}) in file-name order. */
    public List<DocumentRow> documents(String batchMonth, String kind) {
        return jdbc.sql(SELECT_DOCUMENT + " WHERE batch_month = :month AND kind = :kind ORDER BY source_file")
                .param("month", batchMonth).param("kind", kind).query(DOCUMENT).list();
    }

    /** A month's document with where it lives, in one query (the extract step reads both for every report). */
    public Optional<Located> located(String batchMonth, String sourceFile) {
        return jdbc.sql(SELECT_DOCUMENT.replace(" FROM", ", path FROM") + " WHERE batch_month = :month AND source_file = :file")
                .param("month", batchMonth).param("file", sourceFile)
                .query((rs, n) -> new Located(DOCUMENT.mapRow(rs, n), Path.of(rs.getString("path")))).optional();
    }

    /** A source document's row and the file it was read from. */
    public record Located(DocumentRow document, Path path) {
    }

    public Optional<DocumentRow> document(String batchMonth, String sourceFile) {
        return jdbc.sql(SELECT_DOCUMENT + " WHERE batch_month = :month AND source_file = :file")
                .param("month", batchMonth).param("file", sourceFile).query(DOCUMENT).optional();
    }

    /** How many of the month's documents have the status; {@code kind} null counts every kind. */
    public int count(String batchMonth, String kind, DocumentStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM source_document WHERE batch_month = :month AND status = :status"
                        + (kind == null ? "" : " AND kind = :kind"))
                .paramSource(new MapSqlParameterSource().addValue("month", batchMonth).addValue("status", status.code())
                        .addValue("kind", kind))
                .query(Integer.class).single();
    }

    /** Replaces the rejects one source file produced in this month (a reprocessed file reports once). */
    public void replaceRejects(String runId, String batchMonth, String sourceFile, List<RejectRow> rejects) {
        jdbc.sql("DELETE FROM reject WHERE batch_month = :month AND source_file = :file")
                .param("month", batchMonth).param("file", sourceFile).update();
        addRejects(runId, batchMonth, rejects);
    }

    public void addRejects(String runId, String batchMonth, List<RejectRow> rejects) {
        named.batchUpdate("INSERT INTO reject (run_id, source_file, location, reason_code, message, batch_month)"
                        + " VALUES (:runId, :file, :location, :reason, :message, :month)",
                rejects.stream().map(r -> new MapSqlParameterSource().addValue("runId", runId)
                        .addValue("file", r.sourceFile()).addValue("location", r.location())
                        .addValue("reason", r.reason().code()).addValue("message", truncate(r.message(), 4000))
                        .addValue("month", batchMonth)).toArray(SqlParameterSource[]::new));
    }

    /** Removes the month's rejects found at one place ({@code link}: those the assemble step writes). */
    public void deleteRejects(String batchMonth, String location) {
        jdbc.sql("DELETE FROM reject WHERE batch_month = :month AND location = :location")
                .param("month", batchMonth).param("location", location).update();
    }
}
