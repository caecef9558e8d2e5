package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.Section;

/**
 * The self-check of a digest from the text its entries hold: the marks of a digest's own furniture (a label, a list's
 * markers, a heading) left in a summary or an item say the reading missed them, whatever the layout that hid them.
 */
final class DigestTextChecks {

    /** Entries a lead phrase must open text in, at least, to be a template's label. */
    private static final int MIN_LEAD_ENTRIES = 2;
    /** Words a label's list or text has after it, at least (a field "Area: Kent" is no label of a list). */
    private static final int MIN_WORDS_AFTER_LEAD = 5;
    /** Items broken mid-phrase a digest must have before they say anything, ... */
    private static final int MIN_BROKEN_ITEMS = 2;
    /** ... and the share of its items they must be. */
    private static final double BROKEN_ITEM_SHARE = 0.1;

    /**
     * A short phrase opening a text, a line or a sentence, capitalised, closed by a colon or by a list's bullet
     * ("Points to take away: ...", "LEARNING • ..."): the way a digest prints the label of a list. Group 1 the phrase.
     */
    private static final Pattern LEAD = Pattern.compile("(?:^|(?<=\\n)|(?<=[.!?][\"'\u2019\u201d)]?\\s))(?:\\*\\*|__)?"
            + "(\\p{Lu}[\\p{L}'\u2019-]*(?: [\\p{L}'\u2019&-]+){0,5}?)(?:\\*\\*|__)?(?:\\s*:|\\s*[\u2022\u25aa\u25cf\u25e6\u2023\u2219])\\s");
    /** A line of a list inside a text read as prose. */
    private static final Pattern LIST_LINE = Pattern.compile("(?m)^\\s*[-\u2022\u25aa\u25cf*]\\s+\\S");
    /** A list's marker inside an item, before a word in lower case: the next item run into this one. */
    private static final Pattern INNER_MARKER = Pattern.compile("\\S\\s+(?:\\d{1,2}[.)]|[\u2022\u25aa\u25cf\u25e6])\\s+\\p{Ll}");
    /**
     * An item that is a short phrase closed by a colon, perhaps in bold or italic marks, perhaps behind an outline
     * number ("Agreed follow-up:", "1.2 Agreed follow-up:").
     */
    private static final Pattern LABEL_ITEM = Pattern.compile("(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?(?:\\*\\*|__?)?"
            + "\\p{L}[\\p{L}'\u2019-]*(?: [\\p{L}'\u2019&-]+){0,5}:(?:\\*\\*|__?)?");
    /**
     * An item's text ending in a capitalised short phrase closed by a colon ("... was not passed on Agreed follow-up:"):
     * the label of the next list run into the last point of the list before. An item never ends on a colon after a
     * capital.
     */
    private static final Pattern LABEL_TAIL = Pattern.compile("[\\p{Ll},;)]\\s+(?:\\*\\*|__?)?\\p{Lu}[\\p{L}'\u2019-]*"
            + "(?: [\\p{L}'\u2019&-]+){0,4}:(?:\\*\\*|__?)?$");
    /**
     * A label inside a point: a capitalised short phrase closed by a colon after the point's sentence end, before a
     * word in lower case ("... in safer sleep. Agreed follow-up: use a safer sleep assessment ..."); or opening the
     * point before a list's marker ("Agreed follow-up: o include ..."): the next list's label and its first point run
     * into this one.
     */
    private static final String SHORT_LABEL = "(?:\\*\\*|__?)?\\p{Lu}[\\p{L}'\u2019-]*(?: [\\p{L}'\u2019&-]+){0,4}:(?:\\*\\*|__?)?";
    private static final Pattern LABEL_INSIDE = Pattern.compile("[.!?]\\s+" + SHORT_LABEL + "\\s+\\p{Ll}");
    private static final Pattern LABEL_BEFORE_MARKER = Pattern.compile("^" + SHORT_LABEL
            + "\\s+[o\u2022\u25aa\u25cf\u2013*-]\\s+\\p{L}");
    /** A last word no phrase ends with: an article, a preposition, a conjunction, an auxiliary. */
    private static final Pattern OPEN_END = Pattern.compile("(?i)\\b(?:a|an|the|of|and|or|but|was|were|is|are"
            + "|every|their|its|his|whose|than|that|which|include|includes)$");

    /** Words a title cut from a summary's first line has at least: a sentence's, not a short name. */
    private static final int MIN_CUT_TITLE_WORDS = 5;
    /** A title's last word that needs more after it: a preposition, or 'aged' before an age. */
    private static final Pattern OPEN_TITLE_END = Pattern.compile("(?i)\\b(?:by|to|for|with|in|on|at|from|into|aged)$");

    private DigestTextChecks() {
    }

    static List<String> notes(List<LoadedReview> entries) {
        return Stream.of(unreadLeads(entries), labelsAsItems(entries), listLinesInSummaries(entries),
                itemsRunTogether(entries), itemsBrokenMidPhrase(entries), titlesCutMidPhrase(entries),
                UnreadCharacters.in(entries.stream().flatMap(e -> Stream.concat(Stream.of(e.row().title()),
                        e.sections().stream().map(Section::text))))).flatMap(Optional::stream).toList();
    }

