package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casereview.etl.document.SectionType;

/**
 * The word lists of the report reader: heading synonyms ({@code vocabulary/section-headings.yml}),
 * item labels ({@code item-labels.yml}), title page words ({@code report-metadata.yml}) and the
 * names of review types ({@code review-types.yml}).
 */
final class Vocabulary {

    private final org.casereview.etl.vocabulary.Vocabulary all;

    private Vocabulary(org.casereview.etl.vocabulary.Vocabulary all) {
        this.all = all;
    }

    static Vocabulary defaults() {
        return from(org.casereview.etl.vocabulary.Vocabulary.bundled());
    }

    static Vocabulary from(org.casereview.etl.vocabulary.Vocabulary all) {
        return new Vocabulary(all);
    }

    /**
     * A list of {@code vocabulary/layout-words.yml} as one alternation (no enclosing group), for the
     * layout rules compiled once into constants: always the bundled file.
     */
    static String layout(String key) {
        return String.join("|", org.casereview.etl.vocabulary.Vocabulary.bundled().strings("layout-words", key));
    }

    List<String> words(String file, String key) {
        return all.strings(file, key).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    List<String> lowerWords(String file, String key) {
        return words(file, key).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * A family of phrases written once: each {@code (a|b|c)} group is one of its choices, an empty
     * choice leaves the group out: "what (must|should|) change" is "what must change", "what should
     * change" and "what change".
     */
    static List<String> expand(String phrase) {
        int open = phrase.indexOf('(');
        int close = open < 0 ? -1 : phrase.indexOf(')', open);
        if (close < 0) {
            return List.of(phrase.replaceAll("\\s+", " ").strip());
        }
        String head = phrase.substring(0, open);
        String tail = phrase.substring(close + 1);
        List<String> out = new ArrayList<>();
        for (String choice : phrase.substring(open + 1, close).split("\\|", -1)) {
            out.addAll(expand(head + " " + choice.strip() + " " + tail));
        }
        return out;
    }

    /**
     * Heading synonyms ("headings"), lead-in lines ("lead_ins"), statement headings ("statements"), item labels ("labels") or item codes ("codes", case
     * kept), by section type.
     */
    Map<SectionType, List<String>> byType(String list) {
        String file = List.of("headings", "welsh_headings", "lead_ins", "statements").contains(list)
                ? "section-headings" : "item-labels";
        Map<String, Object> lists = all.map(file, list);
        Map<SectionType, List<String>> map = new EnumMap<>(SectionType.class);
        for (SectionType type : SectionType.values()) {
            List<String> words = org.casereview.etl.vocabulary.Vocabulary.strings(lists.get(type.code())).stream()
                    .flatMap(w -> expand(w).stream())
                    .map(String::strip).filter(s -> !s.isEmpty())
                    .map(w -> list.equals("codes") ? w : w.toLowerCase(Locale.ROOT)).distinct().toList();
            if (!words.isEmpty()) {
                map.put(type, words);
            }
        }
        return map;
    }
}
