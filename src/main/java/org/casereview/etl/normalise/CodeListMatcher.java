package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.CodeEvidence;

/**
 * Sets the codes of one code list (harm_types, risk_factors, child_context) from phrases, skipping
 * phrases that are negated ("no concerns regarding ...") or said of another person, and keeping
 * the words that triggered each code.
 */
final class CodeListMatcher {
    private final String field;
    private final List<CodeRule> rules;
    private final Vocabulary vocabulary;
    private final Pattern negation;
    private final Pattern negationEnd;
    private final Pattern otherPerson;
    private final Antecedents antecedents;

    CodeListMatcher(String field, Vocabulary vocabulary) {
        this.field = field;
        this.rules = vocabulary.codeRules(field);
        this.vocabulary = vocabulary;
        this.negation = vocabulary.cue("negation");
        this.negationEnd = vocabulary.cue("negation_end");
        this.otherPerson = vocabulary.cue("other_person");
        this.antecedents = new Antecedents(vocabulary);
    }

    List<CodeEvidence> match(String text) {
        return match(text, null);
    }

    /**
     * Codes in vocabulary order, one evidence row per code (its first affirmed phrase). The learning
     * text is read only by the rules marked {@code also_learning}.
     */
    List<CodeEvidence> match(String text, String learningText) {
        Map<String, String> found = new LinkedHashMap<>();
        String base = ReviewText.join(text);
        String withLearning = ReviewText.join(text, learningText);
        if (withLearning.isBlank()) {
            return List.of();
        }
        List<TextScan.Sentence> baseSentences = TextScan.sentences(base);
        List<TextScan.Sentence> withLearningSentences = TextScan.sentences(withLearning);
        for (CodeRule rule : rules) {
            String evidence = rule.alsoLearning()
                    ? firstAffirmed(rule, withLearning, withLearningSentences)
                    : firstAffirmed(rule, base, baseSentences);
            if (evidence != null) {
                found.putIfAbsent(rule.code(), evidence);
                rule.implies().forEach(implied -> found.putIfAbsent(implied, evidence));
            }
        }
        // One code may have several rules (verbs that need their object checked, nouns that do not).
        List<CodeEvidence> ordered = new ArrayList<>();
        for (String code : rules.stream().map(CodeRule::code).distinct().toList()) {
            if (found.containsKey(code)) {
                ordered.add(new CodeEvidence(field, code, found.get(code)));
            }
        }
        return ordered;
    }

    private String firstAffirmed(CodeRule rule, String text, List<TextScan.Sentence> sentences) {
        for (Pattern pattern : rule.patterns()) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (affirmed(rule, text, sentences, matcher)) {
                    return matcher.group().replaceAll("\\s+", " ");
                }
            }
        }
        return null;
    }

    private boolean affirmed(CodeRule rule, String text, List<TextScan.Sentence> sentences, Matcher matcher) {
        String clause = TextScan.negationScope(text, matcher.start());
        if (negation.matcher(TextScan.afterLast(negationEnd, clause)).find()) {
            return false;
        }
        String wide = TextScan.wideBefore(text, matcher.start());
        for (String cueName : rule.notNear()) {
            if (vocabulary.cue(cueName).matcher(wide).find()) {
                return false;
            }
        }
        String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 80)).stripLeading();
        for (String cueName : rule.notBefore()) {
            if (vocabulary.cue(cueName).matcher(after).lookingAt()) {
                return false;
            }
        }
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, matcher.start());
        int inSentence = matcher.end() - sentence.start();
        String rest = sentence.text().substring(Math.min(inSentence, sentence.text().length()));
        if (otherPerson.matcher(rest).find()) {
            return false;
        }
        if (rule.requires() == null) {
            return true;
        }
        // "both parents used cocaine", "drug use by the mother": the cue is in the same clause.
        Pattern required = vocabulary.cue(rule.requires());
        String window = TextScan.wideBefore(text, matcher.start()) + " ; " + TextScan.clauseAfter(text, matcher.end());
        List<String> parents = new ArrayList<>();
        Matcher parent = required.matcher(window);
        while (parent.find()) {
            parents.add(parent.group());
        }
        if (parents.isEmpty()) {
            // "Her mother's partner shook her. He had previous convictions.": the parent of the sentence before.
            antecedents.adultBefore(sentences, sentence).map(Antecedents.Adult::words)
                    .filter(words -> required.matcher(words).find()).ifPresent(parents::add);
            return !parents.isEmpty();
        }
        return !childsOwn(text, matcher.start(), parents);
    }

    /** "his drug use" when only a mother is named near it: the child's own, not a parental factor. */
    private boolean childsOwn(String text, int start, List<String> parents) {
        String before = TextScan.justBefore(text, start, 12) + " ";
        boolean his = vocabulary.cue("male_possessive").matcher(before).find();
        boolean her = vocabulary.cue("female_possessive").matcher(before).find();
        if (his == her) {
            return false;
        }
        Pattern otherSex = vocabulary.cue(his ? "female_parent" : "male_parent");
        return parents.stream().allMatch(word -> otherSex.matcher(word).matches());
    }
}
