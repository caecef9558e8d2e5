package org.casereview.etl.document;

import java.util.List;

/**
 * A headed section of a digest entry or report.
 *
 * @param type      section type code
 * @param ordinal   1-based position among the sections of its source
 * @param heading   the heading as printed ("Learning includes", "5. Findings and learning")
 * @param text      the section body, repaired, without the heading
 * @param pageStart first physical page (reports only)
 * @param pageEnd   last physical page (reports only)
 * @param items     single items split from the body; empty for sections without a list
 */
public record Section(SectionType type, int ordinal, String heading, String text,
                      Integer pageStart, Integer pageEnd, List<Item> items) {
    public Section {
        items = List.copyOf(items);
    }
}
