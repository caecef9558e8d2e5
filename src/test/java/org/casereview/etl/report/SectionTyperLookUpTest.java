package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * The typer looks for only the synonyms opened by one of the heading's words; the types are those of looking for
 * every synonym of the table in the heading (the earliest, then the longest, then the first in table order).
 */
class SectionTyperLookUpTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();
    private final SectionTyper typer = new SectionTyper(VOCABULARY);

    @Test
    void everySynonymAloneAndAmongOtherWordsIsTypedAsByLookingForEverySynonym() {
        List<String> headings = new ArrayList<>(List.of("", "  ", "4.", "—", "Learnings", "Unlearning", "Overviews",
                "Part 2: 3.1 Key learning and recommendations", "What went well and what did not", "Pre-learning",
                "Summary of the learning: recommendations", "The review's findings", "Recommendation 7 (learning)"));
        for (List<String> synonyms : VOCABULARY.byType("headings").values()) {
            for (String synonym : synonyms) {
                headings.add(synonym);
                headings.add("3 " + synonym.toUpperCase());
                headings.add("Our " + synonym + " and next steps");
                headings.add(synonym + "s");
                headings.add("Summary of " + synonym);
            }
        }
        Reference reference = new Reference(VOCABULARY);
        for (String heading : headings) {
            assertThat(typer.type(heading)).as(heading).isEqualTo(reference.type(heading));
            assertThat(typer.itemType(heading)).as(heading).isEqualTo(reference.itemType(heading));
        }
        assertThat(headings).hasSizeGreaterThan(500);
    }

    @Test
    void aStandardHeadingIsExactlyOneSynonymNumberingAside() {
        assertThat(typer.isStandardHeading("2.1 Key learning")).isTrue();
        assertThat(typer.isStandardHeading("Key learning for the partnership board")).isFalse();
        assertThat(typer.isStandardHeading("GLOSSARY")).isTrue();
    }

    /** Every padded synonym looked for in the padded heading, in table order. */
    private static final class Reference {
        private final Map<SectionType, List<String>> padded = new EnumMap<>(SectionType.class);
        private final List<String> reviewItself;

        Reference(Vocabulary vocabulary) {
            vocabulary.byType("headings").forEach((type, words) -> padded.put(type,
                    words.stream().map(w -> " " + words(w) + " ").toList()));
            reviewItself = vocabulary.lowerWords("section-headings", "review_itself").stream()
                    .map(w -> " " + words(w) + " ").toList();
        }

        private static String words(String phrase) {
            return phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
        }

        SectionType type(String heading) {
            int[] best = best(" " + SectionTyper.normalise(heading) + " ");
            return best == null ? SectionType.OTHER : SectionType.values()[best[0]];
        }

        Optional<SectionType> itemType(String heading) {
            String text = " " + SectionTyper.normalise(heading) + " ";
            int[] typing = best(text);
            if (typing != null && SectionType.values()[typing[0]].hasItems()) {
                return Optional.of(SectionType.values()[typing[0]]);
            }
            SectionType found = null;
            int foundPos = Integer.MAX_VALUE;
            for (Map.Entry<SectionType, List<String>> entry : padded.entrySet()) {
                for (String spaced : entry.getValue()) {
                    int pos = text.indexOf(spaced);
                    boolean inside = typing != null && pos >= typing[1] && pos + spaced.length() - 2 <= typing[1] + typing[2] + 1;
                    if (entry.getKey().hasItems() && pos >= 0 && pos < foundPos && !inside) {
                        foundPos = pos;
                        found = entry.getKey();
                    }
                }
            }
            return Optional.ofNullable(found);
        }

        /** {type ordinal, position, length} of the synonym found earliest, the longest on a tie. */
        private int[] best(String text) {
            int[] best = null;
            for (Map.Entry<SectionType, List<String>> entry : padded.entrySet()) {
                for (String spaced : entry.getValue()) {
                    int pos = text.indexOf(spaced);
                    int length = spaced.length() - 2;
                    if (pos < 0 || pos > 0 && reviewItself.contains(spaced)) {
                        continue;
                    }
                    if (best == null || pos < best[1] || pos == best[1] && length > best[2]) {
                        best = new int[] {entry.getKey().ordinal(), pos, length};
                    }
                }
            }
            return best;
        }
    }
}
