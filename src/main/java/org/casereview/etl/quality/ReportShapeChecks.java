package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;

/**
 * Self-checks on the shape of what was read: heading numbers, and items that are not one point each
 * (a lead-in sentence, table cells run together, two requests of different agencies in one item).
 */
final class ReportShapeChecks {

    /** A numbered heading: "5 Areas of strength", "3. Background". */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2})\\.?\\s+(\\p{Lu}.*)$");
    private static final int MAX_HEADING_LINE = 100;
    /** A sentence that only introduces a list: "... identified the following learning." or "... as follows:". */
    static final Pattern LEAD_IN = Pattern.compile(
            "(?i)(\\bthe following(\\s+\\p{L}+){0,3}|\\bas follows)\\s*[.:]$|:$");
    /** An action-plan row's date and status cells run into an item: "Apr 2026 Amber". */
    static final Pattern DATE_AND_STATUS = Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct"
            + "|Nov|Dec)[a-z]*\\.? (19|20)\\d\\d (Red|Amber|Green|Blue|Complete|Completed|Ongoing)\\b");
    /** A sentence of a request with its own agency as subject: "Dental services should tell ...". */
    private static final Pattern REQUEST_SENTENCE = Pattern.compile(
            "(?:^|[.;]\\s+)((?!(?:It|This|They|These|That|Those|Each|All|Any|The review|This review)\\b)"
                    + "\\p{Lu}[\\p{L}' -]{2,60}?) (should|must)\\b");
    private static final int MIN_SPLIT_REQUESTS = 2;

    private ReportShapeChecks() {
    }

    static List<Optional<String>> judge(ReportEvidence r) {
        return List.of(numberedHeadingsInText(r), leadInItems(r), tableCellsInItems(r), requestsJoined(r));
    }

    /**
     * Numbered headings with numbers missing between them ("1", "5", "7") whose missing numbers open heading-like
     * lines inside section text: those headings were read but not taken (columns read out of order).
     */
    static Optional<String> numberedHeadingsInText(ReportEvidence r) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Section s : r.sections()) {
            Matcher m = NUMBERED_HEADING.matcher(s.heading() == null ? "" : s.heading().strip());
            if (m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        if (numbers.size() < 2) {
            return Optional.empty();
        }
        int first = numbers.first();
        int last = numbers.last();
        List<String> inText = new ArrayList<>();
        for (Section s : r.sections()) {
            if (s.text() == null) {
                continue;
            }
            s.text().lines().map(String::strip).forEach(line -> {
                Matcher m = NUMBERED_HEADING.matcher(line);
                if (m.matches() && line.length() <= MAX_HEADING_LINE && !line.endsWith(".")) {
                    int n = Integer.parseInt(m.group(1));
                    if (n > first && n < last && !numbers.contains(n)) {
                        inText.add(line);
                    }
                }
            });
        }
        return inText.isEmpty() ? Optional.empty()
                : Optional.of("numbered headings " + numbers + " with missing numbers inside section text: \""
                        + inText.get(0) + "\"");
    }

    /** A learning or recommendation item that only introduces a list: the list after it was not read as items. */
    static Optional<String> leadInItems(ReportEvidence r) {
        return itemsOfKinds(r).stream().filter(i -> leadIn(i.text().strip())).findFirst()
                .map(i -> i.type().code() + " item " + i.itemNo() + " is a lead-in: \"" + i.text().strip() + "\"");
    }

    /** An item holding a date cell followed by a status cell: the cells of an action-plan row run together. */
    static Optional<String> tableCellsInItems(ReportEvidence r) {
        // a match holds " 19" or " 20" (the year): an item without either is not searched
        return itemsOfKinds(r).stream().filter(i -> (i.text().contains(" 20") || i.text().contains(" 19"))
                        && DATE_AND_STATUS.matcher(i.text()).find()).findFirst()
                .map(i -> i.type().code() + " item " + i.itemNo() + " holds table cells (date and status)");
    }

    /**
     * Whether an item's stripped text matches {@link #LEAD_IN}: it ends in ':' (before a final line break, as '$'
     * allows), or in '.' after "the following" or "as follows" (ASCII case folded, as the pattern's); the pattern is
     * tried only then, not from every place of every item.
     */
    static boolean leadIn(String stripped) {
        int end = Ends.beforeFinalLineBreak(stripped);
        if (end == 0 || stripped.charAt(end - 1) != '.') {
            return end > 0 && stripped.charAt(end - 1) == ':';
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        return (lower.contains("the following") || lower.contains("as follows")) && LEAD_IN.matcher(stripped).find();
    }

    /** A recommendation holding requests of two different agencies: two rows or points read as one. */
    static Optional<String> requestsJoined(ReportEvidence r) {
        return r.items().stream().filter(i -> i.type() == SectionType.RECOMMENDATIONS && i.text() != null)
                .filter(i -> distinctRequesters(i.text()) >= MIN_SPLIT_REQUESTS).findFirst()
                .map(i -> "recommendation " + i.itemNo() + " asks " + distinctRequesters(i.text())
                        + " different agencies");
    }

    private static long distinctRequesters(String text) {
        Matcher m = REQUEST_SENTENCE.matcher(text);
        Set<String> subjects = new TreeSet<>();
        while (m.find()) {
            subjects.add(m.group(1).strip().toLowerCase(java.util.Locale.ROOT));
        }
        return subjects.size();
    }

    private static List<ItemRow> itemsOfKinds(ReportEvidence r) {
        return r.items().stream().filter(i -> (i.type() == SectionType.LEARNING
                || i.type() == SectionType.RECOMMENDATIONS) && i.text() != null).toList();
    }
}
