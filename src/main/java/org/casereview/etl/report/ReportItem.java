package org.casereview.etl.report;

import org.casereview.etl.document.SectionType;

/**
 * One learning point, recommendation or good-practice point of a report, typed by what it is
 * (a "Learning point 2:" inside "5. Findings and learning" is {@code LEARNING}).
 *
 * @param type           learning, recommendations or good_practice
 * @param sectionOrdinal ordinal of the section it sits in
 * @param itemNo         1-based position among the report's items of this type
 * @param text           the item as printed, on one line, without its number or label
 * @param page           1-based physical page where it starts
 */
public record ReportItem(SectionType type, int sectionOrdinal, int itemNo, String text, int page) {
}
