package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.SectionType;

/**
 * The self-check of a digest from breaks in what was read, each seen in the entries' own words: a list's wrapped lines
 * read as points of their own, summaries cut mid-phrase or ending in a fragment (columns or a table read across, a list
 * run into the summary), a learning list that turns into actions (the recommendations' label not read), a summary that
 * is only a number, and one entry's title twice in a row (an entry split at a page's furniture).
 */
final class ReadingBreakChecks {

    /** Points that are a wrapped line of the point before, at least, ... */
    private static final int MIN_WRAPPED_POINTS = 3;
    /** ... and this share of the digest's points. */
    private static final double WRAPPED_POINT_SHARE = 0.1;
    /** A wrapped line read as a point has this many words at most. */
    private static final int MAX_WRAPPED_LINE_WORDS = 3;
    /** Entries whose summaries are cut, at least (and half of the entries). */
    private static final int MIN_CUT_SUMMARIES = 2;
    /** Entries a digest has at least for 'no summary ends a sentence' to say something. */
    private static final int MIN_ENTRIES_UNENDED = 3;
    /** Points phrased as actions that close a learning list, at least. */
    private static final int MIN_ACTION_POINTS = 2;

    /** A text's end that closes a sentence (or a quote, a bracket, a list's label, an ellipsis). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?)\\]\"'\u201d\u2019:\u2026]\\s*$");
    /** A sentence's end inside a text, before the next sentence's capital. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019)]?\\s+[\\p{Lu}\\d]");
    /**
     * A last word no sentence ends with (an article, a preposition, a conjunction, an auxiliary, a possessive), or a
     * comma.
     */
    private static final Pattern OPEN_END = Pattern.compile("(?i)(?:\\b(?:a|an|the|of|and|or|but|was|were|is|are|every"
            + "|their|its|his|her|whose|than|that|which|by|to|for|with|in|on|at|from|into|between|aged)|,)$");
    /** A finite verb or an auxiliary: what a finding says happened ('was not shared', 'did not know'). */
    private static final Pattern FINITE = Pattern.compile("(?i)\\b(?:was|were|did|had|has|have|is|are|could|would|does"
            + "|do|wasn't|weren't|didn't|hadn't)\\b");
    /** A point opening with a determiner or a pronoun: a noun phrase (a finding, a theme), no bare verb. */
    private static final Pattern NOUN_OPENING = Pattern.compile("(?i)^(?:the|a|an|no|his|her|their|its|this|these"
            + "|those|some|all|each|every|one|there|both|any|many|most|few|several)\\b");
    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+");
    /**
     * A list's marker opening a text: a bullet, an outline number ('1.1.3'), a list number or letter with its stop or
     * bracket; a bare number is a value ('13 years' under 'Age'), not a marker.
     */
    private static final Pattern LIST_OPENING = Pattern.compile(
            "^(?:[-*+\u2022\u25aa\u25cf\u2013]|\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}[.)]|[a-z][.)]|\\([a-z0-9]{1,4}\\))\\s+\\S");
    private static final Pattern NUMBER_ONLY = Pattern.compile("[\\d\\s./-]+");
    /** A list's bullet glyph between two words of a text ('... since the • bruising to the ears ...'). */
    private static final Pattern INNER_BULLET = Pattern.compile("\\S\\s+[\u2022\u25aa\u25cf\u25a0\u25b6\u25e6\u2023]\\s+\\S");
    /** Entries with bullets inside their summaries, at least (and half of the entries). */
    private static final int MIN_BULLETED_SUMMARIES = 2;
    /** A month and a year ('September 2025', 'Sept. 2025'): a dated heading's date. */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?\\s+(?:19|20)\\d{2}\\b");
    /** The word naming the child a review is about. */
    private static final Pattern CHILD_WORD = Pattern.compile("(?i)\\b(?:child|children|baby|babies|sibling|siblings"
            + "|infant|young (?:person|people))\\b");
    /** A bare number ending a title after a word ('... practice review 3'): a page's number run into it. */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\p{L}\\s+(\\d{1,3})$");
    /** Titles ending in a number that counts up, at least (and half of the entries). */
    private static final int MIN_NUMBERED_TITLES = 2;
    /** Entries a digest has at least for 'most entries name no learning' to say something. */
    private static final int MIN_ENTRIES_NO_LEARNING = 3;

