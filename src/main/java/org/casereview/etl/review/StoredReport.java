package org.casereview.etl.review;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.ReportExtract;

/** A report PDF of the month with its extraction on record (loaded or rejected). */
public record StoredReport(DocumentRow document, ReportExtract extract) {
}
