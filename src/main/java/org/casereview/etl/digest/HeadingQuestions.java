package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.vocabulary.Vocabulary;

/**
 * The question forms of the report headings ({@code section-headings.yml}: "What did the review learn", "What needs to
 * change", "What went well") as digest labels: one vocabulary types a briefing's heading and a digest entry's label
 * written as the same question. Only the questions ("what ...") are taken: the other heading words ("Actions",
 * "Strengths") are too common in running text to open a section of an entry alone on a line. A family written once
 * in the file ("what (did|have) (we|the review) (learn|learnt)") becomes one alternation; the question mark is
 * optional.
 */
final class HeadingQuestions {

    /** The section types a digest entry labels with a question. */
    static final List<SectionType> TYPES = List.of(SectionType.LEARNING, SectionType.RECOMMENDATIONS,
            SectionType.GOOD_PRACTICE);

    private static final Pattern TOKEN = Pattern.compile("\\(([^)]*)\\)|[^\\s()]+");

    private HeadingQuestions() {
    }

    /** The questions among the headings of {@code type}, as one regular expression; empty when there are none. */
    static Optional<String> pattern(Vocabulary v, SectionType type) {
        List<String> questions = Vocabulary.strings(v.map("section-headings", "headings").get(type.code())).stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> s.startsWith("what "))
                .map(HeadingQuestions::phrase).distinct().toList();
        return questions.isEmpty() ? Optional.empty()
                : Optional.of("(?:" + String.join("|", questions) + ")\\s*\\??");
    }

    /** One phrase of the file as a regular expression: words quoted, "(a|b|)" a group, optional when a choice is empty. */
    static String phrase(String phrase) {
        List<String> parts = new ArrayList<>();
        Matcher token = TOKEN.matcher(phrase);
        while (token.find()) {
            if (token.group(1) == null) {
                parts.add("\\s+" + Pattern.quote(token.group()));
                continue;
            }
            List<String> choices = List.of(token.group(1).split("\\|", -1));
            String group = choices.stream().map(String::strip).filter(c -> !c.isEmpty())
                    .map(c -> String.join("\\s+", List.of(c.split("\\s+")).stream().map(Pattern::quote).toList()))
                    .collect(Collectors.joining("|", "(?:\\s+(?:", "))"));
            parts.add(choices.stream().anyMatch(c -> c.isBlank()) ? group + "?" : group);
        }
        return String.join("", parts).replaceFirst("^\\\\s\\+", "");
    }
}
