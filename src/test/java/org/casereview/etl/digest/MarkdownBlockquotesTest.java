package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/** Digests b23, kind 2: a markdown digest whose reviews stand inside blockquotes and callouts. */
class MarkdownBlockquotesTest {

    /** Obsidian callouts, folded ("-") and open ("+"), one nested in a plain quote ("> >"). Invented. */
    private static final String CALLOUTS = """
            # Reviews added in March 2032

            Two reviews were added this month. Every child and place here is invented.

            > [!case]+ Child RQ: Serious case review
            > Child RQ, a 6-year-old boy, was burned by a kettle in 2030 while left alone at home.
            >
            > **Key learning:**
            > - nobody asked who looked after him after school
            > - the burn was treated as an accident without a home visit
            >
            > [Read the overview report (PDF)](https://example.org/rq.pdf)

            > > [!summary]- Baby SQ: Child safeguarding practice review
            > > Baby SQ, a 3-month-old girl, was found with bruising to her ears in 2031.
            > >
            > > **Recommendations:**
            > > - check the ears of every baby brought in with a bruise
            > >
            > > [Read the review (PDF)](https://example.org/sq.pdf)
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }

    @Test
    void eachCalloutIsAnEntryHeadedByItsTitleWithItsListsAndLink() {
        ParsedDigest digest = new DigestParser().parse(CALLOUTS);

        assertThat(digest.heading()).isEqualTo("Reviews added in March 2032");
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child RQ: Serious case review", "Baby SQ: Child safeguarding practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary())
                .isEqualTo("Child RQ, a 6-year-old boy, was burned by a kettle in 2030 while left alone at home.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "nobody asked who looked after him after school", "the burn was treated as an accident without a home visit");
        assertThat(first.linkTarget()).isEqualTo("https://example.org/rq.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.RECOMMENDATIONS))
                .containsExactly("check the ears of every baby brought in with a bruise");
        assertThat(second.linkTarget()).isEqualTo("https://example.org/sq.pdf");
    }

    @Test
    void aQuotedBlockLosesItsMarksAndACalloutWithoutATitleItsTypeLine() {
        assertThat(MarkdownBlockquotes.unquote("""
                > [!NOTE]
                > Names are invented.
                >> deeper
                text"""))
                .isEqualTo("\nNames are invented.\ndeeper\ntext");
    }

    @Test
    void aSingleQuotedLineIsAnArrowBeforeALinkAndStays() {
        String text = "Baby TQ, a girl, died in 2029.\n\n> Read the executive summary\n\nNext";

        assertThat(MarkdownBlockquotes.unquote(text)).isEqualTo(text);
    }
}
