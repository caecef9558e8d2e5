package org.casereview.etl.quality;

import static org.casereview.etl.quality.QualityThresholds.MAX_ENTRIES_WITHOUT_SUMMARY;
import static org.casereview.etl.quality.QualityThresholds.MAX_TITLE_CHARS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.DigestTraces;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;

/** The self-check of one digest over its entries: each check is one method that gives a short reason or nothing. */
public final class DigestChecks {

    /** Lists of one item each, this many at least, ... */
    private static final int MIN_RUN_TOGETHER_LISTS = 3;
    /** ... of more words than this on average. */
    private static final int RUN_TOGETHER_WORDS = 30;
    /**
     * Or lists, this many at least, two thirds of them of one item, ... (digests read right have at most about half
     * their lists single, of 13 words or fewer on average: the guards b1-b49) ...
     */
    private static final int MIN_MOSTLY_SINGLE_LISTS = 5;
    /** ... of this many words at least on average: a list's points whose markers were lost, one run of text each. */
    private static final int MOSTLY_SINGLE_WORDS = 15;
    /** A title read twice is doubted when each copy has this many characters at least ('Baby A' twice is a name). */
    private static final int MIN_DOUBLED_HALF = 8;

    private static final Pattern CONTENTS_LINE = Pattern.compile(
            "\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+\\p{L}.*\\s\\d{1,3}");

