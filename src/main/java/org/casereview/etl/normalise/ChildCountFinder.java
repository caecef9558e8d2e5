package org.casereview.etl.normalise;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How many children a review covers: a child name listing several ("Children F, G and H"),
 * else a count in the title or the first sentence of the summary ("Review of five children",
 * "four boys", "two siblings"); 1 otherwise. Later sentences often count other children.
 */
final class ChildCountFinder {
    /**
     * "Only Child UX was the subject of the review", "only Child ZX is the subject of this review", "Only Child LX's case
     * was reviewed": the summary itself says one child was reviewed, whatever other children it counts.
     */
    private static final Pattern ONLY_ONE_REVIEWED = Pattern.compile("(?<![\\w-])only\\s+(?:child|baby)\\s+[\\w-]+"
            + "(?:(?:'s|’s)\\s+case)?\\s+(?:is|was|has\\s+been)\\s+(?:the\\s+subject\\s+of\\s+(?:the|this)\\s+(?:review|report)|reviewed)",
            Pattern.CASE_INSENSITIVE);
    private final Map<String, Integer> numbers;
    private final Pattern countPhrase;
    private final Set<String> notCovered;
    private final Pattern pluralName;
    private final Pattern notCoveredBefore;
    private final Map<String, Integer> collective;
    private final Pattern collectiveWord;
    private final Pattern gapBreak;
    private final Pattern oneFamily;
    private final Pattern pair;
    private final Pattern twoFirstNames;
    /** "Child TN, aged 6, and her two brothers died": the named child and its siblings, counted together. */
    private final Pattern childAndSiblings;

    ChildCountFinder(Vocabulary vocabulary) {
        this.numbers = vocabulary.numbers();
        String number = "\\d{1,2}|" + String.join("|", numbers.keySet());
        String nouns = String.join("|", vocabulary.words("children", "nouns").stream().map(PhrasePatterns::spaced).toList());
        String owners = String.join("|", vocabulary.words("children", "one_family_before"));
        // up to three describing words between the number and the noun ("eight looked after children")
        this.countPhrase = Pattern.compile("(?<![\\w-])(?:(?:" + owners + ")\\s+)?(" + number + ")\\s+((?:[\\w'-]+\\s+){0,3}?)(?:"
                + nouns + ")(?![\\w-]|['\u2019]s(?![\\w-]))", Pattern.CASE_INSENSITIVE);
        this.gapBreak = PhrasePatterns.anyOf(vocabulary.words("children", "count_gap_breaks"));
        this.oneFamily = Pattern.compile("^(?:" + owners + ")\\s|(?:" + String.join("|", vocabulary.words("children", "one_family_nouns"))
                + ")$", Pattern.CASE_INSENSITIVE);
        this.notCovered = vocabulary.words("children", "not_covered_after").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.notCoveredBefore = PhrasePatterns.endingWith(vocabulary.words("children", "not_covered_before"), 0);
        this.pluralName = Pattern.compile(vocabulary.text("children", "plural_name"), Pattern.CASE_INSENSITIVE);
        this.collective = new HashMap<>();
        vocabulary.decimals("children", "collective").forEach((word, n) -> collective.put(word, n.intValue()));
        this.collectiveWord = PhrasePatterns.anyOf(List.copyOf(collective.keySet()));
        this.twoFirstNames = Pattern.compile(vocabulary.text("children", "two_first_names"));
        this.childAndSiblings = Pattern.compile("^(?:child|baby)\\s+[\\w-]+(?:,[^,.;]{1,40},)?\\s+and\\s+(?:her|his|their)\\s+("
                + number + ")\\s+(?:(?:older|younger|elder|little|big|baby|twin|half|step)[\\s-]?)?(?:brothers|sisters|siblings)(?![\\w'\u2019-])",
                Pattern.CASE_INSENSITIVE);
        this.pair = Pattern.compile("(?<![\\w-])" + PhrasePatterns.spaced(vocabulary.text("children", "pair")), Pattern.CASE_INSENSITIVE);
    }

    Finding<Integer> count(String childName, String title, String summary) {
        if (childName != null) {
            Matcher plural = pluralName.matcher(childName.strip());
            if (plural.find()) {
                List<String> names = Arrays.stream(childName.strip().substring(plural.end()).split(",|\\band\\b|&"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (names.size() > 1) {
                    return new Finding<>(names.size(), childName.strip());
                }
            }
            if (twoFirstNames.matcher(childName.strip()).matches()) {
                return new Finding<>(2, childName.strip());
            }
        }
        Matcher withSiblings = childAndSiblings.matcher(firstSentence(summary) == null ? "" : firstSentence(summary).strip());
        if (withSiblings.find()) {
            String number = withSiblings.group(1).toLowerCase(Locale.ROOT);
            return new Finding<>((numbers.containsKey(number) ? numbers.get(number) : Integer.parseInt(number)) + 1, withSiblings.group());
        }
        for (String text : new String[] {title, firstSentence(summary)}) {
            Finding<Integer> found = countIn(text);
            if (found != null) {
                return found;
            }
        }
        // "Neglect of a 10-year-old boy and his 7-year-old sister": both are the review's
        String first = firstSentence(summary);
        Matcher together = pair.matcher(first == null ? "" : first);
        return together.find() ? new Finding<>(2, together.group()) : new Finding<>(1, null);
    }

    /** Whether the count is of the children the entry's name lists ("Children EX, FX and GX"): each of them is reviewed. */
    static boolean byTheirNames(Finding<Integer> children, String childName) {
        return childName != null && children.value() > 1 && childName.strip().equals(children.evidence());
    }

    /** One child when the text says only that child was reviewed, whatever other children it counts. */
    Optional<Finding<Integer>> onlyOneReviewed(String text) {
        Matcher only = ONLY_ONE_REVIEWED.matcher(text == null ? "" : text);
        return only.find() ? Optional.of(new Finding<>(1, only.group())) : Optional.empty();
    }

    private Finding<Integer> countIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = countPhrase.matcher(text);
        while (matcher.find()) {
            String between = matcher.group(2).strip();
            boolean otherChildren = Arrays.stream(between.split("\\s+")).anyMatch(w -> notCovered.contains(w.toLowerCase(Locale.ROOT)));
            if (otherChildren || !between.isEmpty() && gapBreak.matcher(between).find()
                    || notCoveredBefore.matcher(TextScan.justBefore(text, matcher.start(), 30)).find()) {
                continue;
            }
            String number = matcher.group(1).toLowerCase(Locale.ROOT);
            int count = numbers.containsKey(number) ? numbers.get(number) : Integer.parseInt(number);
            if (count > 1) {
                return new Finding<>(count, matcher.group());
            }
        }
        Matcher word = collectiveWord.matcher(text);
        while (word.find()) {
            // "one of twins": the family's children, not the review's
            if (!notCoveredBefore.matcher(TextScan.justBefore(text, word.start(), 30)).find()) {
                return new Finding<>(collective.get(word.group().toLowerCase(Locale.ROOT)), word.group());
            }
        }
        return null;
    }

    /**
     * Whether a count is of one family's children ("her two children", "two siblings"): a review of
     * one family, not a thematic review of several children.
     */
    boolean ofOneFamily(Finding<Integer> children) {
        return children.evidence() != null && oneFamily.matcher(children.evidence().strip()).find();
    }

    private static String firstSentence(String summary) {
        if (summary == null) {
            return null;
        }
        List<TextScan.Sentence> sentences = TextScan.sentences(summary);
        return sentences.isEmpty() ? null : sentences.get(0).text();
    }
}
