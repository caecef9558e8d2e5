package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (session 31's withdrawn marked-label rule, back in session 33): a printed web page's jump list ('On this
 * page' over '- Summary', '- What we learned', '- Recommendations', ... each a link to a heading below) is navigation:
 * its '- Recommendations' is no label over a list whose point is '- Next steps'. With the marked-label rule and no jump
 * lists, the page below read an entry 'From: ...' with the recommendation 'Next steps', and a report like it
 * (reports-e2e batch32's web page) was sniffed as a digest. Every place and child here is invented.
 */
class JumpListsTest {

    private static final String PAGE = """
            Ashcombe Borough Council

            # Local child safeguarding practice review: Child M

            Published: 9 October 2030

            From: Ashcombe Safeguarding Children Partnership

            On this page

            - Summary
            - What happened
            - What we learned
            - Recommendations
            - Next steps

            ## Summary

            This page sets out what an invented review found about Child M, a boy of seven who was neglected at home.

            ## What happened

            Child M often came to school hungry and in the same clothes. The school told the family support team twice.

            ## What we learned

            1. Signs of neglect were seen one at a time and never added up.
            2. The school did not know the family support team had closed the case.

            ## Recommendations

            1. The partnership should publish a neglect screening tool for schools.
            2. Family support should tell the school when it closes a case.

            ## Next steps

            The partnership will report on the recommendations in a year.
            """;

    @Test
    void aPagesJumpListGivesNoSectionAndNoPoint() {
        List<DigestEntry> entries = new DigestParser().parse(PAGE).entries();

        assertThat(entries.stream().flatMap(e -> e.sections().stream()).flatMap(s -> s.items().stream())
                .map(Item::text)).containsExactly(
                "Signs of neglect were seen one at a time and never added up",
                "The school did not know the family support team had closed the case",
                "The partnership should publish a neglect screening tool for schools",
                "Family support should tell the school when it closes a case");
        assertThat(entries.stream().flatMap(e -> e.sections().stream()).map(Section::text))
                .noneMatch(text -> text.contains("- What happened") || text.contains("- Next steps"));
    }

    @Test
    void theJumpListsLinesAreBlankedAndTheLineCountKept() {
        String blanked = JumpLists.blank(PAGE, line -> line.equals("- Recommendations"));

        List<String> before = PAGE.lines().toList();
        List<String> after = blanked.lines().toList();
        assertThat(after).hasSameSizeAs(before);
        int first = before.indexOf("- Summary");
        assertThat(after.subList(first, first + 5)).containsOnly("");
        assertThat(after.subList(0, first)).isEqualTo(before.subList(0, first));
        assertThat(after.subList(first + 5, after.size())).isEqualTo(before.subList(first + 5, before.size()));
    }

    @Test
    void aMarkedLabelOverSentencesIsNoJumpList() {
        String digest = """
                - Learning
                - the parents' reports were treated as missing person reports only
                - Recommendations
                - treat online grooming reports as child protection matters

                Learning
                """;

        assertThat(JumpLists.blank(digest, line -> true)).isEqualTo(digest);
    }

    @Test
    void shortPointsPrintedNowhereElseAreNoJumpList() {
        String digest = """
                - Recommendations
                - Neglect training for schools
                - Early help for families
                - Housing checks

                Child N: Serious case review
                """;

        assertThat(JumpLists.blank(digest, line -> true)).isEqualTo(digest);
    }

    @Test
    void aListOfNamesPrintedAgainButHoldingNoLabelStays() {
        String contents = """
                - Child A
                - Child B
                - Child C

                Child A

                Child B
                """;

        assertThat(JumpLists.blank(contents, line -> false)).isEqualTo(contents);
        assertThat(JumpLists.blank(contents, line -> true)).isEqualTo("\n\n\n\nChild A\n\nChild B\n");
    }
}
