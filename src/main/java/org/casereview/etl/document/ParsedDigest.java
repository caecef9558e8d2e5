package org.casereview.etl.document;

import java.time.YearMonth;
import java.util.List;

/**
 * A digest split into entries.
 *
 * @param heading         the digest's own heading ("NSPCC Repository – November 2021"), null if none
 * @param month           month named by the heading, null if it names none
 * @param publicationYear year the digest's reviews were published (from the month, "published in 2016", "Last updated: 03 Mar 2025"), null if unknown
 * @param entries         entries in order
 * @param problems        parts that could not be parsed as entries
 */
public record ParsedDigest(String heading, YearMonth month, Integer publicationYear,
                           List<DigestEntry> entries, List<ParseProblem> problems) {
    public ParsedDigest {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
