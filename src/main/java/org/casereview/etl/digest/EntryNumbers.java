package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.DigestTraces;

/** The numbers the entries' headings carry ("3. Child V: ...") and the totals they state ("Review 3 of 12"). */
final class EntryNumbers {

    /** "Review 3 of 12", "Summary 2/5", "Case 4 of 9": an entry's place and the digest's total. */
    private static final Pattern PLACE_OF_TOTAL = Pattern.compile(
            "(?i)\\b(?:review|summary|case|entry|item|record|card|no\\.?)\\s*(\\d{1,3})\\s*(?:of|/)\\s*(\\d{1,3})\\b");

    /** A line over the summary that may state the entry's place ("Review 3 of 12") is a few words. */
    private static final int SHORT_LINE_WORDS = 6;

    private final List<Integer> numbers = new ArrayList<>();
    private final List<Set<Integer>> bodyNumbers = new ArrayList<>();
    private final List<Integer> totals = new ArrayList<>();

    /**
     * An entry found, with its heading, the units under it and the unit before its heading (null if none): a short
     * line over the heading or under it may state the entry's place ("Review 3 of 12").
     */
    void add(String heading, List<Unit> body, Unit before) {
        numbers.add(UnitShapes.headingNumber(heading));
        Set<Integer> opening = new HashSet<>();
        body.forEach(unit -> Optional.ofNullable(UnitShapes.headingNumber(unit.text())).ifPresent(opening::add));
        bodyNumbers.add(opening);
        Integer total = total(heading);
        for (Unit near : new Unit[] {before, body.isEmpty() ? null : body.get(0)}) {
            if (total == null && near != null && near.text().strip().split("\\s+").length <= SHORT_LINE_WORDS) {
                total = total(near.text());
            }
        }
        if (total != null) {
            totals.add(total);
        }
    }

    /** With the lines dropped as running heads: a line stating an entry's place ("Review 3 of 12") is dropped so. */
    DigestTraces traces(List<DigestTraces.DroppedLine> dropped) {
        List<Integer> all = new ArrayList<>(totals);
        dropped.stream().map(d -> total(d.text())).filter(java.util.Objects::nonNull).forEach(all::add);
        return new DigestTraces(dropped, numbers, bodyNumbers, all);
    }

    private static Integer total(String text) {
        Matcher m = PLACE_OF_TOTAL.matcher(text);
        if (m.find() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
            return Integer.valueOf(m.group(2));
        }
        return null;
    }
}
