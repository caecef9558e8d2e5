package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.text.ClosingLeadIns;

/** Printed item labels: "Recommendation 3:", "Learning point 2", "Rec 1.2", "R3", "R.1", "LP2". */
final class ItemLabels {

    private static final String NUMBER_WORDS = Vocabulary.layout("part_number_words");
    private static final Pattern SEPARATED = Pattern.compile("[:.)\u2013\u2014-]$");
    private static final Pattern PROSE_AFTER_LABEL = Pattern.compile(
            "(?i)^(" + Vocabulary.layout("label_prose_words") + ")\\b.*");

    /**
     * @param type   the item type the label names
     * @param length characters of the label, separator included
     */
    record Label(SectionType type, int length) {
    }

    private record LabelPattern(SectionType type, Pattern pattern) {
    }

    private final List<LabelPattern> patterns = new ArrayList<>();
    private final List<LabelPattern> bare = new ArrayList<>();
    private final List<LabelPattern> sectionLabels = new ArrayList<>();
    private final Set<String> sectionLabelWords;
    /** Matches at a line's start exactly when one of {@link #patterns} does: most lines hold no label. */
    private final Pattern anyLabel;
    private final Pattern anySectionLabel;
    /** The characters {@link #anyLabel} and {@link #anySectionLabel} can match first, or null when not known. */
    private final BitSet labelStarts;
    private final BitSet sectionLabelStarts;
    /** The characters a {@link #bare} label can start with (its word's first), or null when not known. */
    private final BitSet bareStarts;
    private final ClosingLeadIns<SectionType> leadIns;