    /**
     * Words naming a list, then its colon, at the start of a text, a line or a sentence ("Learning includes:",
     * "Recommendations:", "Good practice noted:"), also behind the marks that made it bold or italic in markup read as
     * text ({@code '''Learning includes:'''}, "**Recommendations:**"); group 1 the label, group 2 the word naming its kind.
     */
    private static final Pattern LIST_LABEL = Pattern.compile("(?:^|(?<=\\n)|(?<=[.!?][\"'\u2019\u201d)]?\\s))"
            + "(?:\\*{1,3}|_{1,3}|'{2,5})?((?:Key |Main )?(Learning|Lessons|Recommendations?|Good [Pp]ractice|Strengths)\\b[^.:;!?\\n]{0,40}:)");
    /** A title's words ("Learning review: Baby K", "Learning from case reviews:"), no list label. */
    private static final Pattern REVIEW_TITLE = Pattern.compile("(?i)^(?:learning|lessons)(?: [\\w-]+){0,2}? reviews?\\b");
    /** Eight letters or more each standing alone ("L E A R N I N G"): a letter-spaced line read one word per letter. */
    private static final Pattern LETTER_SPACED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L} ){7,}\\p{L}(?![\\p{L}\\p{N}])");

    /** A newsletter's jump mark ('Continued on page 2', 'continued from p. 1'). */
    private static final Pattern JUMP_MARK = Pattern.compile(
            "(?i)\\b(?:continued|cont\\.|cont['\u2019]?d)\\s+(?:on|to|from)\\s+(?:page|p\\.)\\s*\\d{1,4}\\b");
    private static final Pattern LIST_FURNITURE = Pattern.compile(
            "(?i)\\bmailing list\\b|\\bunsubscribe\\b|\\blist submissions\\b|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private DigestChecks() {
    }

    public static Verdict judge(List<LoadedReview> entries) {
        return judge(entries, DigestTraces.NONE);
    }

    /** The digest's entries and what its grammar saw besides them (dropped running lines, heading numbers). */
    public static Verdict judge(List<LoadedReview> entries, DigestTraces traces) {
        Verdict read = new Verdict(DigestTraceChecks.notes(entries.size(), traces));
        return entriesVerdict(entries).and(new Verdict(DigestTextChecks.notes(entries)))
                .and(new Verdict(ListShapeChecks.notes(entries))).and(new Verdict(ReadingBreakChecks.notes(entries)))
                .and(read);
    }

    private static Verdict entriesVerdict(List<LoadedReview> entries) {
        return new Verdict(List.of(noEntries(entries), entriesWithoutSections(entries),
                entriesWithoutSummary(entries), longTitles(entries), numberTitles(entries), contentsLineTitles(entries), runTogetherItems(entries),
                repeatedLists(entries), emptyLists(entries), listLabelsInText(entries), letterSpacedText(entries),
                listMastheadTitles(entries), jumpMarksInText(entries), doubledTitles(entries),
                NameOnlySummaries.note(entries))
                .stream().flatMap(Optional::stream).toList());
    }

    static Optional<String> noEntries(List<LoadedReview> entries) {
        return entries.isEmpty() ? Optional.of("no entries found") : Optional.empty();
    }

    static Optional<String> entriesWithoutSections(List<LoadedReview> entries) {
        return some(entries, e -> e.sections().isEmpty(), "have no sections");
    }

    static Optional<String> entriesWithoutSummary(List<LoadedReview> entries) {
        long n = entries.stream().filter(e -> blank(e.row().summary())).count();
        return n > 0 && n > entries.size() * MAX_ENTRIES_WITHOUT_SUMMARY
                ? Optional.of(n + " of " + entries.size() + " entries have no summary") : Optional.empty();
    }

    static Optional<String> longTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() != null && e.row().title().length() > MAX_TITLE_CHARS,
                "have titles over " + MAX_TITLE_CHARS + " characters");
    }

    /** An entry titled with a number only (an issue date or a page number taken for an entry). */
    static Optional<String> numberTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() == null || e.row().title().strip().matches("[\\d\\s./-]*"),
                "have no title or a number as title");
    }

    /**
     * An entry titled as a contents line prints it: a section number before the title and a page number after it
     * ("3 Child N: Serious case review 1"), the contents page read as entries.
     */
    static Optional<String> contentsLineTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() != null
                        && CONTENTS_LINE.matcher(e.row().title().strip()).matches(),
                "have titles printed as contents lines (a section number before, a page number after)");
    }

    /**
     * An entry titled with a mailing list's own words ("Send … mailing list submissions to …", "unsubscribe") or an
     * e-mail address: a list digest's masthead or footer read as an entry. A review's title names a child or a
     * theme, never an address to write to.
     */
    static Optional<String> listMastheadTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() != null && LIST_FURNITURE.matcher(e.row().title()).find(),
                "have a mailing list's own words or an e-mail address as title (a list's masthead read as an entry?)");
    }

    /**
     * An entry whose title is one string twice ('Child A: Practice reviewChild A: Practice review'): the title was
     * drawn twice over itself (a simulated bold, a shadow) and read twice. No review's title repeats itself whole.
     */
    static Optional<String> doubledTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() != null && isDoubled(e.row().title().strip()),
                "have a title that is one string twice (text drawn over itself read twice?)");
    }

    private static boolean isDoubled(String title) {
        int half = title.length() / 2;
        if (half < MIN_DOUBLED_HALF) {
            return false;
        }
        int second = title.length() % 2 == 0 ? half : half + 1;
        boolean parted = title.length() % 2 == 0 || Character.isWhitespace(title.charAt(half));
        return parted && title.regionMatches(0, title, second, half);
    }

    /**
     * An entry titled or summarised with a jump mark ('Continued from page 1' as a title, '... by his school. Continued
     * from page 1 His cousin ...' in a summary): the jump was not joined, so the entry's rest was read as another entry
     * or the frames were read out of their order. A review's own words never say where its text goes on.
     */
    static Optional<String> jumpMarksInText(List<LoadedReview> entries) {
        return some(entries, e -> JUMP_MARK.matcher(e.row().title() == null ? "" : e.row().title()).find()
                        || JUMP_MARK.matcher(e.row().summary() == null ? "" : e.row().summary()).find(),
                "have a page jump mark ('Continued on/from page N') in their title or summary (a jump not joined?)");
    }

    /**
     * Every list of every entry holds one item only, and a long one, or two lists in three hold one item and items run to
     * 15 words on average: a layout's list read as one run of text (items whose markers were lost, drawn bullets not
     * seen). Digests read right give most lists two or more items of 9 to 20 words on average.
     */
    static Optional<String> runTogetherItems(List<LoadedReview> entries) {
        Map<String, Long> lists = new HashMap<>();
        int words = 0;
        int items = 0;
        for (LoadedReview entry : entries) {
            for (ItemRow item : entry.items()) {
                lists.merge(entry.row().reviewId() + "/" + item.type(), 1L, Long::sum);
                words += item.text() == null ? 0 : item.text().strip().split("\\s+").length;
                items++;
            }
        }
        boolean allSingle = lists.size() >= MIN_RUN_TOGETHER_LISTS && lists.values().stream().allMatch(n -> n == 1);
        long single = lists.values().stream().filter(n -> n == 1).count();
        boolean mostlySingle = lists.size() >= MIN_MOSTLY_SINGLE_LISTS && single * 3 >= lists.size() * 2L
                && words >= MOSTLY_SINGLE_WORDS * items;
        if (allSingle && words > RUN_TOGETHER_WORDS * items) {
            return Optional.of("every item list of " + lists.size() + " has one item of " + words / items
                    + " words on average (list items run together?)");
        }
        return mostlySingle ? Optional.of(single + " of " + lists.size() + " item lists have one item, of " + words / items
                + " words on average (list items run together?)") : Optional.empty();
    }

    /**
     * An entry with two lists of one kind ("Learning includes:" twice): one review says what it learnt in one list, so
     * the entry holds the next reviews too, whose headings were not seen.
     */
    static Optional<String> repeatedLists(List<LoadedReview> entries) {
        return some(entries, e -> e.sections().stream().filter(s -> s.type().hasItems())
                .collect(java.util.stream.Collectors.groupingBy(Section::type, java.util.stream.Collectors.counting()))
                .values().stream().anyMatch(n -> n > 1), "have one kind of list twice (several reviews in one entry?)");
    }

    /**
     * A list label read ("Recommendations include:") with nothing under it: its items went elsewhere or were lost. An
     * empty recommendations label in an entry saying it makes no recommendations is read right (a form's row whose
     * answer is that sentence).
     */
    static Optional<String> emptyLists(List<LoadedReview> entries) {
        Optional<String> example = entries.stream().flatMap(e -> emptyListsOf(e).stream()).map(Section::heading)
                .findFirst();
        return some(entries, e -> !emptyListsOf(e).isEmpty(),
                "have a list label with no item under it ('" + example.orElse("") + "')");
    }

    /**
     * The entry's empty lists; a label right over another list ('Learning and recommendations' over 'Learning' and
     * 'Recommendations') heads those lists and is no empty one.
     */
    private static List<Section> emptyListsOf(LoadedReview entry) {
        List<Section> sections = entry.sections();
        List<Section> empty = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            boolean saidNone = s.type() == SectionType.RECOMMENDATIONS && entry.row().noRecommendations();
            boolean overAList = i + 1 < sections.size() && sections.get(i + 1).type().hasItems();
            if (s.type().hasItems() && s.items().isEmpty() && blank(s.text()) && !saidNone && !overAList) {
                empty.add(s);
            }
        }
        return empty;
    }

    /**
     * A list label left in the summary or in an item of another list ("... aged 4. Learning includes: ...") while the
     * entry has no item of its kind: the reader did not see the label, so the list it heads was not read as one.
     */
    static Optional<String> listLabelsInText(List<LoadedReview> entries) {
        String[] example = {null};
        Optional<String> found = some(entries, e -> {
            String label = unreadLabel(e);
            example[0] = example[0] == null ? label : example[0];
            return label != null;
        }, "name a list in their text");
        return found.map(f -> f + " ('" + example[0] + "') but have no item of its kind");
    }

    private static String unreadLabel(LoadedReview entry) {
        List<String> texts = new ArrayList<>();
        texts.add(entry.row().summary());
        entry.items().forEach(i -> texts.add(i.text()));
        for (String text : texts) {
            Matcher m = LIST_LABEL.matcher(text == null ? "" : text);
            while (m.find()) {
                SectionType kind = kindNamed(m.group(2));
                if (!REVIEW_TITLE.matcher(m.group(1)).find() && entry.items().stream().noneMatch(i -> i.type() == kind)) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static SectionType kindNamed(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("recommendation") ? SectionType.RECOMMENDATIONS
                : w.startsWith("good") || w.startsWith("strength") ? SectionType.GOOD_PRACTICE : SectionType.LEARNING;
    }

    /** A title or summary of letters standing alone ("L E A R N I N G I N C L U D E"): letter-spaced text misread. */
    static Optional<String> letterSpacedText(List<LoadedReview> entries) {
        String[] example = {null};
        Optional<String> found = some(entries, e -> {
            for (String text : new String[] {e.row().title(), e.row().summary()}) {
                Matcher m = LETTER_SPACED.matcher(text == null ? "" : text);
                if (m.find()) {
                    example[0] = example[0] == null ? m.group() : example[0];
                    return true;
                }
            }
            return false;
        }, "have text read one letter at a time");
        return found.map(f -> f + " ('" + example[0] + "')");
    }

    private static Optional<String> some(List<LoadedReview> entries, Predicate<LoadedReview> wrong, String what) {
        long n = entries.stream().filter(wrong).count();
        return n > 0 ? Optional.of(n + " of " + entries.size() + " entries " + what) : Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
