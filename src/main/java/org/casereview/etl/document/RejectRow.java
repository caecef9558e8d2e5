package org.casereview.etl.document;


/** One row of rejects.csv: what could not be loaded, where, and why. */
public record RejectRow(String sourceFile, String location, RejectReason reason, String message) {
}
