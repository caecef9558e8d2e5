package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * A review title that ends with the year it was published, after a colon or a dash or in brackets ("...: published
 * 2018", "... (2020)", "...: 2021"): that year is the entry's publication year, not the digest's (digests-e2e-pending
 * b33, kind 2). A year among the title's own words ("Death of a baby in 2019") is an incident's, and a span of years
 * is no publication. Every child and place here is invented.
 */
class TitlePublicationYearTest {

    private final HeadingReader headings = new HeadingReader(DigestGrammar.standard());
    private final DigestParser parser = new DigestParser();

    @Test
    void aYearEndingTheTitleAfterAColonADashOrInBracketsIsItsPublicationYear() {
        assertThat(headings.read("Child TB: Serious case review: published 2018").year()).isEqualTo(2018);
        assertThat(headings.read("Children HM and JM: Learning review (2020)").year()).isEqualTo(2020);
        assertThat(headings.read("Child FW: Child safeguarding practice review: 2021").year()).isEqualTo(2021);
        assertThat(headings.read("Baby LV: Rapid review \u2013 published March 2017").year()).isEqualTo(2017);
        assertThat(headings.read("Child DE: Serious case review (published 2016)").year()).isEqualTo(2016);
        assertThat(headings.read("Children HM and JM: Learning review (2020)").childName()).isEqualTo("Children HM and JM");
        assertThat(headings.read("Children HM and JM: Learning review (2020)").title())
                .isEqualTo("Children HM and JM: Learning review (2020)");
    }

    @Test
    void aYearAmongTheTitlesWordsOrASpanOfYearsIsNoPublicationYear() {
        assertThat(headings.read("Child GR: Death of a baby in 2019").year()).isNull();
        assertThat(headings.read("Child SP: neglect from 2015 to 2018").year()).isNull();
        assertThat(headings.read("Child KD: Serious case review (2015-2018)").year()).isNull();
        assertThat(headings.read("Child MQ: Serious case review (died 2019)").year()).isNull();
        assertThat(headings.read("Child WP: Serious case review 2019").year()).isNull();
        assertThat(headings.read("Child VB: Child safeguarding practice review").year()).isNull();
    }

    private static final String DIGEST = """
            Case reviews published in April 2024

            Three case reviews were added in April 2024. Every child and place below is invented.

            Child TB: Serious case review: published 2018

            Neglect of a 6-year-old boy in 2016 who was often left alone at home.

            Learning includes:

            - the school did not share its worries about his weight

            Read serious case review (PDF): https://example.org/tb.pdf

            Children HM and JM: Learning review (2020)

            Physical abuse of two brothers, aged 3 and 5, by their stepfather in 2019.

            Learning includes:

            - the stepfather's history was not checked

            Read learning review (PDF): https://example.org/hm.pdf

            Child GR: Death of a baby in 2019

            Death of a 3-month-old boy in 2019 who was found unresponsive in his parents' bed.

            Learning includes:

            - safe sleep advice was given once only

            Read practice review (PDF): https://example.org/gr.pdf
            """;

    @Test
    void theTitlesYearIsTheEntrysAndTheDigestsYearStaysForTheOthers() {
        ParsedDigest digest = parser.parse(DIGEST);
        assertThat(digest.problems()).isEmpty();
        assertThat(digest.month()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TB: Serious case review: published 2018", "Children HM and JM: Learning review (2020)",
                "Child GR: Death of a baby in 2019");
        assertThat(digest.entries()).extracting(DigestEntry::headingYear).containsExactly(2018, 2020, null);
    }
}
