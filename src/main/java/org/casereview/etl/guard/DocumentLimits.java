package org.casereview.etl.guard;

import java.time.Duration;

/**
 * How much one document may take before it is rejected instead of read. The defaults hold every
 * real digest and report with room to spare, and keep one hostile file within a few seconds and a
 * few tens of megabytes of heap.
 *
 * @param maxFileBytes     size of the file on disk
 * @param maxPages         pages of a PDF
 * @param maxExpandedBytes bytes a zip-based file (.docx) expands to, all entries together
 * @param maxZipEntries    entries of a zip-based file
 * @param maxPageChars     characters on one PDF page
 * @param maxDigestChars   characters of a digest's text
 * @param timePerDocument  processor time for reading one document (wall time up to three times it)
 */
public record DocumentLimits(long maxFileBytes, int maxPages, long maxExpandedBytes, int maxZipEntries,
                             int maxPageChars, int maxDigestChars, Duration timePerDocument) {

    private static final long MB = 1024L * 1024;

    public static final DocumentLimits DEFAULTS = new DocumentLimits(100 * MB, 1_000, 200 * MB, 10_000,
            50_000, 5_000_000, Duration.ofSeconds(60));

    public DocumentLimits {
        if (maxFileBytes <= 0 || maxPages <= 0 || maxExpandedBytes <= 0 || maxZipEntries <= 0
                || maxPageChars <= 0 || maxDigestChars <= 0 || timePerDocument.isNegative() || timePerDocument.isZero()) {
            throw new IllegalArgumentException("document limits must be positive: " + this);
        }
    }

    public DocumentLimits withTimePerDocument(Duration time) {
        return new DocumentLimits(maxFileBytes, maxPages, maxExpandedBytes, maxZipEntries, maxPageChars,
                maxDigestChars, time);
    }

    public DocumentLimits withMaxPages(int pages) {
        return new DocumentLimits(maxFileBytes, pages, maxExpandedBytes, maxZipEntries, maxPageChars,
                maxDigestChars, timePerDocument);
    }
}
