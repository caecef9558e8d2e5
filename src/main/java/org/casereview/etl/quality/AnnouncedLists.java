package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.text.ClosingLeadIns;
import org.casereview.etl.vocabulary.Vocabulary;

/**
 * A paragraph that ends by naming the kind of the list after it ("The learning points are:", "The review makes the
 * following recommendations.") followed by more entries than the report gives items of that kind: the list was read
 * as text, or as items of another kind.
 */
final class AnnouncedLists {

    /** Entries an announced list needs before its count says anything. */
    private static final int MIN_ENTRIES = 2;
    /** A list entry's marker: a bullet, a number or a letter ("1." "2)" "(3)" "a."). */
    private static final Pattern ENTRY = Pattern.compile(
            "^([\u2022\u25aa\u25b6\u2013\u2014*-]|\\(?(\\d{1,2}|[a-z]|[ivx]{1,4})[.)])\\s+\\S");
    /** A line with no letter between a lead-in and its list (a note call read as a line of its own). */
    private static final Pattern NO_LETTER = Pattern.compile("[^\\p{L}]*");

    private static final ClosingLeadIns<SectionType> LEAD_INS = leadIns();

    private AnnouncedLists() {
    }

    static Optional<String> fewerItemsThanAnnounced(ReportEvidence r) {
        List<String> shortLists = new ArrayList<>();
        for (Section s : r.sections()) {
            // summaries and appendices restate lists whose items come from the body
            if (s.text() == null || s.type() == SectionType.SUMMARY || s.type() == SectionType.APPENDIX) {
                continue;
            }
            List<String> lines = s.text().lines().map(String::strip).toList();
            for (int i = 0; i < lines.size(); i++) {
                // most lines are followed by no entry: they need not be read as lead-ins (the costly part)
                if (!entryFollows(lines, i + 1)) {
                    continue;
                }
                Optional<SectionType> kind = announced(lines.get(i));
                if (kind.isEmpty()) {
                    continue;
                }
                int entries = entriesAfter(lines, i + 1);
                int items = ItemRow.count(r.items(), kind.get());
                if (entries >= MIN_ENTRIES && items < entries) {
                    shortLists.add("\"" + s.heading() + "\" announces " + entries + " " + kind.get().code()
                            + " entries, the report gives " + items);
                }
            }
        }
        return shortLists.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", shortLists));
    }

    /** The kind a line's closing lead-in names nearest its end, if any. */
    static Optional<SectionType> announced(String line) {
        return LEAD_INS.announced(line);
    }

    /** Whether the first line from {@code from} holding a letter is a list entry: without one no list follows. */
    private static boolean entryFollows(List<String> lines, int from) {
        int i = firstWithLetter(lines, from);
        return i < lines.size() && ENTRY.matcher(lines.get(i)).find();
    }

    private static int firstWithLetter(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && NO_LETTER.matcher(lines.get(i)).matches()) {
            i++;
        }
        return i;
    }

    private static int entriesAfter(List<String> lines, int from) {
        int i = firstWithLetter(lines, from);
        int entries = 0;
        String style = null;
        for (; i < lines.size(); i++) {
            Matcher m = ENTRY.matcher(lines.get(i));
            if (!m.find()) {
                break;
            }
            // sub-points under an entry are marked otherwise ("1." then "a." or "•"): they are no entries
            String entryStyle = style(m.group(1));
            if (style == null || style.equals(entryStyle)) {
                style = entryStyle;
                entries++;
            }
        }
        return entries;
    }

    private static String style(String marker) {
        return marker.chars().anyMatch(Character::isDigit) ? "number"
                : marker.chars().anyMatch(Character::isLetter) ? "letter" : "bullet";
    }

    /** The item labels of the bundled vocabulary ("learning point", "recommendation") as lead-in endings. */
    private static ClosingLeadIns<SectionType> leadIns() {
        Map<String, Object> labels = Vocabulary.bundled().map("item-labels", "labels");
        List<Map.Entry<SectionType, String>> words = new ArrayList<>();
        labels.forEach((code, list) -> Vocabulary.strings(list).stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(word -> words.add(Map.entry(SectionType.fromCode(code), word.strip()))));
        return new ClosingLeadIns<>(words);
    }
}
