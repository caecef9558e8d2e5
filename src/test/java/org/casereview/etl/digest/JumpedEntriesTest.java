package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * A newsletter whose reviews jump: a review starts on page 1 (title, first sentence, 'Continued on page 2'), other
 * reviews follow whole, and on page 2 the title again with '(continued from page 1)' over the rest of it. The
 * continuation goes on the review whose title it repeats, wherever that review stands, not on the review before it.
 * The text is as the job reads such a digest (Chromium, tagged: b45's jumps file, names invented).
 */
class JumpedEntriesTest {

    private static final String NEWSLETTER = """
            # Learning from case reviews: May 2025

            This month four case reviews were published. All of the children, families and places below are invented.

            ## Child EP: Child safeguarding practice review

            Death of a 2-year-old girl in 2024 who swallowed her mother's methadone.

            Continued on page 2 \u2192

            ## Child FP: Child safeguarding practice review

            Serious harm to a 13-year-old boy in 2025 who was found with a knife after being drawn into county lines drug dealing. Child FP is of mixed White and Black African heritage.

            Learning includes:

            - the exclusions were not shared with the youth offending service

            Recommendations include:

            - review every part-time timetable after six weeks

            [Read practice review (PDF)](https://example.org/fp.pdf)

            ## Baby GP: Serious case review (executive summary)

            Death of a 10-week-old baby boy in 2018 while sharing a bed with his parents, who had both been drinking.

            Continued on page 2 \u2192

            ## Children HP, JP and KP: Child safeguarding practice review

            Emotional abuse and neglect of three siblings aged 6, 10 and 12 between 2020 and 2023. The children are of Romanian heritage.

            Learning includes:

            - the children's views were not sought in the domestic abuse risk assessment

            Recommendations include:

            - hear from every child in a family referred to the domestic abuse panel

            [Read practice review (PDF)](https://example.org/hp.pdf)

            ## Child EP: Child safeguarding practice review (continued from page 1)

            Her mother, aged 26, was on a substitute prescription and the medicine was not kept in a locked box. Child EP is White British.

            Learning includes:

            - the drug service did not visit the home to check how methadone was stored

            Recommendations include:

            - check safe storage at home for every parent on a substitute prescription

            [Read practice review (PDF)](https://example.org/ep.pdf)

            ## Baby GP: Serious case review (executive summary) (continued from page 1)

            The review found no evidence of deliberate harm. Baby GP is White British.

            Learning includes:

            - safer sleep advice did not mention alcohol

            Makes no recommendations as the partnership's safer sleep campaign was already under way.

            [Read executive summary (PDF)](https://example.org/gp.pdf)

            Summaries written for testing: every child, family and place in this digest is invented.
            """;

    @Test
    void aContinuationFromAnEarlierPageGoesOnTheReviewWhoseTitleItRepeats() {
        ParsedDigest digest = new DigestParser().parse(NEWSLETTER);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child EP: Child safeguarding practice review", "Child FP: Child safeguarding practice review",
                "Baby GP: Serious case review (executive summary)",
                "Children HP, JP and KP: Child safeguarding practice review");
        DigestEntry ep = digest.entries().get(0);
        assertThat(ep.summary()).isEqualTo("Death of a 2-year-old girl in 2024 who swallowed her mother's methadone. "
                + "Her mother, aged 26, was on a substitute prescription and the medicine was not kept in a locked box. "
                + "Child EP is White British.");
        assertThat(items(ep, SectionType.LEARNING)).containsExactly(
                "the drug service did not visit the home to check how methadone was stored");
        assertThat(ep.linkTarget()).isEqualTo("https://example.org/ep.pdf");
        DigestEntry gp = digest.entries().get(2);
        assertThat(gp.summary()).endsWith("The review found no evidence of deliberate harm. Baby GP is White British.");
        assertThat(gp.noRecommendations()).isTrue();
        DigestEntry hp = digest.entries().get(3);
        assertThat(items(hp, SectionType.LEARNING)).containsExactly(
                "the children's views were not sought in the domestic abuse risk assessment");
        assertThat(hp.linkTarget()).isEqualTo("https://example.org/hp.pdf");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }
}
