package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * A digest kept as a two-column table (field name | value) and pasted as plain text: each row 'Label TAB value', each
 * further paragraph of a cell on a line opened by a tab. The tab is the label's colon; a list label's cell paragraphs
 * are its points, and points in one paragraph are parted by semicolons; the 'Title' row gives the entry's title. Invented reviews.
 */
class TabbedFieldsDigestTest {

    private static final String PASTED = """
            Case reviews published in June 2026
            Every child and place in this digest is invented.

            Title\tChild TA: Serious case review
            Summary\tNeglect of a 4-year-old boy in 2022.
            Learning includes\tthe school's concerns about his weight were not shared
            \tno one saw him alone at home
            Recommendations include\tshare attendance worries with social care within a week; see the boy alone at every visit
            Report\tRead the overview report (PDF) https://example.org/ta.pdf

            Title\tBaby TB: Child safeguarding practice review
            Summary\tDeath of a 3-month-old girl in 2024.
            \tThe family had moved twice in a year.
            Learning includes\tthe father was not seen by the health visitor
            Good practice\tthe midwife saw the mother alone
            Report\tRead the practice review (PDF) https://example.org/tb.pdf
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }

    @Test
    void labelTabValueRowsAreLabelledFieldsAndTabLedLinesTheCellsParagraphs() {
        ParsedDigest digest = new DigestParser().parse(PASTED);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child TA: Serious case review",
                "Baby TB: Child safeguarding practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 4-year-old boy in 2022.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "the school's concerns about his weight were not shared", "no one saw him alone at home");
        assertThat(items(first, SectionType.RECOMMENDATIONS))
                .containsExactly("share attendance worries with social care within a week",
                        "see the boy alone at every visit");
        assertThat(first.linkTarget()).isEqualTo("https://example.org/ta.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.summary()).isEqualTo("Death of a 3-month-old girl in 2024. The family had moved twice in a year.");
        assertThat(items(second, SectionType.LEARNING)).containsExactly("the father was not seen by the health visitor");
        assertThat(items(second, SectionType.GOOD_PRACTICE)).containsExactly("the midwife saw the mother alone");
    }

    @Test
    void tabsInAFewLinesOfOrdinaryTextAreWhiteSpace() {
        TabbedFields fields = new TabbedFields(DigestGrammar.standard(), new UnitShapes(DigestGrammar.standard()));
        String text = "Child TC: Serious case review\nSummary\tNeglect in 2021.\nThe family moved.\nIt was not shared.\n"
                + "Learning includes:\n- no one asked\n";

        assertThat(fields.asFields(text)).isEqualTo(text);
    }
}
