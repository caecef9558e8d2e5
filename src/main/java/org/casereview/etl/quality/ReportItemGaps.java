package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;

/**
 * Self-checks for item sections that were read but gave nothing: a findings or learning heading over no text,
 * and a section of items whose text still shows its entries (a marker opening line after line, or numbers
 * running 1, 2, 3 through a flattened table) while no item of its kind came out of it.
 */
final class ReportItemGaps {

    private static final Set<SectionType> LEARNING_HEADS = Set.of(SectionType.FINDINGS, SectionType.LEARNING);
    private static final Set<SectionType> ITEM_SECTIONS =
            Set.of(SectionType.LEARNING, SectionType.RECOMMENDATIONS, SectionType.GOOD_PRACTICE);
    /** A line's opening marker: a symbol or a number, set apart from the words after it. */
    private static final Pattern LINE_MARKER = Pattern.compile("^['\"]?([^\\p{L}\\p{N}\\s'\"]|\\(?\\d{1,2}[.)]?)\\s+\\p{L}");
    /** A bare number before a capitalised word: a row number of a table read as one paragraph. */
    private static final Pattern ROW_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,2})\\.?\\s+\\p{Lu}");
    /** Words, then a point's number and perhaps the count: "Learning point 1 of 3", "Recommendation 2:". */
    private static final Pattern NUMBERED_POINT = Pattern.compile("\\p{L}[\\p{L} ]*?\\s\\d{1,2}(\\s+of\\s+\\d{1,2})?\\s*[:.]?");
    /** A line of no words, short: a list entry's number or bullet left alone ("1.", "2", "(3)", "•"). */
    private static final Pattern BARE_MARKER = Pattern.compile("^[^\\p{L}]{1,8}$");
    /** Fewer words than this, beside lines holding markers only, is a list whose entries were not read (a header row's). */
    private static final int MAX_HOLLOW_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_MARKED_LINES = 2;
    /** A paragraph opening with a capitalised word and ending a sentence; bounded to a page of text. */
    private static final Pattern PROSE_PARAGRAPH = Pattern.compile("\\p{Lu}.{0,4000}[.!?][\"'\u2019\u201d)]?");
    private static final int MIN_PROSE_WORDS = 15;
    private static final int MIN_RUNNING_NUMBERS = 3;

    private ReportItemGaps() {
    }

    static List<Optional<String>> judge(ReportEvidence r) {
        return List.of(emptyLearningSection(r), hollowRecommendationsSection(r), entriesWithoutItems(r),
                numberedPointsWithoutItems(r));
    }

    /**
     * Two or more learning or recommendations sections headed as numbered points of their kind ("Learning point 1 of
     * 3", "Recommendation 2"), and no item of that kind read: each section held a point.
     */
    static Optional<String> numberedPointsWithoutItems(ReportEvidence r) {
        for (SectionType type : List.of(SectionType.LEARNING, SectionType.RECOMMENDATIONS)) {
            long numbered = r.sections().stream().filter(s -> s.type() == type && s.heading() != null
                    && NUMBERED_POINT.matcher(s.heading().strip()).matches()).count();
            if (numbered >= 2 && ItemRow.count(r.items(), type) == 0) {
                return Optional.of(numbered + " " + type.code() + " sections are headed as numbered points and no "
                        + type.code() + " item was read");
            }
        }
        return Optional.empty();
    }

    /**
     * A findings or learning heading over no text, or over list markers only ("1.\n2.\n3.": the entries' words were
     * not read), in a report without learning items: its content went elsewhere or was lost, whatever the page count.
     * One followed directly by a findings or learning section with text is a chapter heading over its parts
     * ("Findings and recommendations" over "Finding 1: ...", "Finding 2: ..."): its content is there.
     */
    static Optional<String> emptyLearningSection(ReportEvidence r) {
        return hollowSection(r, LEARNING_HEADS, SectionType.LEARNING, "learning");
    }

    /** A recommendations heading over no text or list markers only, in a report without recommendation items. */
    static Optional<String> hollowRecommendationsSection(ReportEvidence r) {
        return hollowSection(r, Set.of(SectionType.RECOMMENDATIONS), SectionType.RECOMMENDATIONS, "recommendation");
    }

    private static Optional<String> hollowSection(ReportEvidence r, Set<SectionType> heads, SectionType kind,
                                                  String itemWord) {
        if (ItemRow.count(r.items(), kind) > 0) {
            return Optional.empty();
        }
        List<Section> sections = r.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            boolean partsFollow = i + 1 < sections.size() && heads.contains(sections.get(i + 1).type())
                    && !hollow(sections.get(i + 1));
            if (heads.contains(s.type()) && hollow(s) && !partsFollow) {
                return Optional.of(s.type().code() + " section \"" + s.heading() + (blank(s) ? "\" is empty"
                        : "\" holds list markers only") + " and no " + itemWord + " item was read");
            }
        }
        return Optional.empty();
    }

    private static boolean blank(Section s) {
        return s.text() == null || s.text().isBlank();
    }

    /**
     * No text, or lines of markers only but for a few words (a table's header row over its numbers): at least half its
     * lines bare markers and fewer than {@link #MAX_HOLLOW_WORDS} words in all.
     */
    static boolean hollow(Section s) {
        if (blank(s)) {
            return true;
        }
        List<String> lines = s.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        long bare = lines.stream().filter(l -> BARE_MARKER.matcher(l).matches()).count();
        return bare * 2 >= lines.size() && WORD.matcher(s.text()).results().count() < MAX_HOLLOW_WORDS;
    }

    /** A learning, recommendations or good-practice section showing two or more entries and giving no item of its kind. */
    static Optional<String> entriesWithoutItems(ReportEvidence r) {
        List<String> missed = new ArrayList<>();
        for (Section s : r.sections()) {
            if (!ITEM_SECTIONS.contains(s.type()) || s.text() == null || ItemRow.count(r.items(), s.type()) > 0) {
                continue;
            }
            int entries = Math.max(markedLines(s.text()), runningNumbers(s.text()));
            if (entries > 0) {
                missed.add(s.type().code() + " section \"" + s.heading() + "\" shows " + entries
                        + " entries and gave no items");
            }
        }
        return missed.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missed));
    }

    /**
     * A learning section told in prose (a Welsh child practice review's 'Practice and organisational learning'):
     * paragraphs of whole sentences opening with a word, no line opening with a marker and no numbers running
     * through it, in a report whose recommendations were read as items, so its lists were read. No list was missed.
     */
    static boolean learningInProse(Section s, ReportEvidence r) {
        if (s.type() != SectionType.LEARNING || s.text() == null
                || ItemRow.count(r.items(), SectionType.RECOMMENDATIONS) == 0
                || markedLines(s.text()) > 0 || runningNumbers(s.text()) > 0) {
            return false;
        }
        List<String> paragraphs = s.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return paragraphs.size() >= 2 && paragraphs.stream().allMatch(p -> PROSE_PARAGRAPH.matcher(p).matches()
                && WORD.matcher(p).results().count() >= MIN_PROSE_WORDS);
    }

    /** Lines opening with the same marker ("+", "•", numbers counted alike), when at least two do; else 0. */
    static int markedLines(String text) {
        Map<String, Integer> counts = new HashMap<>();
        text.lines().map(String::strip).forEach(line -> {
            Matcher m = LINE_MARKER.matcher(line);
            if (m.find()) {
                String marker = Character.isDigit(m.group(1).charAt(m.group(1).length() - 1))
                        || m.group(1).startsWith("(") ? "#" : m.group(1);
                counts.merge(marker, 1, Integer::sum);
            }
        });
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return most >= MIN_MARKED_LINES ? most : 0;
    }

    /** Numbers 1, 2, 3 ... each before a capitalised word, in this order through the text, when three or more; else 0. */
    static int runningNumbers(String text) {
        Matcher m = ROW_NUMBER.matcher(text);
        int next = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == next) {
                next++;
            }
        }
        return next - 1 >= MIN_RUNNING_NUMBERS ? next - 1 : 0;
    }
}
