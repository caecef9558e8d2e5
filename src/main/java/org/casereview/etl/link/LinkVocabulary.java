package org.casereview.etl.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casereview.etl.vocabulary.Vocabulary;

/**
 * The words the linker knows: the review types with their phrases and abbreviations
 * ({@code vocabulary/review-types.yml}), other abbreviations, generic words and stopwords
 * ({@code link-words.yml}).
 */
final class LinkVocabulary {

    private final Map<String, List<String>> abbreviations;
    private final List<TypePhrase> typePhrases;
    private final Set<String> generic;
    private final Set<String> stopwords;

    private record TypePhrase(String code, List<String> words) {
    }

    private LinkVocabulary(Vocabulary all) {
        Map<String, List<String>> abbr = new HashMap<>();
        List<TypePhrase> types = new ArrayList<>();
        for (Object entry : (List<?>) all.value("review-types", "review_types")) {
            Map<?, ?> type = (Map<?, ?>) entry;
            String code = type.get("code").toString();
            List<String> phrases = Vocabulary.strings(type.get("phrases"));
            if (!phrases.isEmpty()) { // a code with no phrases ("other") is not compared
                types.add(new TypePhrase(code, LinkText.tokens(code)));
                phrases.forEach(phrase -> types.add(new TypePhrase(code, LinkText.tokens(phrase))));
            }
            addAbbreviations(abbr, (Map<?, ?>) type.get("abbreviations"));
        }
        addAbbreviations(abbr, all.map("link-words", "abbreviations"));
        types.sort(Comparator.comparingInt((TypePhrase t) -> t.words().size()).reversed());
        this.abbreviations = Map.copyOf(abbr);
        this.typePhrases = List.copyOf(types);
        this.generic = Set.copyOf(all.strings("link-words", "generic"));
        this.stopwords = Set.copyOf(all.strings("link-words", "stopwords"));
    }

    static LinkVocabulary load() {
        return from(Vocabulary.bundled());
    }

    static LinkVocabulary from(Vocabulary all) {
        return new LinkVocabulary(all);
    }

    private static void addAbbreviations(Map<String, List<String>> abbreviations, Map<?, ?> words) {
        if (words != null) {
            words.forEach((abbreviation, meaning) -> abbreviations.put(abbreviation.toString().toLowerCase(Locale.ROOT),
                    LinkText.tokens(meaning.toString())));
        }
    }

    /** Replaces abbreviations ("cspr") by the words they stand for. */
    List<String> expand(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            out.addAll(abbreviations.getOrDefault(t, List.of(t)));
        }
        return out;
    }

    /** The review type code named by the longest phrase found in the (expanded) tokens. */
    Optional<String> reviewType(List<String> expandedTokens) {
        return typePhrases.stream()
                .filter(t -> LinkText.containsSequence(expandedTokens, t.words()))
                .map(TypePhrase::code)
                .findFirst();
    }

    boolean isGeneric(String token) {
        return generic.contains(token);
    }

    boolean isStopword(String token) {
        return stopwords.contains(token);
    }
}
