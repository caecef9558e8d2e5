package org.casereview.etl.document;

import java.util.List;

/**
 * A report PDF turned into headed sections and items, every one with its pages.
 *
 * @param fileName  file name without folder
 * @param metadata  what the report says about itself
 * @param sections  body sections in reading order (contents page, headers and footers excluded)
 * @param problems  parts that could not be read (a page without text, ...); the report is still loaded
 */
public record ReportDocument(String fileName, ReportMetadata metadata, List<Section> sections,
                             List<ParseProblem> problems) {
    public ReportDocument {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }
}
