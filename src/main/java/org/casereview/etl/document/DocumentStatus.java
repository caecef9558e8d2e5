package org.casereview.etl.document;

/** The {@code status} of a source document (documents.csv, table source_document). */
public enum DocumentStatus implements Coded {
    /** Found at discovery, not read yet. */
    PENDING,
    LOADED,
    /** Read, with problems recorded as rejects. */
    PARTIAL,
    REJECTED,
    /** Same content as an earlier file of the run; loaded once, from that one. */
    DUPLICATE,
    /** A report extracted by an earlier run with the same SHA-256, not extracted again. */
    UNCHANGED;

    public static DocumentStatus fromCode(String code) {
        return Coded.fromCode(DocumentStatus.class, code);
    }
}