    private ReadingBreakChecks() {
    }

    static List<String> notes(List<LoadedReview> entries) {
        return Stream.of(wrappedLinesAsPoints(entries), summariesCutMidPhrase(entries), summariesUnended(entries),
                learningTurnsIntoActions(entries), numberSummaries(entries), splitEntries(entries),
                emptyRepeatedHeadings(entries), bulletsInsideSummaries(entries), learningMostlyMissing(entries),
                datedHeadingEntries(entries), pageNumbersInTitles(entries))
                .flatMap(Optional::stream).toList();
    }

    /**
     * Points that are the wrapped line of the point before: the point before ends with no sentence's end, and this one
     * opens in lower case and has three words or fewer, or the point before ends on a hyphen ('... risk assess-' over
     * 'ment'). Three or more, a tenth of the points: a list's line breaks read as its points' breaks (the layout's
     * hanging lines not seen). A point read right is a phrase of its own; a digest read right has one such pair at most.
     */
    static Optional<String> wrappedLinesAsPoints(List<LoadedReview> entries) {
        int wrapped = 0;
        int points = 0;
        String example = null;
        for (LoadedReview entry : entries) {
            for (List<String> list : lists(entry)) {
                points += list.size();
                for (int i = 1; i < list.size(); i++) {
                    String before = list.get(i - 1).strip();
                    String point = list.get(i).strip();
                    if (continues(before, point)) {
                        wrapped++;
                        example = example == null ? clip(before, 30) + " / " + clip(point, 20) : example;
                    }
                }
            }
        }
        return wrapped < MIN_WRAPPED_POINTS || wrapped < points * WRAPPED_POINT_SHARE ? Optional.empty()
                : Optional.of(wrapped + " of " + points + " points read as the wrapped line of the point before ('"
                + example + "': line breaks read as points?)");
    }

    private static boolean continues(String before, String point) {
        if (before.isEmpty() || point.isEmpty() || SENTENCE_END.matcher(before).find() || before.endsWith(";")
                || !Character.isLowerCase(point.codePointAt(0))) {
            return false;
        }
        return before.endsWith("-") || point.split("\\s+").length <= MAX_WRAPPED_LINE_WORDS;
    }

    /**
     * Summaries that end on a word no sentence ends with ('... in 2024 from a'), two or more and half the entries:
     * columns or cells read across, each summary cut where its column's line ended and the rest read elsewhere.
     */
    static Optional<String> summariesCutMidPhrase(List<LoadedReview> entries) {
        List<String> cut = summaries(entries).stream().filter(s -> OPEN_END.matcher(s).find()).toList();
        return cut.size() < MIN_CUT_SUMMARIES || cut.size() * 2 < entries.size() ? Optional.empty()
                : Optional.of(cut.size() + " of " + entries.size() + " summaries end mid-phrase ('..." + tail(cut.get(0))
                + "': columns read across?)");
    }

    /**
     * Every summary, of three entries or more, holds sentences but ends without a sentence's end ('... reported threats
     * to the school. Female', '... Irish. 1.1 Points to take away: a) ... b) ...'): text of another part (a table's
     * cells, a list whose label was not read) run on after the summary's last sentence in every entry.
     */
    static Optional<String> summariesUnended(List<LoadedReview> entries) {
        List<String> summaries = summaries(entries);
        if (entries.size() < MIN_ENTRIES_UNENDED || summaries.size() < entries.size()) {
            return Optional.empty();
        }
        boolean all = summaries.stream().allMatch(s -> !SENTENCE_END.matcher(s).find()
                && INNER_SENTENCE_END.matcher(s).find());
        return all ? Optional.of("no summary of " + entries.size() + " ends a sentence ('..." + tail(summaries.get(0))
                + "': other text run on after each summary?)") : Optional.empty();
    }

