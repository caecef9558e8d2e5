package org.casereview.etl.quality;

import static org.casereview.etl.quality.QualityThresholds.MIN_CUT_ITEMS;
import static org.casereview.etl.quality.QualityThresholds.MIN_LABELS_INSIDE_ITEM;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.vocabulary.Vocabulary;

/**
 * Self-checks on marks left inside item texts: item labels and list markers that the reading takes off an item when
 * it reads the entries they open. Left in, they show entries that were not read as entries.
 */
final class ItemTextMarks {

    /** A list number kept at an item's start: "2. ", "(3) ", "1(a) ", "4b) ". */
    private static final Pattern KEPT_NUMBER = Pattern.compile("^\\(?(\\d{1,2})(?:[.)]|\\([a-z]\\)|[a-z][.)])\\s");
    /** After a sentence's end (and a closing quote or bracket): where a run-together entry's label stands. */
    private static final String AFTER_SENTENCE = "[.!?;:]['\"\u2019\u201d)]?\\s+";
    private static final Map<SectionType, Pattern> INNER_LABELS = innerLabels(Vocabulary.bundled());
    /** An item's last word with no stop, comma, bracket, quote or dash after it. */
    static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");
    static final Set<String> SENTENCE_MIDDLE_WORDS =
            Set.copyOf(Vocabulary.bundled().strings("layout-words", "sentence_middle_words"));
    private static final int SHOWN_WORDS = 4;

    private ItemTextMarks() {
    }

    static List<Optional<String>> judge(ReportEvidence r) {
        return List.of(labelsInsideItem(r), listNumbersKeptTwice(r), wordCutAtLineEnd(r), cutMidSentence(r));
    }

    /**
     * Items ending on a word no sentence ends on ('... who was found to'), two or more: entries cut where a line of
     * another column or another table cell began, a page or a table read across. One such item may be a page break
     * read badly inside one entry.
     */
    static Optional<String> cutMidSentence(ReportEvidence r) {
        List<ItemRow> cut = r.items().stream().filter(i -> i.text() != null && endsMidSentence(i.text())).toList();
        if (cut.size() < MIN_CUT_ITEMS) {
            return Optional.empty();
        }
        ItemRow first = cut.get(0);
        String[] words = first.text().strip().split("\\s+");
        String end = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - SHOWN_WORDS),
                words.length));
        return Optional.of(cut.size() + " items end mid-sentence (" + first.type().code() + " item " + first.itemNo()
                + ": '..." + end + "')");
    }

    static boolean endsMidSentence(String text) {
        String stripped = text.strip();
        int end = Ends.beforeFinalLineBreak(stripped);
        // LAST_WORD is tried only on an item ending in a letter: a find() from every place of every item was a tenth of
        // the self-check
        if (end == 0 || !Character.isLetter(stripped.codePointBefore(end))) {
            return false;
        }
        Matcher m = LAST_WORD.matcher(stripped);
        return m.find() && SENTENCE_MIDDLE_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * An item ending in a soft hyphen: typesetters (TeX, ConTeXt) print one where they break a word over two lines, and
     * joining the lines drops it, so the item lost the line that finishes its word (a table row read by its first line).
     */
    static Optional<String> wordCutAtLineEnd(ReportEvidence r) {
        return r.items().stream().filter(i -> i.text() != null && i.text().stripTrailing().endsWith("\u00ad"))
                .findFirst().map(i -> i.type().code() + " item " + i.itemNo() + " ends in a word cut at a line end");
    }

    /**
     * An item holding, each after a sentence, two or more numbered labels of its own kind ('... discussion. Rec 2
     * Children's social care should ...'): entries labelled apart (a label column before a tab) read as one item.
     */
    static Optional<String> labelsInsideItem(ReportEvidence r) {
        return r.items().stream().filter(i -> i.text() != null && INNER_LABELS.containsKey(i.type()))
                .filter(i -> count(INNER_LABELS.get(i.type()).matcher(i.text())) >= MIN_LABELS_INSIDE_ITEM).findFirst()
                .map(i -> i.type().code() + " item " + i.itemNo() + " holds "
                        + count(INNER_LABELS.get(i.type()).matcher(i.text())) + " labels of further items");
    }

    /**
     * Items of one kind keeping a list number at their start, one number kept by two of them ('1(a) ...', '1(b) ...'):
     * the entries of a list were read as paragraphs, their markers left in and their kind guessed, not read.
     */
    static Optional<String> listNumbersKeptTwice(ReportEvidence r) {
        Map<SectionType, Set<String>> kept = new EnumMap<>(SectionType.class);
        for (ItemRow item : r.items()) {
            Matcher m = KEPT_NUMBER.matcher(item.text() == null ? "" : item.text());
            if (m.find() && !kept.computeIfAbsent(item.type(), t -> new HashSet<>()).add(m.group(1))) {
                return Optional.of(item.type().code() + " items keep list marker number " + m.group(1) + " twice");
            }
        }
        return Optional.empty();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Per item kind: its numbered labels ("Rec 2", "Learning point 3") and codes ("R2") standing after a sentence. */
    private static Map<SectionType, Pattern> innerLabels(Vocabulary vocabulary) {
        Map<String, Object> labels = vocabulary.map("item-labels", "labels");
        Map<String, Object> codes = vocabulary.map("item-labels", "codes");
        String qualifiers = Vocabulary.strings(vocabulary.value("item-labels", "qualifiers")).stream()
                .map(ItemTextMarks::phrase).collect(Collectors.joining("|"));
        Map<SectionType, Pattern> patterns = new HashMap<>();
        for (SectionType type : SectionType.values()) {
            List<String> words = Vocabulary.strings(labels.get(type.code()));
            if (words.isEmpty()) {
                continue;
            }
            String word = words.stream().sorted((a, b) -> b.length() - a.length()).map(ItemTextMarks::phrase)
                    .collect(Collectors.joining("|"));
            String code = Vocabulary.strings(codes.get(type.code())).stream().map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            String numbered = "(?i:(?:(?:" + qualifiers + ")\\s+)?(?:" + word + "))s?\\s*(?:no\\.?\\s*)?\\d{1,2}"
                    + (code.isEmpty() ? "" : "|(?:" + code + ")\\.?\\d{1,2}");
            patterns.put(type, Pattern.compile(AFTER_SENTENCE + "(?:" + numbered + ")(?:\\.\\d{1,2})?[:.)]?\\s+\\p{Lu}"));
        }
        return Map.copyOf(patterns);
    }

    private static String phrase(String word) {
        return Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
    }
}
