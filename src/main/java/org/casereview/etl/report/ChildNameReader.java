package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child's pseudonym from a report's title and title page: a letter name ("Child K", also in
 * capitals) or children's letters joined by 'and' ("Siblings A and B"), a name after the title's colon or a quoted name after its dash, a name before a colon
 * that precedes the review type, or the cover's largest line when it is a name.
 */
final class ChildNameReader {

    private static final Pattern CHILD = Pattern.compile(
            "\\b((?i:" + Vocabulary.layout("child_name_prefixes") + "))\\s+([A-Z]{1,2}\\d{0,2})(?![\\p{L}])");
    /** Children named together: "Siblings A and B", "Children D, E and F". */
    private static final String LETTERS = "[A-Z]{1,2}\\d{0,2}";
    private static final Pattern GROUP = Pattern.compile("\\b((?i:" + Vocabulary.layout("child_group_prefixes") + "))\\s+("
            + LETTERS + "(?:\\s*,\\s*" + LETTERS + ")*)\\s+(?i:and|&)\\s+(" + LETTERS + ")(?![\\p{L}])");
    /** Children named by their family's letter at the end of a title or clause: "Siblings T". */
    private static final Pattern FAMILY = Pattern.compile("\\b((?i:" + Vocabulary.layout("child_group_prefixes") + "))\\s+("
            + LETTERS + ")(?=\\s*($|[,:;)\u2013\u2014-]))");
    /** A baby named by a first name: "into the death of Baby Amir". */
    private static final Pattern BABY_NAME = Pattern.compile(
            "\\b((?i:" + Vocabulary.layout("baby_name_prefixes") + "))\\s+(\\p{Lu}\\p{Ll}+)\\b");
    /** A name after the title's last colon, perhaps in quotes, or a quoted name after a dash: "Review – 'Freddie'". */
    private static final Pattern NAME_AFTER = Pattern.compile(
            ":\\s*['‘“\"]?([^:'‘’“”\"]+?)['’”\"]?\\s*$"
                    + "|\\s[–—-]\\s*['‘“\"]([^:'‘’“”\"]+)['’”\"]\\s*$");

    /** A title ending in a subtitle after a colon or dash: "Review: Harry – Executive Summary". */
    private static final Pattern DOCUMENT_WORD = Pattern.compile(
            ".*\\b(" + Vocabulary.layout("not_child_name_words") + ")\\b.*");
    private static final Pattern DOCUMENT_KIND_AFTER = Pattern.compile("^(.+?)\\s*[–—:-]\\s*([\\p{L} ]+)$");

    private final List<String> reviewTypes;
    private final List<String> partnershipWords;
    private final List<String> documentKinds;

    /** All lists lower case, as in the vocabulary. */
    ChildNameReader(List<String> reviewTypes, List<String> partnershipWords, List<String> documentKinds) {
        this.reviewTypes = List.copyOf(reviewTypes);
        this.partnershipWords = List.copyOf(partnershipWords);
        this.documentKinds = List.copyOf(documentKinds);
    }

    String childName(String title, List<TextLine> titleLines, String reviewType) {
        boolean thematic = title != null && title.toLowerCase(Locale.ROOT).contains("thematic")
                || titleLines.stream().anyMatch(l -> l.text().toLowerCase(Locale.ROOT).contains("thematic"));
        if (thematic) {
            return null;
        }
        for (String text : candidatesForName(title, titleLines)) {
            Matcher group = GROUP.matcher(text);
            if (group.find()) {
                return capitalised(group.group(1)) + " " + group.group(2).replaceAll("\\s*,\\s*", ", ") + " and "
                        + group.group(3);
            }
            Matcher m = CHILD.matcher(text);
            if (m.find()) {
                return capitalised(m.group(1)) + " " + m.group(2);
            }
            Matcher family = FAMILY.matcher(text);
            if (family.find()) {
                return capitalised(family.group(1)) + " " + family.group(2);
            }
        }
        for (String text : candidatesForName(title, titleLines)) {
            Matcher m = BABY_NAME.matcher(text);
            if (m.find() && isPseudonym(m.group(2), reviewType)) {
                return capitalised(m.group(1)) + " " + m.group(2);
            }
        }
        if (title != null && title.contains(":")) {
            // "Olivia: a Local Child Safeguarding Practice Review"
            String before = title.substring(0, title.indexOf(':')).strip();
            String rest = title.substring(title.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            if (isPseudonym(before, reviewType) && reviewTypes.stream().anyMatch(rest::contains)) {
                return before;
            }
        }
        if (title != null) {
            Matcher after = NAME_AFTER.matcher(withoutDocumentKind(title));
            String name = after.find() ? (after.group(1) != null ? after.group(1) : after.group(2)).strip() : "";
            if (!name.isEmpty() && isPseudonym(name, reviewType)) {
                return name;
            }
        }
        TextLine largest = titleLines.stream().filter(l -> l.page() == 1)
                .max(Comparator.comparingDouble(TextLine::fontSize)).orElse(null);
        if (largest != null && isPseudonym(TextRepair.clean(largest.text()), reviewType)) {
            return TextRepair.clean(largest.text());
        }
        return null;
    }

    /** "Review: Harry – Executive Summary" read as "Review: Harry": the subtitle names the document, not the child. */
    private String withoutDocumentKind(String title) {
        Matcher m = DOCUMENT_KIND_AFTER.matcher(title.strip());
        return m.matches() && documentKinds.contains(m.group(2).strip().toLowerCase(Locale.ROOT)) ? m.group(1) : title;
    }

    private static List<String> candidatesForName(String title, List<TextLine> titleLines) {
        List<String> texts = new ArrayList<>();
        if (title != null) {
            texts.add(title);
        }
        titleLines.stream().filter(l -> l.page() == 1)
                .sorted(Comparator.comparingDouble(TextLine::fontSize).reversed())
                .forEach(l -> texts.add(TextRepair.clean(l.text())));
        return texts;
    }

    /** One or two capitalised words that name no review type or partnership: "Kacper", "Lily Rose". */
    boolean isPseudonym(String text, String reviewType) {
        // a pseudonym is not set in capitals: "CALDERBROOK" on a cover is a logo
        if (!text.matches("\\p{Lu}[\\p{L}'\u2019-]+( \\p{Lu}[\\p{L}'\u2019-]+)?") || text.matches("[\\p{Lu}\\s'\u2019-]{4,}")) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean reviewWords = reviewTypes.stream().anyMatch(t -> t.contains(lower) || lower.contains(t))
                || partnershipWords.stream().anyMatch(lower::contains)
                || DOCUMENT_WORD.matcher(lower).matches();
        return !reviewWords && (reviewType == null || !reviewType.toLowerCase(Locale.ROOT).contains(lower));
    }

    /** "CHILD" and "young person" as usually printed: "Child", "Young Person". */
    private static String capitalised(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
