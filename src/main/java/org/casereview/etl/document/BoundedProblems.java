package org.casereview.etl.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The problems of one document as reject rows an operator can read: the first {@value #MAX_LISTED} one by one, the
 * rest summed up in one row (how many of each reason, the first and last place). Session 38: 20,000 headings without a
 * summary gave 20,001 reject rows for one file.
 */
public final class BoundedProblems {

    /** Problems of one document listed one a row. */
    public static final int MAX_LISTED = 20;

    private BoundedProblems() {
    }

    /** {@code problems} as they are when {@value #MAX_LISTED} or fewer; else the first ones and one summing up the rest. */
    public static List<ParseProblem> of(List<ParseProblem> problems) {
        if (problems.size() <= MAX_LISTED) {
            return problems;
        }
        List<ParseProblem> rest = problems.subList(MAX_LISTED, problems.size());
        Map<RejectReason, Long> byReason = rest.stream()
                .collect(Collectors.groupingBy(ParseProblem::reason, LinkedHashMap::new, Collectors.counting()));
        String counts = byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().code())
                .collect(Collectors.joining(", "));
        String first = rest.get(0).location();
        String last = rest.get(rest.size() - 1).location();
        List<ParseProblem> bounded = new ArrayList<>(problems.subList(0, MAX_LISTED));
        bounded.add(new ParseProblem(first + " to " + last, rest.get(0).reason(), rest.size()
                + " more problems not listed one by one (" + counts + "), from " + first + " to " + last
                + "; the first was: " + rest.get(0).message()));
        return bounded;
    }
}
