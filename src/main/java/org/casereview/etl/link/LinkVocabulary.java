package org.casereview.etl.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The words the linker knows, read from {@code link-vocabulary.properties}. */
final class LinkVocabulary {
    private static final String RESOURCE = "link-vocabulary.properties";

    private final Map<String, List<String>> abbreviations;
    private final List<TypePhrase> typePhrases;
    private final Set<String> generic;
    private final Set<String> stopwords;

    private record TypePhrase(String code, List<String> words) {
    }

    private LinkVocabulary(Properties p) {
        Map<String, List<String>> abbr = new HashMap<>();
        List<TypePhrase> types = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("abbreviation.")) {
                abbr.put(key.substring("abbreviation.".length()), LinkText.tokens(p.getProperty(key)));
            } else if (key.startsWith("type.")) {
                String code = key.substring("type.".length());
                types.add(new TypePhrase(code, LinkText.tokens(code)));
                list(p.getProperty(key)).forEach(phrase -> types.add(new TypePhrase(code, LinkText.tokens(phrase))));
            }
        }
        types.sort(Comparator.comparingInt((TypePhrase t) -> t.words().size()).reversed());
        this.abbreviations = Map.copyOf(abbr);
        this.typePhrases = List.copyOf(types);
        this.generic = Set.copyOf(list(p.getProperty("generic", "")));
        this.stopwords = Set.copyOf(list(p.getProperty("stopwords", "")));
    }

    static LinkVocabulary load() {
        try (InputStream in = LinkVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new LinkVocabulary(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
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
