package org.casereview.etl.link;

import org.casereview.etl.document.ParseProblem;

import java.util.List;

/**
 * The rows of links.csv that could be read, and the rows that could not.
 *
 * @param source   file name, for messages
 * @param links    usable rows in file order
 * @param problems bad rows
 */
public record OperatorLinks(String source, List<OperatorLink> links, List<ParseProblem> problems) {
    public OperatorLinks {
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    public static OperatorLinks none() {
        return new OperatorLinks("links.csv", List.of(), List.of());
    }
}
