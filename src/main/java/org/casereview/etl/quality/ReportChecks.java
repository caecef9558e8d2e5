package org.casereview.etl.quality;

import static org.casereview.etl.quality.QualityThresholds.FEW_PAGES;
import static org.casereview.etl.quality.QualityThresholds.ITEM_HEAD_CHARS;
import static org.casereview.etl.quality.QualityThresholds.MIN_ITEM_SECTION_CHARS;
import static org.casereview.etl.quality.QualityThresholds.MIN_ITEM_SECTION_LINES;
import static org.casereview.etl.quality.QualityThresholds.MIN_LABELS;
import static org.casereview.etl.quality.QualityThresholds.MAX_UNTYPED_SHARE;
import static org.casereview.etl.quality.QualityThresholds.MIN_ASKING_GOOD_PRACTICE;
import static org.casereview.etl.quality.QualityThresholds.MIN_DIGEST_COUNT;
import static org.casereview.etl.quality.QualityThresholds.MIN_DIGEST_ITEMS_FOUND;
import static org.casereview.etl.quality.QualityThresholds.MIN_REPORT_SHARE;
import static org.casereview.etl.quality.QualityThresholds.MIN_SECTION_CHARS_PER_PAGE;
import static org.casereview.etl.quality.QualityThresholds.SIMILAR_ITEM_OVERLAP;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.vocabulary.Vocabulary;

/** The self-check of one report: each check is one method that gives a short reason or nothing. */
public final class ReportChecks {

    private static final Set<SectionType> ITEM_KINDS = Set.of(SectionType.LEARNING, SectionType.RECOMMENDATIONS);
    /** A line opening with a label and its number: "Learning point 2", "Recommendation 3". */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^(\\p{L}[\\p{L} ]{0,30}?) (\\d{1,2})(?![.\\d]\\d)");
    private static final Set<SectionType> LEARNING_KINDS =
            Set.of(SectionType.LEARNING, SectionType.FINDINGS, SectionType.RECOMMENDATIONS);
    /** Words of a sentence asking for something ("should", "must"), as the extractor reads recommendations. */
    private static final Pattern ASKING = Pattern.compile("(?i)\\b(" + String.join("|",
            Vocabulary.bundled().strings("layout-words", "request_words")) + ")\\b");

    /** A learning heading of the bundled vocabulary's plain words alone on a line, numbered or not. */
    private static final Pattern LEARNING_SUB_HEADING = Pattern.compile("(?i)(\\d{1,2}(\\.\\d{1,2})*\\.?\\s+)?("
            + Vocabulary.bundled().strings("section-headings", "headings", "learning").stream()
                    .filter(w -> w.chars().allMatch(c -> Character.isLetter(c) || c == ' '))
                    .map(Pattern::quote).collect(Collectors.joining("|")) + "):?");

    /** A list marker opening a line: "1.", "2)", "(3)". */
    private static final Pattern LINE_MARKER = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s");
    /** A list entry's marker: a bullet or a number ("1." "2)" "(3)"). */
    private static final Pattern LIST_START = Pattern.compile("^([\u2022\u25aa\u25b6\u2013\u2014*-]|\\(?\\d{1,2}[.)])\\s");
    /** "Learning point 2" or "Recommendation 3" anywhere in a text: a label of an item of that kind. */
    private static final Pattern KIND_LABEL = Pattern.compile("(?i)\\b(learning point|recommendation) (\\d{1,2})\\b");
    /** Distinct line-start markers in one section from which its items are counted against them. */
    private static final int MIN_MARKERS = 3;

    private ReportChecks() {
    }

