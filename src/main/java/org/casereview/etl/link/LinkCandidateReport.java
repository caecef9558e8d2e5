package org.casereview.etl.link;

import org.casereview.etl.document.ReportMetadata;

/**
 * A report PDF of the input as the linker sees it (from its title page and PDF metadata).
 *
 * @param fileName   file name without folder
 * @param title      title from the title page or metadata, null if none
 * @param childName  pseudonym, null if none found
 * @param reviewType review type words or code, null if none found
 */
public record LinkCandidateReport(String fileName, String title, String childName, String reviewType) {

    /** From what the report says about itself; metadata may be null when the PDF could not be read. */
    public static LinkCandidateReport of(String fileName, ReportMetadata metadata) {
        return metadata == null ? new LinkCandidateReport(fileName, null, null, null)
                : new LinkCandidateReport(fileName, metadata.title(), metadata.childName(), metadata.reviewTypeText());
    }
}
