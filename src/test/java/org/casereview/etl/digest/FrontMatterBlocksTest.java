package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/** One YAML front matter block per review in markdown joined from one file per review: the block is the review's heading. */
class FrontMatterBlocksTest {

    private static final String JOINED = """
            ---
            layout: digest
            title: Case reviews of March 2033
            ---

            Reviews of March 2033
            =====================

            Three reviews were added this month. Every child and place here is invented.

            ---
            date: 2033-02-27
            title: 'Infant KY: Serious case review'
            area: Ravensholt
            tags:
              - sleep
              - housing
            ---

            Infant KY, a 2-month-old boy, died in 2032 after sleeping on a sofa with his father.

            What we learned
            ---------------

            - safer sleep advice was given once, in hospital
            - the family's move to a flat was not shared with the health visitor

            [Read the overview report](https://example.org/reviews/ky.pdf)

            ---
            title: "Young person LY: Learning review"
            summary_only: true
            report: https://example.org/reviews/ly.pdf
            ---

            Young person LY, a 16-year-old girl, was exploited by a gang in 2031 and went missing eleven times.

            Recommendations
            ---------------

            - return home interviews for every missing episode
            - one lead worker for a child exploited outside the home

            ---
            title: "Twins MY and NY: Child safeguarding practice review"
            date: 2033-03-02
            ---

            Twins MY and NY, aged 3, were neglected in 2032 by parents who misused alcohol.

            Learning includes
            -----------------

            - nursery absences were not followed up

            [Read the full review (PDF)](https://example.org/reviews/myny.pdf)
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void eachBlocksTitleHeadsItsReview() {
        ParsedDigest digest = new DigestParser().parse(JOINED);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Infant KY: Serious case review",
                "Young person LY: Learning review", "Twins MY and NY: Child safeguarding practice review");
        assertThat(digest.entries().get(0).summary())
                .isEqualTo("Infant KY, a 2-month-old boy, died in 2032 after sleeping on a sofa with his father.");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "return home interviews for every missing episode", "one lead worker for a child exploited outside the home");
        assertThat(items(digest.entries().get(2), SectionType.LEARNING)).containsExactly("nursery absences were not followed up");
    }

    @Test
    void theBlocksAreaDateAndReportKeysAreReadAndItsOtherKeysAreNotText() {
        ParsedDigest digest = new DigestParser().parse(JOINED);

        DigestEntry ky = digest.entries().get(0);
        assertThat(ky.area()).isEqualTo("Ravensholt");
        assertThat(ky.headingYear()).isEqualTo(2033);
        assertThat(ky.linkTarget()).isEqualTo("https://example.org/reviews/ky.pdf");
        assertThat(digest.entries().get(1).linkTarget()).isEqualTo("https://example.org/reviews/ly.pdf");
        assertThat(digest.entries().get(2).linkTarget()).isEqualTo("https://example.org/reviews/myny.pdf");
        assertThat(digest.entries()).allSatisfy(e -> assertThat(e.summary()).doesNotContain("title:", "summary_only", "tags"));
        assertThat(items(ky, SectionType.LEARNING)).hasSize(2);
    }

    @Test
    void theDigestsOwnFrontMatterAtTheTopAnUnclosedBlockAndRuledRecordsStayAsTheyWere() {
        FrontMatterBlocks blocks = new FrontMatterBlocks(DigestGrammar.standard());
        String top = "---\ntitle: Digest of May 2033\n---\n\nText.";
        String unclosed = "Intro.\n\n---\ntitle: Child QY: Review\n\nChild QY was harmed.";

        assertThat(blocks.asHeadings(top)).isEqualTo(top);
        assertThat(blocks.asHeadings(unclosed)).isEqualTo(unclosed);
        assertThat(blocks.asHeadings("Intro.\n\n---\ntitle: \"Child QY: Review\"\nnotes: none\n---\n\nText."))
                .isEqualTo("Intro.\n\n## Child QY: Review\n\n\n\n\nText.");
        String records = "Intro.\n\n---\nTitle: Child QY: Review\nArea: Ravensholt\n---\n\nText.";
        assertThat(blocks.asHeadings(records)).isEqualTo(records);
    }
}
