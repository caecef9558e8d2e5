package org.casereview.etl.document;

/** One row of documents.csv / table source_document. */
public record DocumentRow(String sourceFile, String kind, String mediaType, String charset, String sha256,
                          long bytes, Integer pages, DocumentStatus status, String reasonCode) {

    public DocumentRow withStatus(DocumentStatus newStatus, String newReasonCode) {
        return new DocumentRow(sourceFile, kind, mediaType, charset, sha256, bytes, pages, newStatus, newReasonCode);
    }

    public boolean hasStatus(DocumentStatus wanted) {
        return status == wanted;
    }
}
