package org.casereview.etl.link;

/**
 * One row of the operator's links.csv.
 *
 * @param line  1-based line in the file
 * @param entry review id or entry title
 * @param file  report file name; null when the operator states the entry has no report ("-" or "none")
 */
public record OperatorLink(int line, String entry, String file) {
    public boolean declaresNoReport() {
        return file == null;
    }
}
