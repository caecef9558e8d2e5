package org.casereview.etl.document;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A digest split into entries.
 *
 * @param heading         the digest's own heading ("NSPCC Repository – November 2021"), null if none
 * @param month           month named by the heading, null if it names none
 * @param publicationYear year the digest's reviews were published (from the month, "published in 2016", "Last updated: 03 Mar 2025"), null if unknown
 * @param entries         entries in order
 * @param problems        parts that could not be parsed as entries
 * @param partMonths      the entries of a later part of the file (two monthly digests in one file: a heading naming
 *                        a month between entries), by entry number, with the month that part's heading names
 * @param traces          what the grammar saw besides the entries (dropped running lines, heading numbers)
 */
public record ParsedDigest(String heading, YearMonth month, Integer publicationYear,
                           List<DigestEntry> entries, List<ParseProblem> problems, Map<Integer, YearMonth> partMonths,
                           DigestTraces traces) {
    public ParsedDigest {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        partMonths = Map.copyOf(partMonths);
    }

    public ParsedDigest(String heading, YearMonth month, Integer publicationYear, List<DigestEntry> entries,
                        List<ParseProblem> problems) {
        this(heading, month, publicationYear, entries, problems, Map.of(), DigestTraces.NONE);
    }
}
