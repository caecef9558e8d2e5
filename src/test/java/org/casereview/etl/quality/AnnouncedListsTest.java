package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

class AnnouncedListsTest {

    private static final String FINDINGS = "The review found that nobody asked about the lodger. The learning points are:\n"
            + "1\n"
            + "1. Practitioners should ask who else lives in the home.\n"
            + "2. A toddler missing nursery for weeks is a safeguarding concern.\n"
            + "3. An injury that does not fit the account needs a medical opinion.";
    private static final String RECOMMENDATIONS = "a. The Board should publish guidance on adults in the household.\n"
            + "b. Health visitors should follow up a child who stops attending nursery.";

    private static Section section(SectionType type, int ordinal, String heading, String text) {
        return new Section(type, ordinal, heading, text, ordinal, ordinal, List.<Item>of());
    }

    private static ItemRow item(SectionType type, int no, String text) {
        return new ItemRow(type, no, text, 2);
    }

    @Test
    void learningListAnnouncedButNotGivenAsLearning() {
        ReportEvidence entryReadAsRecommendation = new ReportEvidence(2, List.of(
                section(SectionType.FINDINGS, 1, "3 What did we find?", FINDINGS),
                section(SectionType.RECOMMENDATIONS, 2, "4 What needs to change?", RECOMMENDATIONS)), List.of(
                item(SectionType.RECOMMENDATIONS, 1, "Practitioners should ask who else lives in the home."),
                item(SectionType.RECOMMENDATIONS, 2, "The Board should publish guidance on adults in the household."),
                item(SectionType.RECOMMENDATIONS, 3, "Health visitors should follow up a child who stops attending "
                        + "nursery.")));

        assertThat(AnnouncedLists.fewerItemsThanAnnounced(entryReadAsRecommendation))
                .contains("\"3 What did we find?\" announces 3 learning entries, the report gives 0");
        assertThat(ReportChecks.judge(entryReadAsRecommendation, null).notes())
                .contains("\"3 What did we find?\" announces 3 learning entries, the report gives 0");
    }

    @Test
    void announcedListGivenInFullIsFine() {
        ReportEvidence read = new ReportEvidence(2, List.of(
                section(SectionType.FINDINGS, 1, "3 What did we find?", FINDINGS)), List.of(
                item(SectionType.LEARNING, 1, "Practitioners should ask who else lives in the home."),
                item(SectionType.LEARNING, 2, "A toddler missing nursery for weeks is a safeguarding concern."),
                item(SectionType.LEARNING, 3, "An injury that does not fit the account needs a medical opinion.")));

        assertThat(AnnouncedLists.fewerItemsThanAnnounced(read)).isEmpty();
    }

    @Test
    void subPointsSummariesAndKindsNamedMidSentenceAreNoEntriesOfTheList() {
        String withSubPoints = "The review makes two recommendations:\n"
                + "1. The partnership should audit referrals for children who are not seen:\n"
                + "a. at the front door;\n"
                + "b. in early help.\n"
                + "2. Schools should record each missing episode.";
        String midSentence = "In light of the learning, the review asks that:\n"
                + "\u2022 agencies share records;\n\u2022 the Board checks progress;\n\u2022 schools take part.";
        ReportEvidence evidence = new ReportEvidence(4, List.of(
                section(SectionType.SUMMARY, 1, "Executive summary", FINDINGS),
                section(SectionType.RECOMMENDATIONS, 2, "6 Recommendations", withSubPoints),
                section(SectionType.CONCLUSION, 3, "7 Conclusion", midSentence)), List.of(
                item(SectionType.RECOMMENDATIONS, 1, "The partnership should audit referrals for children who are not "
                        + "seen: at the front door; in early help."),
                item(SectionType.RECOMMENDATIONS, 2, "Schools should record each missing episode.")));

        assertThat(AnnouncedLists.fewerItemsThanAnnounced(evidence)).isEmpty();
    }

    @Test
    void leadInsNamingTheirKind() {
        assertThat(AnnouncedLists.announced("The learning points are:")).contains(SectionType.LEARNING);
        assertThat(AnnouncedLists.announced("The review identified the following learning.")).contains(SectionType.LEARNING);
        assertThat(AnnouncedLists.announced("The review makes four recommendations:"))
                .contains(SectionType.RECOMMENDATIONS);
        assertThat(AnnouncedLists.announced("The following good practice was seen."))
                .contains(SectionType.GOOD_PRACTICE);
        assertThat(AnnouncedLists.announced("The review found three things:")).isEmpty();
        assertThat(AnnouncedLists.announced("In light of the learning, the review recommends that:")).isEmpty();
    }
}