    /** The verdict of every check; {@code digest} null for a report no digest entry links to. */
    public static Verdict judge(ReportEvidence report, DigestExpectation digest) {
        List<Optional<String>> found = new ArrayList<>(List.of(
                noSections(report), noLearningSection(report), headingsNoneTyped(report),
                mostTextUntyped(report), mostTextOutsideSections(report), listSectionsWithoutItems(report),
                goodPracticeAsking(report), labelledBeyondItems(report), learningSubHeadingWithoutItems(report),
                sectionsOpeningWithHeading(report), markersBeyondItems(report), labelsWithoutItemsOfKind(report),
                nextMarkerInsideItem(report), AnnouncedLists.fewerItemsThanAnnounced(report), readAcross(report),
                noItems(report), TwoLanguages.readTwice(report), GarbledText.sectionWithoutWords(report),
                UnreadCharacters.in(report.sections().stream().map(Section::text)), DigestLinesInReport.note(report)));
        found.addAll(ReportShapeChecks.judge(report));
        found.addAll(ReportItemGaps.judge(report));
        found.addAll(ItemTextMarks.judge(report));
        if (digest != null) {
            found.add(fewerThanDigest("learning points", digest.learningCount(),
                    ItemRow.count(report.items(), SectionType.LEARNING)));
            found.add(fewerThanDigest("recommendations", digest.recommendationCount(),
                    ItemRow.count(report.items(), SectionType.RECOMMENDATIONS)));
            found.add(digestItemsNotFound(digest.items(), report.items()));
        }
        return new Verdict(found.stream().flatMap(Optional::stream).toList());
    }

    /**
     * The reading's own layout evidence: a page whose lines ran over a gutter it did not split on, or stepped to and
     * fro between columns (issue 9: "columns suspected but read across"). The first page's note, and how many more.
     */
    static Optional<String> readAcross(ReportEvidence r) {
        List<String> notes = r.layoutNotes();
        return notes.isEmpty() ? Optional.empty() : Optional.of(notes.get(0)
                + (notes.size() > 1 ? " and " + (notes.size() - 1) + " more page" + (notes.size() > 2 ? "s" : "") : ""));
    }

    /**
     * Sections read and not one item: every report read well so far gives learning points, recommendations or good
     * practice, so one giving none had its lists read as running text (a table's cells joined into a paragraph, a
     * briefing's numbered headings run into one line). A report without sections is told so by {@link #noSections}.
     */
    static Optional<String> noItems(ReportEvidence r) {
        return !r.sections().isEmpty() && r.items().isEmpty()
                ? Optional.of("no learning point, recommendation or good practice found") : Optional.empty();
    }

    static Optional<String> noSections(ReportEvidence r) {
        return r.sections().isEmpty() ? Optional.of("no headed sections found") : Optional.empty();
    }

    static Optional<String> noLearningSection(ReportEvidence r) {
        boolean learning = r.sections().stream().anyMatch(s -> LEARNING_KINDS.contains(s.type()))
                || r.items().stream().anyMatch(i -> i.type() == SectionType.LEARNING
                || i.type() == SectionType.RECOMMENDATIONS);
        return r.pages() > FEW_PAGES && !learning
                ? Optional.of("no learning, findings or recommendations section") : Optional.empty();
    }

    static Optional<String> headingsNoneTyped(ReportEvidence r) {
        return !r.sections().isEmpty() && r.sections().stream().allMatch(s -> s.type() == SectionType.OTHER)
                ? Optional.of("headings found but none typed") : Optional.empty();
    }

    static Optional<String> mostTextUntyped(ReportEvidence r) {
        long all = r.sections().stream().mapToLong(ReportChecks::length).sum();
        long untyped = r.sections().stream().filter(s -> s.type() == SectionType.OTHER)
                .mapToLong(ReportChecks::length).sum();
        // typed headings over empty sections (a cover's "Executive Summary") leave all the text untyped
        boolean typed = r.sections().stream().anyMatch(s -> s.type() != SectionType.OTHER);
        return all > 0 && untyped > all * MAX_UNTYPED_SHARE && typed
                ? Optional.of(String.format(Locale.ROOT, "%d%% of section text untyped", Math.round(100.0 * untyped / all)))
                : Optional.empty();
    }

    static Optional<String> mostTextOutsideSections(ReportEvidence r) {
        long all = r.sections().stream().mapToLong(ReportChecks::length).sum();
        return r.pages() > FEW_PAGES && !r.sections().isEmpty() && all < (long) r.pages() * MIN_SECTION_CHARS_PER_PAGE
                ? Optional.of("little text inside sections (" + all / r.pages() + " characters a page)")
                : Optional.empty();
    }

