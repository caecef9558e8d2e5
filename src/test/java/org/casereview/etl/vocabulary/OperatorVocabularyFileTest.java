package org.casereview.etl.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled vocabulary and an operator's file merged on top of it. */
class OperatorVocabularyFileTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("operator-words.yml"), yaml);
    }

    @Test
    void everyBundledFileIsRead() {
        for (String name : Vocabulary.FILES) {
            assertThat(Vocabulary.bundled().file(name)).as(name).isNotEmpty();
        }
        assertThat(Vocabulary.bundled().strings("section-headings", "headings", "learning")).contains("lessons learned");
    }

    @Test
    void aBlankSettingMeansTheBundledVocabulary() {
        assertThat(Vocabulary.forSetting("")).isSameAs(Vocabulary.bundled());
        assertThat(Vocabulary.forSetting(null)).isSameAs(Vocabulary.bundled());
    }

    @Nested
    class Adding {

        @Test
        void wordsAreAppendedToTheirListAndTheBundledVocabularyStaysAsItWas() throws IOException {
            Vocabulary merged = Vocabulary.withOperatorFile(file("""
                    section-headings:
                      headings:
                        learning: [what we took away, lessons learned]
                    """));
            List<String> learning = merged.strings("section-headings", "headings", "learning");
            List<String> bundled = Vocabulary.bundled().strings("section-headings", "headings", "learning");
            assertThat(learning).startsWith(bundled.toArray(String[]::new)).endsWith("what we took away")
                    .hasSize(bundled.size() + 1);
            assertThat(learning).filteredOn("lessons learned"::equals).hasSize(1);
            assertThat(Vocabulary.bundled().strings("section-headings", "headings", "learning"))
                    .doesNotContain("what we took away");
        }

        @Test
        void anEntryOfAKnownCodeAddsToThatCodesLists() throws IOException {
            Vocabulary merged = Vocabulary.withOperatorFile(file("""
                    review-types:
                      review_types:
                        - code: serious_case_review
                          patterns: ["SCRs?"]
                          abbreviations:
                            scrr: serious case review
                    """));
            Map<?, ?> scr = (Map<?, ?>) ((List<?>) merged.value("review-types", "review_types")).get(1);
            assertThat(scr.get("code")).isEqualTo("serious_case_review");
            assertThat(Vocabulary.strings(scr.get("patterns"))).containsExactly("serious case reviews?", "SCR", "SCRs?");
            assertThat(scr.get("abbreviations")).isEqualTo(
                    Map.of("scr", "serious case review", "scrr", "serious case review"));
        }

        @Test
        void aMapOfWordsTakesNewWordsWithTheirValues() throws IOException {
            Vocabulary merged = Vocabulary.withOperatorFile(file("""
                    case-facts:
                      numbers:
                        twenty-one: 21
                    """));
            assertThat(merged.map("case-facts", "numbers")).containsEntry("twenty-one", 21).containsEntry("one", 1);
        }
    }

    @Nested
    class Errors {

        @Test
        void anUnknownListNameIsNamedWithItsLine() throws IOException {
            Path file = file("""
                    section-headings:
                      headings:
                        learning: [what we took away]
                        lessons: [takeaways]
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .isInstanceOf(VocabularyException.class)
                    .hasMessageStartingWith("vocabulary file " + file + ", line 4: unknown list name 'lessons'"
                            + " in section-headings.headings (known: summary, learning,");
        }

        @Test
        void anUnknownCodeIsNamedWithItsLine() throws IOException {
            Path file = file("""
                    # an operator's review types
                    review-types:
                      review_types:
                        - code: serious_case_reveiw
                          patterns: ["SCR"]
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .isInstanceOf(VocabularyException.class)
                    .hasMessageStartingWith("vocabulary file " + file + ", line 4: unknown code 'serious_case_reveiw'"
                            + " in review-types.review_types (known: child_safeguarding_practice_review,");
        }

        @Test
        void aWordWhereAListBelongsIsTheWrongShape() throws IOException {
            Path file = file("""
                    section-headings:
                      headings:
                        learning: what we took away
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .hasMessage("vocabulary file " + file + ", line 3: wrong shape: section-headings.headings.learning"
                            + " is a list; write its entries as [a, b] or as '- a' lines");
        }

        @Test
        void aBrokenPatternIsNamedWithItsLine() throws IOException {
            Path file = file("""
                    digest-labels:
                      labels:
                        learning:
                          - 'Takeaways'
                          - 'Take(aways'
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .hasMessage("vocabulary file " + file + ", line 5: 'Take(aways' is not a valid regular expression"
                            + " (Unclosed group); write \\( or \\[ for a bracket");
        }

        @Test
        void aSingleValueCannotBeReplaced() throws IOException {
            Path file = file("""
                    digest-grammar:
                      heading_max_words: 40
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .hasMessage("vocabulary file " + file + ", line 2: digest-grammar.heading_max_words is a single"
                            + " value (30); an operator file adds words and entries, it cannot replace a value");
        }

        @Test
        void anUnknownFileNameIsNamed() throws IOException {
            Path file = file("""
                    section-heading:
                      headings:
                        learning: [takeaways]
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .hasMessageStartingWith("vocabulary file " + file + ", line 1: unknown vocabulary file name"
                            + " 'section-heading' (known: ");
        }

        @Test
        void theLayoutWordsCannotBeChangedByAnOperatorFile() throws IOException {
            Path file = file("""
                    section-headings:
                      headings:
                        learning: [takeaways]
                    layout-words:
                      month_names: [sept]
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .hasMessage("vocabulary file " + file + ", line 4: layout-words is compiled into the layout rules"
                            + " of the jar; an operator file cannot add to it");
        }

        @Test
        void brokenYamlIsNamedWithItsLine() throws IOException {
            Path file = file("""
                    section-headings:
                      headings:
                        learning: [what we took away
                    review-types: {}
                    """);
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .isInstanceOf(VocabularyException.class)
                    .hasMessageMatching("vocabulary file .*operator-words.yml, line [45]: not valid YAML: .*");
        }

        @Test
        void aMissingFileIsNamed() {
            Path file = dir.resolve("nope.yml");
            assertThatThrownBy(() -> Vocabulary.withOperatorFile(file))
                    .isInstanceOf(VocabularyException.class)
                    .hasMessage("vocabulary file " + file + ": no such file");
        }
    }
}