    ItemLabels(Vocabulary vocabulary) {
        List<Map.Entry<SectionType, String>> words = new ArrayList<>();
        vocabulary.byType("labels").forEach((type, list) -> list.forEach(w -> words.add(Map.entry(type, w))));
        words.sort(Comparator.comparingInt((Map.Entry<SectionType, String> e) -> e.getValue().length()).reversed());
        String qualifiers = vocabulary.lowerWords("item-labels", "qualifiers").stream().map(ItemLabels::phrase)
                .collect(Collectors.joining("|"));
        String qualified = qualifiers.isEmpty() ? "" : "(?:(?i:" + qualifiers + ")\\s+)?";
        leadIns = new ClosingLeadIns<>(words);
        for (Map.Entry<SectionType, String> word : words) {
            String phrase = phrase(word.getValue());
            patterns.add(new LabelPattern(word.getKey(), numbered(qualified + "(?i:" + phrase + ")")));
            // without a number the label needs its colon: "Recommendation: The partnership should ..."
            patterns.add(new LabelPattern(word.getKey(), Pattern.compile("^(?i:" + phrase + "):\\s*")));
            bare.add(new LabelPattern(word.getKey(), Pattern.compile("(?i:" + phrase + ")\\s*:?")));
        }
        sectionLabelWords = Set.copyOf(vocabulary.lowerWords("item-labels", "section_labels"));
        vocabulary.lowerWords("item-labels", "section_labels").stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> sectionLabels.add(new LabelPattern(null, numbered("(?i:" + phrase(w) + ")"))));
        vocabulary.byType("codes").forEach((type, codes) -> codes.forEach(code -> patterns.add(new LabelPattern(type,
                Pattern.compile("^\\(?" + Pattern.quote(code) + "\\.?\\d{1,2}(\\.\\d{1,2})?[a-z]?\\)?\\s*([:.)\u2013\u2014-]\\s*)?(?=\\s|$)")))));
        anyLabel = anyOf(patterns);
        anySectionLabel = anyOf(sectionLabels);
        List<String> starts = new ArrayList<>(vocabulary.lowerWords("item-labels", "qualifiers"));
        words.forEach(w -> starts.add(w.getValue()));
        vocabulary.byType("codes").values().forEach(codes -> codes.forEach(code -> starts.add("(" + code)));
        labelStarts = firstChars(starts);
        List<String> sectionStarts = new ArrayList<>(vocabulary.lowerWords("item-labels", "qualifiers"));
        sectionStarts.addAll(vocabulary.lowerWords("item-labels", "section_labels"));
        sectionLabelStarts = firstChars(sectionStarts);
        bareStarts = firstChars(words.stream().map(Map.Entry::getValue).toList());
    }

    /**
     * The first characters of the words, in either case: every label pattern starts at the line's start with one of
     * its words (a qualifier, a label word, a code after an optional bracket). Null (any character) when a word is
     * empty or starts with white space. Most lines start with none of them, and are not matched against the labels.
     */
    private static BitSet firstChars(Collection<String> words) {
        BitSet chars = new BitSet();
        for (String word : words) {
            if (word.isEmpty() || Character.isWhitespace(word.charAt(0)) || word.charAt(0) == '(') {
                if (word.length() < 2 || Character.isWhitespace(word.charAt(1))) {
                    return null;
                }
                chars.set('(');
                word = word.substring(1);
            }
            char c = word.charAt(0);
            chars.set(c);
            chars.set(Character.toLowerCase(c));
            chars.set(Character.toUpperCase(c));
            chars.set(Character.toTitleCase(c));
        }
        return chars;
    }

    /**
     * One alternation of the patterns, each in a group of its own: at the line's start it matches when one of them
     * does (alternation tries the next branch when one fails). The patterns hold no back-references, so the groups
     * added in front shift nothing they refer to.
     */
    private static Pattern anyOf(List<LabelPattern> patterns) {
        return Pattern.compile(patterns.stream().map(p -> "(?:" + p.pattern().pattern() + ")")
                .collect(Collectors.joining("|")));
    }

    private static String phrase(String word) {
        return Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
    }

    /**
     * "Recommendation 3:", "Rec 2.1", and with a number word ("Recommendation One:", "Lesson Two" alone on its
     * line); after a number word a separator or the line's end, so "Learning one another's roles" is no label.
     */
    private static Pattern numbered(String label) {
        return Pattern.compile("^" + label + "s?\\s*(no\\.?\\s*)?(\\d{1,2}(\\.\\d{1,2})?[a-z]?\\b\\s*([:.)\u2013\u2014-]\\s*)?"
                + "|(?i:" + NUMBER_WORDS + ")(\\s*[:.)\u2013\u2014-]\\s*|\\s*$))");
    }

    /** The kind of item a paragraph's closing lead-in announces for the list after it, if it names one. */
    Optional<SectionType> announcedList(String paragraph) {
        return leadIns.announced(paragraph.strip());
    }

    /** The label at the start of a line, if any. */
    Optional<Label> label(String line) {
        return label(line, labelStarts, anyLabel, patterns);
    }

    /**
     * A numbered label that names no item type ("Theme 2 –", "Key message 3:"): in a section of items
     * the item is of the section's type, which the caller gives.
     */
    Optional<Label> sectionLabel(String line, SectionType sectionType) {
        return label(line, sectionLabelStarts, anySectionLabel, sectionLabels)
                .map(l -> new Label(sectionType, l.length()));
    }

    /** True for a label word that names no item type ("Theme", "Key issue"), whatever its case and spacing. */
    boolean namesNoKind(String word) {
        return sectionLabelWords.contains(String.join(" ", word.strip().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    private static Optional<Label> label(String line, BitSet starts, Pattern any, List<LabelPattern> patterns) {
        if (starts != null && (line.isEmpty() || !starts.get(line.charAt(0))) || !any.matcher(line).lookingAt()) {
            return Optional.empty();
        }
        for (LabelPattern pattern : patterns) {
            Matcher m = pattern.pattern().matcher(line);
            if (m.lookingAt()) {
                String rest = line.substring(m.end()).strip();
                boolean separated = SEPARATED.matcher(m.group().strip()).find() || rest.isEmpty()
                        || !Character.isLowerCase(rest.charAt(0));
                if (separated && !startsProse(rest)) {
                    return Optional.of(new Label(pattern.type(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The type named by a line that is nothing but a label, without number or text: the title
     * of a call-out box ("Learning", "Good practice:") whose text is the next paragraph.
     */
    Optional<SectionType> bareLabel(String line) {
        String text = line.strip();
        if (bareStarts != null && (text.isEmpty() || !bareStarts.get(text.charAt(0)))) {
            return Optional.empty(); // most lines: no label word starts them
        }
        return bare.stream().filter(p -> p.pattern().matcher(text).matches()).map(LabelPattern::type).findFirst();
    }

    /** "Recommendation 3 was ..." reads on as a sentence; a label is followed by its item. */
    private static boolean startsProse(String rest) {
        return PROSE_AFTER_LABEL.matcher(rest).matches();
    }
}