    /**
     * A learning list that turns from findings to actions: its first points each say what happened (a finite verb:
     * 'was not shared', 'did not know') and its last two or more open on a bare word in lower case with no finite verb
     * ('share ...', 'offer every ...', 'pharmacists to give ...'), as recommendations are phrased. The label of the
     * recommendations was not read, so they went on the learning list; in a third of the entries at least.
     */
    static Optional<String> learningTurnsIntoActions(List<LoadedReview> entries) {
        long n = entries.stream().filter(e -> turnsIntoActions(e.items().stream()
                .filter(i -> i.type() == SectionType.LEARNING).map(ItemRow::text).toList())).count();
        return n == 0 || n * 3 < entries.size() ? Optional.empty()
                : Optional.of(n + " of " + entries.size() + " learning lists end in points phrased as actions after"
                + " findings (the recommendations' label not read?)");
    }

    private static boolean turnsIntoActions(List<String> points) {
        int actions = 0;
        for (int i = points.size() - 1; i >= 0; i--) {
            String p = OUTLINE_NUMBER.matcher(points.get(i) == null ? "" : points.get(i).strip()).replaceFirst("");
            if (p.isEmpty() || !Character.isLowerCase(p.codePointAt(0)) || FINITE.matcher(p).find()
                    || NOUN_OPENING.matcher(p).find()) {
                break;
            }
            actions++;
        }
        List<String> findings = points.subList(0, points.size() - actions);
        return actions >= MIN_ACTION_POINTS && !findings.isEmpty()
                && findings.stream().allMatch(p -> p != null && FINITE.matcher(p).find());
    }

    /** An entry whose summary is only a number ('2026'): an issue date or a page number read as a summary. */
    static Optional<String> numberSummaries(List<LoadedReview> entries) {
        long n = entries.stream().filter(e -> e.row().summary() != null && !e.row().summary().isBlank()
                && NUMBER_ONLY.matcher(e.row().summary().strip()).matches()).count();
        return n == 0 ? Optional.empty() : Optional.of(n + " of " + entries.size()
                + " entries have a number as summary (a date or a heading read as an entry?)");
    }

    /** Two entries in a row with the same title: one entry split in two (at a page's furniture, a title repeated). */
    static Optional<String> splitEntries(List<LoadedReview> entries) {
        for (int i = 1; i < entries.size(); i++) {
            String before = normalised(entries.get(i - 1).row().title());
            if (!before.isEmpty() && before.equals(normalised(entries.get(i).row().title()))) {
                return Optional.of("entries " + i + " and " + (i + 1) + " have the same title ('"
                        + clip(entries.get(i).row().title(), 40) + "': one entry split in two?)");
            }
        }
        return Optional.empty();
    }

