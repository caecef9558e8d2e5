package org.casereview.etl.link;

/**
 * A digest entry linked to a report PDF.
 *
 * @param reviewId the entry
 * @param file     report file name
 * @param method   the evidence used
 * @param score    1.0 for operator and link-name links, the similarity score otherwise
 */
public record EntryLink(String reviewId, String file, LinkMethod method, double score) {
}
