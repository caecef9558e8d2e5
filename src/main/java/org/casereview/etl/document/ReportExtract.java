package org.casereview.etl.document;

import java.util.Arrays;
import java.util.List;

/**
 * A report extraction on record, keyed by the PDF's SHA-256: loaded (with its title-page
 * metadata) or rejected (with the reason and message). A loaded one's message holds what the reading doubts of its
 * layout (notes joined by {@link #NOTE_SEPARATOR}), or null.
 */
public record ReportExtract(String sha256, String fileName, DocumentStatus status, RejectReason reason,
                            String message, ReportMetadata metadata) {

    public static final String NOTE_SEPARATOR = "; ";

    /** A loaded report's layout notes for the self-check; empty when the reading doubted nothing. */
    public List<String> layoutNotes() {
        return rejected() || message == null || message.isBlank() ? List.of()
                : Arrays.asList(message.split(NOTE_SEPARATOR));
    }

    public boolean rejected() {
        return status == DocumentStatus.REJECTED;
    }
}
