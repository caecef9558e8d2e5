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
 * reStructuredText source saved as a plain-text digest (b40's kind 3): rubric and admonition titles as labels,
 * hyperlinks as links, targets and directives as markup. Invented reviews: their children and places do not exist.
 */
class RestructuredTextDigestTest {

    private static final String PAGE = """
            .. Invented page for a test; no child, family or place in it is real.

            *******************************
            Partnership reviews: March 2034
            *******************************

            :Editor: Learning and improvement group

            .. warning::
               Made up for testing.

            .. toctree::
               :maxdepth: 2

               archive

            .. _child-tq:

            Child TQ: Local child safeguarding practice review
            --------------------------------------------------

            Neglect of a 12-year-old boy in 2033 who was left to look after his younger
            sisters. Child TQ is White British.

            .. rubric:: Key learning

            * his caring role was not noticed by the school
            * nobody asked why the family had moved three times

            .. rubric:: Recommendations

            * ask every pupil who is often late about caring at home

            .. topic:: Strengths

               * a youth worker who kept in touch after the family moved

            `Read the Child TQ review (PDF) <https://example.org/reviews/tq.pdf>`__

            ----

            .. _child-tr:

            Child TR: Local child safeguarding practice review
            --------------------------------------------------

            Serious harm to a 10-month-old girl in 2033 who swallowed a battery. Child TR is of
            Polish heritage.

            .. rubric:: Key learning

            - the health visitor's advice on small batteries was not given

            `Read the TR review`_

            .. _Read the TR review: https://example.org/reviews/tr.pdf

            ----

            .. _child-ts:

            Child TS: Local child safeguarding practice review
            --------------------------------------------------

            Physical abuse of an 8-year-old boy in 2032 by his stepfather. Child TS is
            White Irish.

            .. rubric:: Key learning

            - the boy's fear of going home was written down but not acted on
            """;

    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void directivesTitlesAreLabelsAndHyperlinksAreLinks() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews-2034-03.txt"), PAGE);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        List<DigestEntry> found = new DigestParser().parse(text.text(), text.pageBreaks()).entries();

        assertThat(found).extracting(DigestEntry::title).containsExactly(
                "Child TQ: Local child safeguarding practice review", "Child TR: Local child safeguarding practice review",
                "Child TS: Local child safeguarding practice review");
        DigestEntry tq = found.get(0);
        assertThat(tq.summary()).isEqualTo("Neglect of a 12-year-old boy in 2033 who was left to look after his younger "
                + "sisters. Child TQ is White British.");
        assertThat(items(tq, SectionType.LEARNING)).containsExactly(
                "his caring role was not noticed by the school", "nobody asked why the family had moved three times");
        assertThat(items(tq, SectionType.RECOMMENDATIONS)).containsExactly("ask every pupil who is often late about caring at home");
        assertThat(items(tq, SectionType.GOOD_PRACTICE)).containsExactly("a youth worker who kept in touch after the family moved");
        assertThat(tq.linkTarget()).isEqualTo("https://example.org/reviews/tq.pdf");
        DigestEntry tr = found.get(1);
        assertThat(items(tr, SectionType.LEARNING)).containsExactly("the health visitor's advice on small batteries was not given");
        assertThat(tr.linkTarget()).isEqualTo("https://example.org/reviews/tr.pdf");
        assertThat(items(found.get(2), SectionType.LEARNING)).containsExactly(
                "the boy's fear of going home was written down but not acted on");
    }

    @Test
    void onlyTextWithItsOwnEvidenceIsRestructuredText() {
        assertThat(RestructuredText.isRestructuredText(PAGE)).isTrue();
        assertThat(RestructuredText.isRestructuredText("""
                Case reviews
                ============

                .. a line starting with dots .. and more
                Child A: Serious case review
                """)).isFalse();
        assertThat(RestructuredText.toMarkdown(PAGE)).contains("# Partnership reviews: March 2034\n")
                .contains("## Child TQ: Local child safeguarding practice review\n")
                .contains("**Key learning**").doesNotContain("toctree", "archive", "_child-tq", "maxdepth", "Made up for testing.\n\n.. ");
        assertThat(RestructuredText.toMarkdown(PAGE + "\nOlder copies: https://example.org/old_files_/list.pdf\n"))
                .contains("https://example.org/old_files_/list.pdf");
    }
}