    /**
     * One short phrase closed by a colon or a bullet that opens text in the summaries or items of several entries, at
     * least half of them: a digest prints the labels of its lists the same way in every entry, so a phrase repeated
     * so is a label the reading did not know, and the list under it went into the text.
     */
    static Optional<String> unreadLeads(List<LoadedReview> entries) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> printed = new HashMap<>();
        for (LoadedReview entry : entries) {
            Set<String> leads = new HashSet<>();
            for (String text : texts(entry)) {
                Matcher m = LEAD.matcher(text);
                while (m.find()) {
                    if (wordsAfter(text, m.end()) >= MIN_WORDS_AFTER_LEAD) {
                        String key = m.group(1).toLowerCase(Locale.ROOT);
                        leads.add(key);
                        printed.putIfAbsent(key, m.group(1));
                    }
                }
            }
            leads.forEach(l -> counts.merge(l, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_LEAD_ENTRIES && e.getValue() * 2 >= entries.size())
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getValue() + " of " + entries.size() + " entries hold '" + printed.get(e.getKey())
                        + "' as a label in their text (a list label not read?)");
    }

    /**
     * Items that are only a short phrase closed by a colon ("Agreed follow-up:"), or end in one after the point's own
     * words, two or more: labels the reading did not know, read as items (or into the last item) of the list before,
     * which then holds the next list's items too.
     */
    static Optional<String> labelsAsItems(List<LoadedReview> entries) {
        List<String> labels = entries.stream().flatMap(e -> e.items().stream()).map(ItemRow::text)
                .filter(t -> t != null && (LABEL_ITEM.matcher(t.strip()).matches() || LABEL_TAIL.matcher(t.strip()).find()
                        || labelInside(t.strip())))
                .toList();
        return labels.size() < MIN_BROKEN_ITEMS ? Optional.empty()
                : Optional.of(labels.size() + " items are or end in a label ('" + clip(labels.get(0).strip())
                + "'; the list under it read into the list before?)");
    }

    /** A label after the point's sentence end before a lower-case word, or opening it before a list's marker. */
    private static boolean labelInside(String text) {
        return LABEL_INSIDE.matcher(text).find() || LABEL_BEFORE_MARKER.matcher(text).find();
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : "..." + s.substring(s.length() - 57);
    }

    /**
     * Summaries holding list lines, in several entries, at least half of them: the entries' lists read as their prose
     * (labels not seen). One summary alone may quote a list (a contents list after the last entry).
     */
    static Optional<String> listLinesInSummaries(List<LoadedReview> entries) {
        long n = entries.stream().filter(e -> e.row().summary() != null
                && LIST_LINE.matcher(e.row().summary()).find()).count();
        return n < MIN_LEAD_ENTRIES || n * 2 < entries.size() ? Optional.empty()
                : Optional.of(n + " of " + entries.size() + " entries have list lines in their summary (lists read as text?)");
    }

    /** Items holding a list marker before a word in lower case ("... visitor 2. the mother ..."): items joined. */
    static Optional<String> itemsRunTogether(List<LoadedReview> entries) {
        List<ItemRow> items = entries.stream().flatMap(e -> e.items().stream()).toList();
        long n = items.stream().filter(i -> i.text() != null && INNER_MARKER.matcher(i.text()).find()).count();
        return n < MIN_BROKEN_ITEMS ? Optional.empty()
                : Optional.of(n + " of " + items.size() + " items hold another item's list marker (items joined?)");
    }

    /**
     * Items that end on a word no phrase ends with ("the father's previous conviction was"), without a sentence's
     * end: lines of columns or cells read across and cut, not items.
     */
    static Optional<String> itemsBrokenMidPhrase(List<LoadedReview> entries) {
        List<ItemRow> items = entries.stream().flatMap(e -> e.items().stream()).toList();
        long n = items.stream().filter(i -> i.text() != null && OPEN_END.matcher(i.text().strip()).find()).count();
        return n < MIN_BROKEN_ITEMS || n < items.size() * BROKEN_ITEM_SHARE ? Optional.empty()
                : Optional.of(n + " of " + items.size() + " items end mid-phrase (lines cut or read across?)");
    }

    /**
     * A title that ends on a word no title ends with ('Child sexual abuse of an 8-year-old boy in 2024 by his uncle,
     * aged'): the first line of a summary read as the entry's title, its own title lost. One such title (of a few
     * words: a sentence's line, not a short name) is enough.
     */
    static Optional<String> titlesCutMidPhrase(List<LoadedReview> entries) {
        for (LoadedReview entry : entries) {
            String title = entry.row().title() == null ? "" : entry.row().title().strip();
            if (title.split("\\s+").length >= MIN_CUT_TITLE_WORDS && endsOnLowerCaseWord(title)
                    && (OPEN_END.matcher(title).find() || OPEN_TITLE_END.matcher(title).find())) {
                return Optional.of((entry.row().entryNo() == null ? "a" : "entry " + entry.row().entryNo() + "'s")
                        + " title ends mid-phrase ('"
                        + title.substring(Math.max(0, title.length() - 40)) + "': a summary's first line read as a title?)");
            }
        }
        return Optional.empty();
    }

    /** A title's last word in capitals is a name or initials ('Child AT', 'Child A'), not a word left hanging. */
    private static boolean endsOnLowerCaseWord(String title) {
        String last = title.substring(title.lastIndexOf(' ') + 1);
        return last.equals(last.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> texts(LoadedReview entry) {
        List<String> texts = new ArrayList<>();
        if (entry.row().summary() != null) {
            texts.add(entry.row().summary());
        }
        entry.items().stream().map(ItemRow::text).filter(t -> t != null).forEach(texts::add);
        for (Section s : entry.sections()) {
            if (s.text() != null && !s.type().hasItems()) {
                texts.add(s.text());
            }
        }
        return texts;
    }

    private static int wordsAfter(String text, int from) {
        int end = text.indexOf("\n\n", from);
        String rest = text.substring(from, end < 0 ? text.length() : end).strip();
        return rest.isEmpty() ? 0 : rest.split("\\s+").length;
    }
}
