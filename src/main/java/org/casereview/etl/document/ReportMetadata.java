package org.casereview.etl.document;

/**
 * What a report PDF says about itself (title page, document information), before merging
 * with the digest entry. Null means not found.
 *
 * @param title           title as printed on the title page ("Child Safeguarding Practice Review: Child T")
 * @param childName       pseudonym ("Child T", "Baby E", "Kacper"), null for thematic reviews
 * @param reviewTypeText  the words naming the review type ("Child Safeguarding Practice Review"); coded by the normaliser
 * @param area            publishing area ("Northcliffe"), without "Safeguarding Children Partnership"
 * @param partnership     the partnership or board as printed
 * @param publicationYear year of publication (title page "Published: May 2021", else PDF dates)
 * @param author          independent reviewer / author
 * @param pages           physical page count
 */
public record ReportMetadata(String title, String childName, String reviewTypeText, String area,
                             String partnership, Integer publicationYear, String author, int pages) {
}
