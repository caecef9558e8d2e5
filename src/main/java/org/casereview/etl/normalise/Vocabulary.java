package org.casereview.etl.normalise;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists of the normaliser, compiled into patterns: the review types of
 * {@code vocabulary/review-types.yml} and the lists of {@code case-facts.yml}, {@code cues.yml},
 * {@code harm-types.yml}, {@code risk-factors.yml}, {@code child-context.yml} and {@code people.yml}, read as one tree.
 */
final class Vocabulary {
    /** The vocabulary files the normaliser reads; their top-level names are distinct. */
    static final List<String> FILES = List.of("review-types", "case-facts", "cues", "harm-types", "risk-factors",
            "child-context", "themes", "people");

    private final Map<String, Object> root;
    private final Map<String, Pattern> cues = new LinkedHashMap<>();
    private final Map<String, List<String>> cueWords = new LinkedHashMap<>();

    private Vocabulary(Map<String, Object> root) {
        this.root = root;
        section("cues").forEach((name, words) -> {
            cueWords.put(name, strings(words));
            cues.put(name, PhrasePatterns.anyOf(strings(words)));
        });
    }

    static Vocabulary standard() {
        return from(org.casereview.etl.vocabulary.Vocabulary.bundled());
    }

    static Vocabulary from(org.casereview.etl.vocabulary.Vocabulary all) {
        Map<String, Object> root = new LinkedHashMap<>();
        FILES.forEach(file -> root.putAll(all.file(file)));
        return new Vocabulary(root);
    }

    /** A named cue list ("negation", "parent", ...) as one pattern. */
    Pattern cue(String name) {
        Pattern cue = cues.get(name);
        if (cue == null) {
            throw new IllegalStateException("vocabulary has no cue list " + name);
        }
        return cue;
    }

    List<String> cueWords(String name) {
        return cueWords.get(name);
    }

    List<CodeRule> codeRules(String listName) {
        return list(root.get(listName)).stream().map(Vocabulary::codeRule).toList();
    }

    List<CodeRule> codeRules(String sectionName, String listName) {
        return list(section(sectionName).get(listName)).stream().map(Vocabulary::codeRule).toList();
    }

    Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        section("numbers").forEach((word, value) -> numbers.put(word.toLowerCase(), ((Number) value).intValue()));
        return numbers;
    }

    Map<String, BigDecimal> decimals(String sectionName, String key) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        map(section(sectionName).get(key)).forEach((name, value) -> values.put(name, new BigDecimal(value.toString())));
        return values;
    }

    Map<String, String> strings(String sectionName, String key) {
        Map<String, String> values = new LinkedHashMap<>();
        map(section(sectionName).get(key)).forEach((name, value) -> values.put(name, value.toString()));
        return values;
    }

    List<String> words(String sectionName, String key) {
        return strings(section(sectionName).get(key));
    }

    List<String> words(String topLevelList) {
        return strings(root.get(topLevelList));
    }

    String text(String sectionName, String key) {
        Object value = section(sectionName).get(key);
        if (value == null) {
            throw new IllegalStateException("vocabulary has no " + sectionName + "." + key);
        }
        return value.toString();
    }

    private Map<String, Object> section(String name) {
        Object section = root.get(name);
        if (section == null) {
            throw new IllegalStateException("vocabulary has no section " + name);
        }
        return map(section);
    }

    private static CodeRule codeRule(Object entry) {
        Map<String, Object> rule = map(entry);
        Object requires = rule.get("requires");
        return new CodeRule(rule.get("code").toString(), PhrasePatterns.phrases(strings(rule.get("patterns"))),
                requires == null ? null : requires.toString(), strings(rule.get("not_near")), strings(rule.get("not_after_opening")),
                strings(rule.get("not_before")), Boolean.TRUE.equals(rule.get("not_of_adult_subject")),
                Boolean.TRUE.equals(rule.get("negative_phrase")),
                strings(rule.get("implies")), Boolean.TRUE.equals(rule.get("also_learning")),
                Boolean.TRUE.equals(rule.get("of_child_only")), Boolean.TRUE.equals(rule.get("fallback")),
                Boolean.TRUE.equals(rule.get("done_by_child")), strings(rule.get("not_with")),
                rule.get("younger_than") == null ? null : Integer.valueOf(rule.get("younger_than").toString()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, v) -> copy.put(key.toString(), v));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(Object::toString).toList();
    }
}
