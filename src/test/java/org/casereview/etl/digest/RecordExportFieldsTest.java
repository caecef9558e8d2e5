package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Digests b23, kinds 3 and 4: field names padded to their value's column with dot leaders instead of colons, under
 * a record counter; and labels numbered by a Word multilevel list ("2.1 Learning includes:").
 */
class RecordExportFieldsTest {

    /** A plain-text export, fields padded with dot leaders (spaced ones too). Invented. */
    private static final String EXPORT = """
            REVIEWS IN THE LIBRARY, APRIL 2033
            Two reviews were added in April 2033. Every child and place here is invented.

            Entry 1 of 2
            =========================================================
            Review title . . . Child BV: Serious case review
            Summary . . . . .  Child BV, a 9-year-old girl, was neglected at home for
                               three years before she was taken into care in 2031.
            Findings . . . . . - her school reported her hunger twice
                               - the reports were closed without a visit
            Report . . . . . . Read the overview report (PDF)
                               <https://example.org/bv.pdf>

            Entry 2 of 2
            =========================================================
            Review title . . . Tomos: Child practice review
            Summary . . . . .  Tomos, a 2-month-old boy, died in 2032 after his
                               father shook him.
            Recommendations .. - talk to fathers about crying before the birth
            Good practice .... - the midwife saw the father alone
            Report . . . . . . Read the practice review (PDF)
                               <https://example.org/cv.pdf>
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }

    @Test
    void dotLeadersEndFieldNamesAsColonsAndATitleFieldIsTheEntrysTitle() {
        ParsedDigest digest = new DigestParser().parse(EXPORT);

        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child BV: Serious case review", "Tomos: Child practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Child BV, a 9-year-old girl, was neglected at home for three years "
                + "before she was taken into care in 2031.");
        assertThat(items(first, SectionType.LEARNING))
                .containsExactly("her school reported her hunger twice", "the reports were closed without a visit");
        assertThat(first.linkTarget()).isEqualTo("https://example.org/bv.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.RECOMMENDATIONS)).containsExactly("talk to fathers about crying before the birth");
        assertThat(items(second, SectionType.GOOD_PRACTICE)).containsExactly("the midwife saw the father alone");
        assertThat(second.linkTarget()).isEqualTo("https://example.org/cv.pdf");
    }

    @Test
    void aContentsLineWithAPageNumberAndALoneLeaderAreNoFieldsSpacedLeadersAre() {
        DotLeaderFields fields = new DotLeaderFields(DigestGrammar.standard());
        String contents = "Introduction .......... 3\nChild BV ............. iv\nLearning ...... the end\n";
        String once = "Learning ...... the end\nOther text\n";

        assertThat(fields.asFields(contents)).isEqualTo(contents);
        assertThat(fields.asFields(once)).isEqualTo(once);
        assertThat(fields.asFields("Title . . . Child FV: Serious case review\nSummary . . . Child FV was hurt.\n"))
                .isEqualTo("Child FV: Serious case review\nSummary: Child FV was hurt.\n");
    }

    /** As Tika writes a Word document numbered by one multilevel list: titles "1.", labels "1.1", points "a)". Invented. */
    private static final String MULTILEVEL = """
            Reviews published in May 2034

            1. Child DV: Child safeguarding practice review

            Child DV, a 12-year-old boy, was exploited to carry drugs in 2033.

            1.1 Learning includes:

            a) his absences from school were not linked to the exploitation

            1.2 Recommendations include:

            a) share missing episodes with the school the same day

            2. Child EV: Serious case review

            Child EV, a 4-year-old girl, was scalded in 2032 and not taken to hospital.

            2.1 Learning includes:

            a) the burn was seen by a nursery worker and not reported

            2.2.1 Identifies good practice including:

            a) the GP saw her within an hour
            """;

    @Test
    void aMultilevelNumberBeforeALabelIsTheLabelsNumberNotTheTextBeforeIt() {
        ParsedDigest digest = new DigestParser().parse(MULTILEVEL, false);

        assertThat(digest.entries()).hasSize(2);
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Child DV, a 12-year-old boy, was exploited to carry drugs in 2033.");
        assertThat(items(first, SectionType.LEARNING))
                .containsExactly("his absences from school were not linked to the exploitation");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly("share missing episodes with the school the same day");
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.LEARNING)).containsExactly("the burn was seen by a nursery worker and not reported");
        assertThat(items(second, SectionType.GOOD_PRACTICE)).containsExactly("the GP saw her within an hour");
    }
}
