package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9.6 (digests b18, kind 3): markdown definition lists give items, footnotes holding a URL give links. */
class MarkdownDefinitionListsTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    private ParsedDigest parse(String markdown) throws Exception {
        Path file = dir.resolve("digest-2031-07.md");
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    @Test
    void eachDefinitionIsAnItemOfItsTermAndAFootnoteUrlLinksTheWordsBeforeIt() throws Exception {
        ParsedDigest digest = parse("""
                # Case reviews published in July 2031

                Two invented case reviews.[^about]

                ## Child QE: Child safeguarding practice review

                Neglect of a 5-year-old girl in 2030 whose father misused drugs. Child QE is White British.

                Learning includes
                :   the home was not visited
                :   the school's concerns
                    were not shared

                Identifies good practice including

                :   a health visitor who kept visiting

                Recommendations include
                :   visit the home of every child on a plan

                Read practice review (PDF)[^q1]

                ***

                ## Baby QF: Child safeguarding practice review

                Serious injuries to a 3-month-old boy in 2030. Baby QF is of Polish heritage.

                Learning includes
                ~   the father was not assessed

                Other resources: Read overview report (PDF)[^q2]

                ---

                [^about]: All of the children and places are invented.
                    The names are invented too.
                [^q1]: <https://example.org/qe.pdf>
                [^q2]: https://example.org/qf.pdf
                """);

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QE: Child safeguarding practice review", "Baby QF: Child safeguarding practice review");
        DigestEntry qe = digest.entries().get(0);
        assertThat(items(qe, SectionType.LEARNING))
                .containsExactly("the home was not visited", "the school's concerns were not shared");
        assertThat(items(qe, SectionType.GOOD_PRACTICE)).containsExactly("a health visitor who kept visiting");
        assertThat(items(qe, SectionType.RECOMMENDATIONS)).containsExactly("visit the home of every child on a plan");
        assertThat(qe.linkTarget()).isEqualTo("https://example.org/qe.pdf");
        DigestEntry qf = digest.entries().get(1);
        assertThat(items(qf, SectionType.LEARNING)).containsExactly("the father was not assessed");
        assertThat(qf.linkTarget()).isEqualTo("https://example.org/qf.pdf");
        assertThat(qf.sections()).allSatisfy(s -> assertThat(s.items()).extracting(Item::text)
                .noneMatch(t -> t.contains("invented") || t.contains("^")));
    }

    @Test
    void aColonLineWithNothingAboveItIsNoDefinition() {
        assertThat(MarkdownDefinitionLists.read(":   not a definition\n\nTerm\n:   a definition"))
                .isEqualTo(":   not a definition\n\nTerm\n- a definition");
    }
}
