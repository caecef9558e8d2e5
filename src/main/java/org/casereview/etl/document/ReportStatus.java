package org.casereview.etl.document;

/** The {@code report_status} of a review: how its report PDF was found and read. */
public enum ReportStatus implements Coded {
    /** An entry linked to a report that was read. */
    MATCHED,
    /** The linked report could not be read (a reject says why). */
    UNREADABLE,
    /** No report for the entry among the month's documents. */
    MISSING,
    /** A report no digest entry links to: a review of its own. */
    NOT_LINKED;

    public static ReportStatus fromCode(String code) {
        return Coded.fromCode(ReportStatus.class, code);
    }
}
