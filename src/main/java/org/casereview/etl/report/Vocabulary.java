package org.casereview.etl.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.casereview.etl.document.SectionType;

/** The word lists of {@code report/section-synonyms.properties}. */
final class Vocabulary {

    static final String DEFAULT_RESOURCE = "/report/section-synonyms.properties";

    private final Properties properties;

    private Vocabulary(Properties properties) {
        this.properties = properties;
    }

    static Vocabulary load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary resource not found: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Vocabulary(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary defaults() {
        return load(DEFAULT_RESOURCE);
    }

    List<String> words(String key) {
        String value = properties.getProperty(key, "");
        return Arrays.stream(value.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    List<String> lowerWords(String key) {
        return words(key).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** One list per section type, under {@code prefix.<code>}. */
    Map<SectionType, List<String>> byType(String prefix) {
        Map<SectionType, List<String>> map = new EnumMap<>(SectionType.class);
        for (SectionType type : SectionType.values()) {
            List<String> words = prefix.equals("code") ? words(prefix + "." + type.code())
                    : lowerWords(prefix + "." + type.code());
            if (!words.isEmpty()) {
                map.put(type, words);
            }
        }
        return map;
    }
}
