package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Digests b20, kinds 3-5: a contents list of in-document links is no entry, labels given as list items leave no
 * marker behind, a list item that is only the report link is the link line, and a closing note after the last list
 * is no point of it.
 */
class NavigationAndListShapesTest {

    private final DigestParser parser = new DigestParser();

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void linesThatAreOnlyLinksToPlacesInTheDocumentWithTheirPageNumbersAreAContentsList() {
        ParsedDigest digest = parser.parse("""
                # Case reviews \u2013 April 2031

                Contents

                [Child QH: Serious case review](#_Toc11) [2](#_Toc11)

                [Child QJ: Child safeguarding practice review](#_Toc12)\t3

                # Child QH: Serious case review

                Neglect of a 5-year-old boy in 2030 whose father misused alcohol.

                **Learning includes:**

                - the school's worries were not shared

                # Child QJ: Child safeguarding practice review

                Serious harm to a 2-month-old girl in 2030.

                **Learning includes:**

                - the father's history was not known
                """, false);

        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QH: Serious case review", "Child QJ: Child safeguarding practice review");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly("the father's history was not known");
    }

    @Test
    void labelsAsNestedListItemsOpenSectionsAndTheLinkItemIsTheReportLink() {
        ParsedDigest digest = parser.parse("""
                # Case reviews update: April 2031

                1. **Child QK: Child safeguarding practice review**

                   Serious harm to a 13-year-old girl in 2030 who was exploited by an adult man. Child QK is White British.

                   - Learning includes:
                     - her missing episodes were not linked
                     - the school did not follow up her absence
                   - Identifies good practice including:
                     - a youth worker who kept in touch with her
                   - Recommendations include:
                     - hold a strategy discussion after a third missing episode
                   - [Read practice review (PDF)](https://example.org/media/2031/qk.pdf)

                ---

                *Summaries prepared by the learning team: every name in this digest is invented.*
                """);

        assertThat(digest.entries()).hasSize(1);
        DigestEntry qk = digest.entries().get(0);
        assertThat(qk.summary()).endsWith("Child QK is White British.");
        assertThat(items(qk, SectionType.LEARNING))
                .containsExactly("her missing episodes were not linked", "the school did not follow up her absence");
        assertThat(items(qk, SectionType.GOOD_PRACTICE)).containsExactly("a youth worker who kept in touch with her");
        assertThat(items(qk, SectionType.RECOMMENDATIONS)).containsExactly("hold a strategy discussion after a third missing episode");
        assertThat(qk.linkTarget()).isEqualTo("https://example.org/media/2031/qk.pdf");
    }

    @Test
    void aClosingNoteAfterTheLastEntrysLastListIsNoPointOfIt() {
        ParsedDigest digest = parser.parse("""
                **Child QL: Child practice review**
                [Read child practice review (PDF)](https://example.org/media/2031/ql.pdf)

                Summary

                Serious harm to a 2-year-old boy in 2030 who was burnt while left with his father.

                Recommendations include:

                - transfer health records within five working days of a family moving

                Summaries prepared by the learning team: every name in this digest is invented.
                """, false);

        assertThat(digest.entries()).hasSize(1);
        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                .containsExactly("transfer health records within five working days of a family moving");
    }

    @Test
    void paragraphItemsUnderALabelAloneStayItemsOfTheLastEntry() {
        ParsedDigest digest = parser.parse("""
                **Child QM: Serious case review**

                Neglect of a 7-year-old girl in 2030 whose mother misused drugs.

                Recommendations include:

                Share every referral with the school nurse.

                Review every plan after three months.
                """, false);

        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                .containsExactly("Share every referral with the school nurse", "Review every plan after three months");
    }
}
