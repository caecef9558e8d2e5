package org.casereview.etl.document;

/**
 * A report extraction on record, keyed by the PDF's SHA-256: loaded (with its title-page
 * metadata) or rejected (with the reason and message).
 */
public record ReportExtract(String sha256, String fileName, DocumentStatus status, RejectReason reason,
                            String message, ReportMetadata metadata) {

    public boolean rejected() {
        return status == DocumentStatus.REJECTED;
    }
}
