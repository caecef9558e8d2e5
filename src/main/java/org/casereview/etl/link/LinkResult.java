package org.casereview.etl.link;

import org.casereview.etl.document.ParseProblem;

import java.util.List;
import java.util.Optional;

/**
 * What the linker decided.
 *
 * @param links            one per linked entry, in entry order
 * @param unlinkedEntries  review ids of entries without a report (report_status missing)
 * @param unmatchedReports report files no entry links to (each becomes a review row of its own)
 * @param ambiguous        matches refused because candidates competed
 * @param problems         bad rows of links.csv and operator links that name nothing known
 * @param sharedReports    reports named by more entries than one report is given to: location the report's file
 */
public record LinkResult(List<EntryLink> links, List<String> unlinkedEntries, List<String> unmatchedReports,
                         List<AmbiguousLink> ambiguous, List<ParseProblem> problems, List<ParseProblem> sharedReports) {
    public LinkResult {
        sharedReports = List.copyOf(sharedReports);
        links = List.copyOf(links);
        unlinkedEntries = List.copyOf(unlinkedEntries);
        unmatchedReports = List.copyOf(unmatchedReports);
        ambiguous = List.copyOf(ambiguous);
        problems = List.copyOf(problems);
    }

    public Optional<EntryLink> linkFor(String reviewId) {
        return links.stream().filter(l -> l.reviewId().equals(reviewId)).findFirst();
    }
}