    /**
     * A learning or recommendations section of several lines none of whose text became an item, in a
     * report without items of its kind: its list (a table, run-in labels, an unusual marker) was not read
     * as one. A prose section beside the list of its kind, or one holding items of another kind, is fine; so is
     * learning told in prose paragraphs in a report whose recommendations were read as items.
     */
    static Optional<String> listSectionsWithoutItems(ReportEvidence r) {
        List<Section> candidates = r.sections().stream()
                .filter(s -> ITEM_KINDS.contains(s.type()) && ItemRow.count(r.items(), s.type()) == 0
                        && length(s) >= MIN_ITEM_SECTION_CHARS
                        && s.text().lines().filter(l -> !l.isBlank()).count() >= MIN_ITEM_SECTION_LINES)
                .filter(s -> !ReportItemGaps.learningInProse(s, r)).toList();
        if (candidates.isEmpty()) {
            return Optional.empty(); // most reports: the items' heads need not be made (a regex pass over each item)
        }
        List<String> itemHeads = r.items().stream().map(i -> head(i.text())).filter(h -> !h.isEmpty()).toList();
        List<String> empty = candidates.stream()
                .filter(s -> {
                    String body = normalised(s.text());
                    return itemHeads.stream().noneMatch(body::contains);
                })
                .map(s -> s.type().code() + " section \"" + s.heading() + "\"").toList();
        return empty.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", empty) + " gave no items");
    }

    /**
     * Good-practice items that ask for a change ("... should ...") are recommendations under a heading that was
     * not read: a good-practice list goes on into them. Good practice tells what went well, and asks for nothing.
     */
    static Optional<String> goodPracticeAsking(ReportEvidence r) {
        List<ItemRow> good = r.items().stream().filter(i -> i.type() == SectionType.GOOD_PRACTICE).toList();
        long asking = good.stream().filter(i -> i.text() != null && ASKING.matcher(i.text()).find()).count();
        return asking >= MIN_ASKING_GOOD_PRACTICE && asking * 3 >= good.size()
                ? Optional.of(asking + " of " + good.size() + " good-practice items ask for a change")
                : Optional.empty();
    }

    /**
     * A learning or recommendations section whose lines open with more numbered labels of one kind ("Learning
     * point 1", "Learning point 2", ...) than the report gives items at all: labelled rows (a header-less
     * label | text table read line by line) were run together or lost.
     */
    static Optional<String> labelledBeyondItems(ReportEvidence r) {
        List<String> shortSections = new ArrayList<>();
        for (Section s : r.sections()) {
            if (!ITEM_KINDS.contains(s.type()) || s.text() == null) {
                continue;
            }
            int labels = mostNumberedLabels(s.text());
            // the labels may name another kind ("Recommendation 1" under a learning theme): all items count
            int items = r.items().size();
            if (labels >= MIN_LABELS && items < labels) {
                shortSections.add(s.type().code() + " section \"" + s.heading() + "\" prints " + labels
                        + " numbered labels, the report gives " + items + " items");
            }
        }
        return shortSections.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", shortSections));
    }

    /** The most distinct numbers one label opens lines with. */
    private static int mostNumberedLabels(String text) {
        java.util.Map<String, Set<String>> numbers = new java.util.HashMap<>();
        text.lines().map(String::strip).forEach(line -> {
            java.util.regex.Matcher m = NUMBERED_LABEL.matcher(line);
            if (m.find()) {
                numbers.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(m.group(2));
            }
        });
        return numbers.values().stream().mapToInt(Set::size).max().orElse(0);
    }

