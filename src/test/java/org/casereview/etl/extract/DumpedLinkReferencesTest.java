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
 * Digests b52 (kind 3): a partnership page dumped by 'lynx -dump', each link's words opened by its number in brackets
 * and the URLs in a numbered 'References' list at the end. Invented reviews: their children and places do not exist.
 */
class DumpedLinkReferencesTest {

    private static final String DUMP = """
               [1]Skip to main content

                 * [2]Home
                 * [3]Learning from reviews

               You are here: [2]Home > [3]Learning from reviews > Case reviews

            Case reviews published in July 2031

               Two case reviews were published in July 2031. Every child and place
               on this page is invented.

            Child ZW: Child safeguarding practice review

               Neglect of a 9-year-old girl in 2030 who missed half her school
               sessions. Child ZW is White British.

               Learning includes:

                 * the absences were not followed up
                 * the school did not know of the family's move

               [4]Read practice review (PDF)

            Child ZX: Serious case review

               Death of a 2-month-old boy in 2029 after co-sleeping. Child ZX is of
               Romanian heritage.

               Learning includes:

                 * safer sleep advice was given to one parent only

               [5]Read overview report (PDF)

               [6]Accessibility [7]Privacy

            References

               1. https://www.fenwold.example/reviews#main
               2. https://www.fenwold.example/
               3. https://www.fenwold.example/learning
               4. https://example.org/reviews/zw.pdf
               5. https://example.org/reviews/zx.pdf
               6. https://www.fenwold.example/accessibility
               7. https://www.fenwold.example/privacy
            """;

    @TempDir
    Path dir;

    @Test
    void eachReportLinkLineReadsAsItsLinkAndTheReferencesGo() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews-2031-07.txt"), DUMP);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        List<DigestEntry> found = new DigestParser().parse(text.text(), text.pageBreaks()).entries();
        assertThat(found).extracting(DigestEntry::title).containsExactly(
                "Child ZW: Child safeguarding practice review", "Child ZX: Serious case review");
        assertThat(found).extracting(DigestEntry::linkTarget).containsExactly(
                "https://example.org/reviews/zw.pdf", "https://example.org/reviews/zx.pdf");
        assertThat(found.get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the absences were not followed up", "the school did not know of the family's move");
        assertThat(found.get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("safer sleep advice was given to one parent only");
        assertThat(text.text()).doesNotContain("References", "[6]", "https://www.fenwold.example/privacy")
                .contains("You are here: Home > Learning from reviews > Case reviews", "Accessibility Privacy");
    }

    @Test
    void aNoteNumberAfterTheWordsIsNoBrowserMark() {
        String text = "Child ZY: Rapid review\n\nRead the review [1]\n\nReferences\n\n1. https://example.org/zy.pdf\n";
        assertThat(DumpedLinkReferences.read(text)).isEqualTo(text);
    }

    @Test
    void aReferencesListWithOtherLinesOrUnnamedNumbersIsLeftAlone() {
        String cited = "[1]Read the review\n\nReferences\n\n1. https://example.org/a.pdf\nSmith, J. (2020) A study.\n";
        assertThat(DumpedLinkReferences.read(cited)).isEqualTo(cited);
        String unnamed = "Read the review\n\nReferences\n\n1. https://example.org/a.pdf\n2. https://example.org/b.pdf\n";
        assertThat(DumpedLinkReferences.read(unnamed)).isEqualTo(unnamed);
    }
}
