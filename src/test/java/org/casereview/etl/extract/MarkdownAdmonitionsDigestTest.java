package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A markdown digest whose reviews are MkDocs Material admonitions ('??? note "title"', '!!! abstract "title"') with
 * their bodies indented four spaces (b38's kind 4). Invented reviews: their children and places do not exist.
 */
class MarkdownAdmonitionsDigestTest {

    private static final String PAGE = """
            # Case reviews – May 2031

            !!! warning "Made-up page"
                Every review below is invented.

            Two case reviews were published in May 2031.

            ???+ note "Child HZ: Child safeguarding practice review"

                Neglect of a 7-year-old girl in 2030 who was often absent from school. Child HZ is White British.

                **Key learning:**

                - the absences were not followed up
                - the GP did not know of the school's concerns

                **Recommendations:**

                - follow up every absence of three days

                [Read practice review (PDF)](https://example.org/reviews/hz.pdf){ .md-button }

            !!! abstract inline end "Baby JZ: Serious case review"
            \tDeath of a 3-week-old boy in 2029 after co-sleeping.

            \t**Key learning:**

            \t- safer sleep advice was not repeated

            ```text
            !!! note "Not an admonition"
                inside a fence
            ```
            """;

    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void eachReviewAdmonitionIsAnEntryTitledByItsQuotedTitle() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews-2031-05.md"), PAGE.substring(0, PAGE.indexOf("```text")));
        ExtractedText text = new DocumentTextExtractor().extract(file);
        List<DigestEntry> found = new DigestParser().parse(text.text(), text.pageBreaks()).entries();
        assertThat(found).extracting(DigestEntry::title).containsExactly(
                "Child HZ: Child safeguarding practice review", "Baby JZ: Serious case review");
        assertThat(found.get(0).summary()).isEqualTo(
                "Neglect of a 7-year-old girl in 2030 who was often absent from school. Child HZ is White British.");
        assertThat(items(found.get(0), SectionType.LEARNING)).containsExactly(
                "the absences were not followed up", "the GP did not know of the school's concerns");
        assertThat(items(found.get(0), SectionType.RECOMMENDATIONS)).containsExactly("follow up every absence of three days");
        assertThat(items(found.get(1), SectionType.LEARNING)).containsExactly("safer sleep advice was not repeated");
    }

    @Test
    void aNoteIsItsTitleOverItsTextAndAFencedMarkerStays() {
        String read = MarkdownAdmonitions.read(PAGE);
        assertThat(read).contains("## Child HZ: Child safeguarding practice review\n")
                .contains("\nMade-up page\n\nEvery review below is invented.\n")
                .contains("## Baby JZ: Serious case review\n\nDeath of a 3-week-old boy")
                .contains("```text\n!!! note \"Not an admonition\"\n    inside a fence\n```")
                .doesNotContain("???").doesNotContain("!!! warning");
    }
}