    /**
     * A line of a section's text that is a learning heading alone ("4.2 Learning points": a sub-heading inside a
     * findings chapter) in a report that gives no learning items: what it introduces was not read as items.
     */
    static Optional<String> learningSubHeadingWithoutItems(ReportEvidence r) {
        if (ItemRow.count(r.items(), SectionType.LEARNING) > 0) {
            return Optional.empty();
        }
        return r.sections().stream().filter(s -> s.text() != null)
                .flatMap(s -> s.text().lines().map(String::strip).filter(l -> LEARNING_SUB_HEADING.matcher(l).matches()))
                .findFirst().map(l -> "learning sub-heading \"" + l + "\" gave no items");
    }

    /**
     * Sections whose text opens with their own heading and a list marker on the same line: the heading was read
     * as part of the line beside it (a margin heading), so the first entry's marker is not at a line start.
     */
    static Optional<String> sectionsOpeningWithHeading(ReportEvidence r) {
        List<String> headed = r.sections().stream().filter(s -> opensWithOwnHeading(s)
                        && LIST_START.matcher(s.text().strip().substring(s.heading().strip().length()).strip()).find()
                        && !headingWordLabelsItems(s))
                .map(s -> "\"" + s.heading().strip() + "\"").toList();
        return headed.isEmpty() ? Optional.empty()
                : Optional.of("section text opens with its heading and a list marker (" + String.join(", ", headed) + ")");
    }

    /**
     * Lines of the section that open with its heading's words and a number, two or more numbers ('Learning 1.',
     * 'Learning 2.'): the heading word is each item's run-in label, not the heading read into the first line.
     */
    private static boolean headingWordLabelsItems(Section s) {
        String heading = s.heading().strip() + " ";
        Set<String> numbers = new HashSet<>();
        s.text().lines().map(String::strip).filter(line -> line.startsWith(heading))
                .map(line -> LINE_MARKER.matcher(line.substring(heading.length())))
                .filter(java.util.regex.Matcher::find).forEach(m -> numbers.add(m.group(1)));
        return numbers.size() > 1;
    }

    private static boolean opensWithOwnHeading(Section s) {
        if (s.text() == null || s.heading() == null || s.heading().isBlank()) {
            return false;
        }
        String first = s.text().lines().findFirst().orElse("").strip();
        String heading = s.heading().strip();
        return first.length() > heading.length() + 1 && first.startsWith(heading + " ");
    }

    /**
     * A learning or recommendations section whose lines open with more distinct list markers ("1." "2." "3.")
     * than the report gives items of its kind: numbered entries were run together.
     */
    static Optional<String> markersBeyondItems(ReportEvidence r) {
        List<String> merged = new ArrayList<>();
        for (Section s : r.sections()) {
            if (!ITEM_KINDS.contains(s.type()) || s.text() == null) {
                continue;
            }
            String text = withoutHeadingLine(s);
            Set<String> markers = new HashSet<>();
            text.lines().map(String::strip).map(LINE_MARKER::matcher).filter(java.util.regex.Matcher::find)
                    .forEach(m -> markers.add(m.group(1)));
            int items = ItemRow.count(r.items(), s.type());
            if (markers.size() >= MIN_MARKERS && items < markers.size()) {
                merged.add(s.type().code() + " section \"" + s.heading() + "\" opens " + markers.size()
                        + " lines with list markers, the report gives " + items + " items");
            }
        }
        return merged.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", merged));
    }

    /**
     * The section's text without its heading: read into the first line, the heading is cut off it; a first line
     * that holds the heading (a numbered paragraph "6. Learning. ...") is left out.
     */
    private static String withoutHeadingLine(Section s) {
        if (opensWithOwnHeading(s)) {
            return s.text().strip().substring(s.heading().strip().length());
        }
        String first = s.text().lines().findFirst().orElse("");
        return s.heading() != null && !s.heading().isBlank() && first.contains(s.heading().strip())
                ? s.text().substring(first.length()) : s.text();
    }