    /**
     * A heading of no known kind with no point under it and no text or only a list's lines ('1.1.3 record what ...'), the
     * same in two or more entries and half of them: a digest's label the vocabulary does not know, read as a heading of
     * its own, its list read as text or lost. A section of prose under a repeated heading ('Background') is read right.
     */
    static Optional<String> emptyRepeatedHeadings(List<LoadedReview> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LoadedReview entry : entries) {
            entry.sections().stream().filter(s -> s.type() == SectionType.OTHER && s.heading() != null
                            && (s.text() == null || s.text().isBlank() || LIST_OPENING.matcher(s.text().strip()).find())
                            && s.items().isEmpty())
                    .map(s -> normalised(s.heading())).distinct().forEach(h -> counts.merge(h, 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getValue() * 2 >= entries.size())
                .findFirst().map(e -> e.getValue() + " of " + entries.size() + " entries have a heading '"
                        + e.getKey() + "' over no point (a list's label not read?)");
    }

    /**
     * Summaries holding a list's bullet glyph between words ('... who had • ask about children whenever ...'), two or
     * more and half the entries: the points of a list beside the summary read into it line by line (columns read
     * across). A summary read right is prose; a list under it is read as a list, its bullets opening lines.
     */
    static Optional<String> bulletsInsideSummaries(List<LoadedReview> entries) {
        List<String> bulleted = summaries(entries).stream().filter(s -> INNER_BULLET.matcher(s).find()).toList();
        return bulleted.size() < MIN_BULLETED_SUMMARIES || bulleted.size() * 2 < entries.size() ? Optional.empty()
                : Optional.of(bulleted.size() + " of " + entries.size() + " summaries hold a list's bullets between"
                + " words (a list read into the summary: columns read across?)");
    }

    /**
     * Fewer than half the entries (of three or more) with a learning point while some have other points: a case review
     * digest says what each review learnt (every digest of the guards and the corpus gives learning in at least half
     * its entries), so the label of the learning was not read and its points went elsewhere or were lost.
     */
    static Optional<String> learningMostlyMissing(List<LoadedReview> entries) {
        long learning = entries.stream().filter(e -> e.items().stream().anyMatch(i -> i.type() == SectionType.LEARNING))
                .count();
        boolean otherPoints = entries.stream().anyMatch(e -> e.items().stream()
                .anyMatch(i -> i.type() != SectionType.LEARNING));
        return entries.size() < MIN_ENTRIES_NO_LEARNING || learning * 2 >= entries.size() || !otherPoints
                ? Optional.empty() : Optional.of(learning + " of " + entries.size() + " entries have a learning point,"
                + " though others have points of other kinds (the learning's label not read?)");
    }

    /**
     * An entry titled with a month and a year but no child ('NSPCC Learning: case reviews September 2025', 'Case reviews
     * briefing – July 2025') among entries about children: the digest's own dated heading read as an entry, the
     * reviews after it shifted by one. A review's title names its child; a dated one names the child as well.
     */
    static Optional<String> datedHeadingEntries(List<LoadedReview> entries) {
        List<String> titles = entries.stream().map(e -> e.row().title() == null ? "" : e.row().title()).toList();
        Optional<String> dated = titles.stream().filter(t -> MONTH_YEAR.matcher(t).find() && !CHILD_WORD.matcher(t).find())
                .findFirst();
        boolean children = titles.stream().anyMatch(t -> CHILD_WORD.matcher(t).find());
        return dated.isEmpty() || !children ? Optional.empty() : Optional.of("an entry is titled with a date and no child ('"
                + clip(dated.get(), 40) + "': the digest's own heading read as an entry?)");
    }

    /**
     * Titles ending in a bare number that counts up from entry to entry ('... practice review 1', '... review 2'), two
     * or more and half the entries: a page's number (a slide's, a foot's) run into each title.
     */
    static Optional<String> pageNumbersInTitles(List<LoadedReview> entries) {
        int numbered = 0;
        int last = -1;
        for (LoadedReview entry : entries) {
            Matcher m = TRAILING_NUMBER.matcher(entry.row().title() == null ? "" : entry.row().title().strip());
            if (m.find() && Integer.parseInt(m.group(1)) > last) {
                numbered++;
                last = Integer.parseInt(m.group(1));
            }
        }
        return numbered < MIN_NUMBERED_TITLES || numbered * 2 < entries.size() ? Optional.empty() : Optional.of(numbered + " of "
                + entries.size() + " titles end in a number counting up (page numbers run into the titles?)");
    }

    private static String normalised(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static List<String> summaries(List<LoadedReview> entries) {
        return entries.stream().map(e -> e.row().summary()).filter(s -> s != null && !s.isBlank()).map(String::strip)
                .toList();
    }

    /** The entry's lists, each its points' texts in order. */
    private static List<List<String>> lists(LoadedReview entry) {
        Map<SectionType, List<String>> lists = new LinkedHashMap<>();
        for (ItemRow item : entry.items()) {
            lists.computeIfAbsent(item.type(), k -> new ArrayList<>()).add(item.text() == null ? "" : item.text());
        }
        return new ArrayList<>(lists.values());
    }

    private static String tail(String s) {
        return s.length() <= 30 ? s : s.substring(s.length() - 30);
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 3) + "...";
    }
}