    /** "Learning point N" (or "Recommendation N") labels, two or more, in section text and no item of that kind. */
    static Optional<String> labelsWithoutItemsOfKind(ReportEvidence r) {
        if (ItemRow.count(r.items(), SectionType.LEARNING) > 0
                && ItemRow.count(r.items(), SectionType.RECOMMENDATIONS) > 0) {
            return Optional.empty(); // only a kind without items is named: the texts need not be searched
        }
        java.util.Map<SectionType, Set<String>> labels = new java.util.EnumMap<>(SectionType.class);
        for (Section s : r.sections()) {
            java.util.regex.Matcher m = KIND_LABEL.matcher(s.text() == null ? "" : s.text());
            while (m.find()) {
                SectionType kind = m.group(1).toLowerCase(Locale.ROOT).startsWith("learning")
                        ? SectionType.LEARNING : SectionType.RECOMMENDATIONS;
                labels.computeIfAbsent(kind, k -> new HashSet<>()).add(m.group(2));
            }
        }
        List<String> missed = labels.entrySet().stream()
                .filter(e -> e.getValue().size() >= MIN_LABELS && ItemRow.count(r.items(), e.getKey()) == 0)
                .map(e -> e.getValue().size() + " " + e.getKey().code() + " labels in the text and no such item").toList();
        return missed.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missed));
    }

    /** An item holding, after a sentence, the next item's bare number or a bullet: two entries read as one. */
    static Optional<String> nextMarkerInsideItem(ReportEvidence r) {
        // a match holds the next number or a bullet: an item holding neither is not matched (nor its pattern compiled)
        long joined = r.items().stream().filter(i -> i.text() != null
                && (i.text().indexOf('\u2022') >= 0 || i.text().contains(String.valueOf(i.itemNo() + 1)))
                && Pattern.compile("[.!?] (" + (i.itemNo() + 1) + "[.)]?|\u2022) \\p{Lu}").matcher(i.text()).find())
                .count();
        return joined > 0 ? Optional.of(joined + " items hold the next item's number or marker") : Optional.empty();
    }

    static Optional<String> fewerThanDigest(String what, int digestCount, int reportCount) {
        return digestCount >= MIN_DIGEST_COUNT && reportCount < digestCount * MIN_REPORT_SHARE
                ? Optional.of("digest lists " + digestCount + " " + what + ", report gives " + reportCount)
                : Optional.empty();
    }

    static Optional<String> digestItemsNotFound(List<ItemRow> digestItems, List<ItemRow> reportItems) {
        List<ItemRow> wanted = digestItems.stream().filter(i -> i.type() == SectionType.LEARNING
                || i.type() == SectionType.RECOMMENDATIONS).toList();
        if (wanted.size() < MIN_DIGEST_COUNT) {
            return Optional.empty();
        }
        List<Set<String>> report = reportItems.stream().map(i -> words(i.text())).toList();
        long found = wanted.stream().map(i -> words(i.text()))
                .filter(w -> report.stream().anyMatch(r -> overlap(w, r) >= SIMILAR_ITEM_OVERLAP)).count();
        return found < wanted.size() * MIN_DIGEST_ITEMS_FOUND
                ? Optional.of("report has a similar item for " + found + " of the digest's " + wanted.size() + " items")
                : Optional.empty();
    }

    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        // the words both hold, counted over the smaller set (no copy of either)
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int both = 0;
        for (String word : small) {
            both += large.contains(word) ? 1 : 0;
        }
        return (double) both / (a.size() + b.size() - both);
    }

    /**
     * Lower-case words of four letters or more (short words say little about what an item is about): the runs of
     * letters and numbers ({@code [\\p{L}\\p{N}]}, by code point) of the lower-cased text, cut by a scan instead of a
     * regex split (one per item of every report).
     */
    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            boolean inWord = Character.isLetter(c) || isNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                addWord(words, lower, start, i);
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            addWord(words, lower, start, lower.length());
        }
        return words;
    }

    private static void addWord(Set<String> words, String text, int start, int end) {
        if (end - start >= 4) {
            words.add(text.substring(start, end));
        }
    }

    /** The regex class {@code \\p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The start of an item's text as it is found in its section's text (items are cut from it). */
    private static String head(String itemText) {
        String n = normalised(itemText);
        return n.substring(0, Math.min(n.length(), ITEM_HEAD_CHARS));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static long length(Section s) {
        return s.text() == null ? 0 : s.text().length();
    }
}
