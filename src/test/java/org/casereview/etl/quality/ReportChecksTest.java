package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

class ReportChecksTest {

    private static final String PAGE_OF_TEXT = "The agencies met twice and shared what they knew. ".repeat(20);

    private static Section section(SectionType type, int ordinal, String heading, String text) {
        return new Section(type, ordinal, heading, text, ordinal, ordinal, List.<Item>of());
    }

    private static final List<Section> GOOD = List.of(
            section(SectionType.INTRODUCTION, 1, "1. Introduction", PAGE_OF_TEXT),
            section(SectionType.FINDINGS, 2, "2. Findings", PAGE_OF_TEXT + PAGE_OF_TEXT),
            section(SectionType.RECOMMENDATIONS, 3, "3. Recommendations", PAGE_OF_TEXT));
    private static final List<ItemRow> GOOD_ITEMS = List.of(
            new ItemRow(SectionType.LEARNING, 1, "Health visitors should ask about safe sleeping arrangements", 5),
            new ItemRow(SectionType.RECOMMENDATIONS, 1, "The partnership should audit information sharing at referral", 6),
            new ItemRow(SectionType.RECOMMENDATIONS, 2, "Schools should record every missed education day", 6),
            new ItemRow(SectionType.RECOMMENDATIONS, 3, "Supervision should revisit drift in child protection plans", 6));

    @Test
    void aWellReadReportIsOk() {
        Verdict v = ReportChecks.judge(new ReportEvidence(6, GOOD, GOOD_ITEMS), new DigestExpectation(1, 3,
                List.of(new ItemRow(SectionType.RECOMMENDATIONS, 1, "audit information sharing at referral", null))));
        assertThat(v.quality()).isEqualTo("ok");
        assertThat(v.notesText()).isNull();
    }

    @Test
    void aLongReportWithoutSectionsIsDoubtful() {
        Verdict v = ReportChecks.judge(new ReportEvidence(12, List.of(), List.of()), null);
        assertThat(v.quality()).isEqualTo("doubtful");
        assertThat(v.notesText()).isEqualTo("no headed sections found; no learning, findings or recommendations section");
    }

    @Test
    void aShortBriefingWithoutLearningSectionIsNotBlamedForIt() {
        List<Section> intro = List.of(section(SectionType.INTRODUCTION, 1, "About", PAGE_OF_TEXT));
        assertThat(ReportChecks.noLearningSection(new ReportEvidence(3, intro, List.of()))).isEmpty();
        assertThat(ReportChecks.noLearningSection(new ReportEvidence(4, intro, List.of())))
                .contains("no learning, findings or recommendations section");
    }

    @Test
    void headingsNoneTyped() {
        List<Section> untyped = List.of(section(SectionType.OTHER, 1, "Part one", PAGE_OF_TEXT),
                section(SectionType.OTHER, 2, "Part two", PAGE_OF_TEXT));
        assertThat(ReportChecks.headingsNoneTyped(new ReportEvidence(2, untyped, List.of())))
                .contains("headings found but none typed");
        assertThat(ReportChecks.headingsNoneTyped(new ReportEvidence(2, GOOD, List.of()))).isEmpty();
    }

    @Test
    void mostTextInUntypedSectionsGivesItsShare() {
        List<Section> sections = List.of(section(SectionType.LEARNING, 1, "Learning", "x".repeat(100)),
                section(SectionType.OTHER, 2, "Chronology", "x".repeat(300)));
        assertThat(ReportChecks.mostTextUntyped(new ReportEvidence(2, sections, List.of())))
                .contains("75% of section text untyped");
        assertThat(ReportChecks.mostTextUntyped(new ReportEvidence(2, GOOD, List.of()))).isEmpty();
    }

    @Test
    void littleTextInsideSectionsOfALongReport() {
        List<Section> thin = List.of(section(SectionType.LEARNING, 1, "Learning", "x".repeat(1000)));
        assertThat(ReportChecks.mostTextOutsideSections(new ReportEvidence(20, thin, List.of())))
                .contains("little text inside sections (50 characters a page)");
        assertThat(ReportChecks.mostTextOutsideSections(new ReportEvidence(4, thin, List.of()))).isEmpty();
    }

    @Test
    void aRecommendationsTableNotReadAsItemsIsDoubtful() {
        Section table = section(SectionType.RECOMMENDATIONS, 4, "4 Recommendations", """
                No. Recommendation
                1 Early help services should not close a referral without seeing the child.
                2 Schools should make a home visit within three days when attendance falls sharply.""");
        List<ItemRow> learningOnly = List.of(GOOD_ITEMS.get(0));
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(2, List.of(table), learningOnly)))
                .contains("recommendations section \"4 Recommendations\" gave no items");
        List<ItemRow> read = List.of(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "Early help services should not close a referral without seeing the child.", 2));
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(2, List.of(table), read))).isEmpty();
    }

    @Test
    void learningToldInProseBesideRecommendationItemsIsFineButItsNumberedLinesAreNot() {
        Section prose = section(SectionType.LEARNING, 3, "Learning for practice and systems", """
                Over the winter the young person went missing from her foster placement on six occasions and was found each time by police.
                The placement told the social worker about each episode, but nobody brought the six episodes together in one strategy discussion.
                Staff at the college saw a new and much older friend collect her most days and did not think to pass this on to anyone.""");
        List<ItemRow> recommendations = List.of(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "The board should audit how repeated missing episodes are brought together.", 4));
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(4, List.of(prose), recommendations)))
                .isEmpty();
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(4, List.of(prose), List.of())))
                .contains("learning section \"Learning for practice and systems\" gave no items");
        Section numbered = section(SectionType.LEARNING, 3, "Learning for practice and systems", """
                1 . Repeated missing episodes should be brought together in one strategy discussion every time.
                2 . Colleges should pass on what they see of older friends collecting students, every single time.""");
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(4, List.of(numbered), recommendations)))
                .contains("learning section \"Learning for practice and systems\" gave no items");
    }

    @Test
    void aProseSectionBesideTheListOfItsKindOrHoldingItemsOfAnotherKindIsFine() {
        Section themes = section(SectionType.LEARNING, 3, "3. Learning Themes", """
                Theme 1: Education as a protective factor
                No agency treated the loss of education as a safeguarding concern for the young person.
                Recommendation 1.1: The local authority should treat a part-time timetable as a trigger.""");
        List<ItemRow> recommendation = List.of(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "The local authority should treat a part-time timetable as a trigger.", 2));
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(2, List.of(themes), recommendation)))
                .isEmpty();
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(2, List.of(themes), GOOD_ITEMS)))
                .isEmpty();
        assertThat(ReportChecks.listSectionsWithoutItems(new ReportEvidence(2, List.of(themes), List.of())))
                .contains("learning section \"3. Learning Themes\" gave no items");
    }

    @Test
    void fewerItemsThanTheDigestLists() {
        assertThat(ReportChecks.fewerThanDigest("recommendations", 6, 1))
                .contains("digest lists 6 recommendations, report gives 1");
        assertThat(ReportChecks.fewerThanDigest("recommendations", 6, 3)).isEmpty();
        assertThat(ReportChecks.fewerThanDigest("recommendations", 2, 0)).isEmpty();
    }

    @Test
    void digestItemsWithoutASimilarReportItem() {
        List<ItemRow> digest = List.of(
                new ItemRow(SectionType.LEARNING, 1, "Professional curiosity about the father's role", null),
                new ItemRow(SectionType.LEARNING, 2, "Escalation when health appointments are missed", null),
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "Audit information sharing at referral", null));
        assertThat(ReportChecks.digestItemsNotFound(digest, GOOD_ITEMS))
                .contains("report has a similar item for 1 of the digest's 3 items");
        List<ItemRow> report = List.of(
                new ItemRow(SectionType.LEARNING, 1, "Practitioners need professional curiosity about the father", 3),
                new ItemRow(SectionType.LEARNING, 2, "Missed health appointments should lead to escalation", 3));
        assertThat(ReportChecks.digestItemsNotFound(digest, report)).isEmpty();
    }

    @Test
    void overlapIsJaccardOfLongWords() {
        assertThat(ReportChecks.words("The child's voice, and the voice of carers")).containsExactlyInAnyOrder(
                "child", "voice", "carers");
        assertThat(ReportChecks.overlap(ReportChecks.words("child voice carers"), ReportChecks.words("child voice")))
                .isEqualTo(2.0 / 3);
    }

    @Test
    void goodPracticeItemsThatAskForChangesAreRecommendationsReadUnderTheWrongHeading() {
        List<ItemRow> runOn = List.of(
                new ItemRow(SectionType.GOOD_PRACTICE, 1, "The school nurse kept seeing her through the holidays.", 3),
                new ItemRow(SectionType.GOOD_PRACTICE, 2, "The online abuse unit acted within a day.", 3),
                new ItemRow(SectionType.GOOD_PRACTICE, 3, "The committee should give school staff a short guide.", 3),
                new ItemRow(SectionType.GOOD_PRACTICE, 4, "Agencies must record online contact with unknown adults.", 3));

        assertThat(ReportChecks.goodPracticeAsking(new ReportEvidence(3, GOOD, runOn)))
                .contains("2 of 4 good-practice items ask for a change");
        assertThat(ReportChecks.goodPracticeAsking(new ReportEvidence(3, GOOD, runOn.subList(0, 3)))).isEmpty();
        assertThat(ReportChecks.goodPracticeAsking(new ReportEvidence(3, GOOD, GOOD_ITEMS))).isEmpty();
    }

    @Test
    void moreNumberedLabelsThanItemsMeansLabelledRowsRanTogether() {
        Section table = section(SectionType.LEARNING, 2, "3. LEARNING", "Repeated referrals should trigger a review\n"
                + "Learning point 1 of the whole history.\nLearning point 2 Dental neglect is neglect.\n"
                + "School nurses should be told of referrals to\nLearning point 3 social services.");
        List<ItemRow> one = List.of(new ItemRow(SectionType.LEARNING, 1, "Dental neglect is neglect. School nurses", 2));
        List<ItemRow> three = List.of(one.get(0), new ItemRow(SectionType.LEARNING, 2, "Repeated referrals", 2),
                new ItemRow(SectionType.LEARNING, 3, "School nurses should be told", 2));
        Section subNumbered = section(SectionType.LEARNING, 3, "3. Learning themes",
                "Recommendation 1.1 Schools should record absence.\nRecommendation 1.2 GPs should ask.");

        assertThat(ReportChecks.labelledBeyondItems(new ReportEvidence(2, List.of(table), one)))
                .contains("learning section \"3. LEARNING\" prints 3 numbered labels, the report gives 1 items");
        assertThat(ReportChecks.labelledBeyondItems(new ReportEvidence(2, List.of(table), three))).isEmpty();
        assertThat(ReportChecks.labelledBeyondItems(new ReportEvidence(2, List.of(subNumbered), List.of()))).isEmpty();
    }

    /** A cover's "Executive Summary" typed over an empty section, the rest of the text in one untyped section. */
    @Test
    void typedHeadingsOverEmptySectionsWithAllTextUntypedAreDoubtful() {
        List<Section> sections = List.of(section(SectionType.SUMMARY, 1, "Executive Summary", ""),
                section(SectionType.OTHER, 2, "Lead reviewer: A. Smith", PAGE_OF_TEXT + PAGE_OF_TEXT));
        assertThat(ReportChecks.mostTextUntyped(new ReportEvidence(3, sections, List.of())))
                .contains("100% of section text untyped");
        assertThat(ReportChecks.judge(new ReportEvidence(3, sections, List.of()), null).quality()).isEqualTo("doubtful");
        assertThat(ReportChecks.mostTextUntyped(new ReportEvidence(3, GOOD, List.of()))).isEmpty();
    }

    @Test
    void aLearningSubHeadingInAFindingsChapterThatGaveNoLearningItemsIsDoubtful() {
        List<Section> sections = List.of(section(SectionType.FINDINGS, 1, "4 Findings and learning",
                "4.1 Findings\n" + PAGE_OF_TEXT + "\n4.2 Learning points\n4.2.1 Reading records\n" + PAGE_OF_TEXT));
        List<ItemRow> recommendations = List.of(GOOD_ITEMS.get(1));

        assertThat(ReportChecks.learningSubHeadingWithoutItems(new ReportEvidence(4, sections, recommendations)))
                .contains("learning sub-heading \"4.2 Learning points\" gave no items");
        assertThat(ReportChecks.learningSubHeadingWithoutItems(new ReportEvidence(4, sections, GOOD_ITEMS))).isEmpty();
        List<Section> prose = List.of(section(SectionType.FINDINGS, 1, "4 Findings",
                "The learning points below were agreed with the partnership.\n" + PAGE_OF_TEXT));
        assertThat(ReportChecks.learningSubHeadingWithoutItems(new ReportEvidence(4, prose, recommendations))).isEmpty();
    }

    /** Margin headings read into the first line beside them: "Recommendations 1. The urgent care ...". */
    @Test
    void aSectionOpeningWithItsHeadingAndAListMarkerIsDoubtful() {
        Section recommendations = section(SectionType.RECOMMENDATIONS, 6, "Recommendations",
                "Recommendations 1. The urgent care centre should include the bruising protocol in the induction.\n"
                        + "2. The clinical commissioning group should remind GPs to undress and examine a baby.\n"
                        + "3. The partnership should ask health visiting services to agree a five-day standard.");
        Section learning = section(SectionType.LEARNING, 5, "Learning",
                "Learning \u2022 Any bruise on a baby who is not independently mobile must be referred.");
        List<ItemRow> one = List.of(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "The urgent care centre should include the bruising protocol in the induction. The clinical ...", 2));

        assertThat(ReportChecks.sectionsOpeningWithHeading(new ReportEvidence(2, List.of(learning, recommendations), one)))
                .contains("section text opens with its heading and a list marker (\"Learning\", \"Recommendations\")");
        assertThat(ReportChecks.markersBeyondItems(new ReportEvidence(2, List.of(recommendations), one))).contains(
                "recommendations section \"Recommendations\" opens 3 lines with list markers, the report gives 1 items");
        // a run-in heading opening prose, and paragraph numbers running on from earlier sections, are fine
        Section runIn = section(SectionType.INTRODUCTION, 1, "Why this briefing?",
                "Why this briefing? This briefing shares the learning from a review.");
        Section numbered = section(SectionType.LEARNING, 6, "Learning",
                "6. Learning. The review found three points.\n7. Advice must reach both parents.\n"
                        + "8. A young father may need support.\n9. Records must follow the family.");
        List<ItemRow> three = List.of(new ItemRow(SectionType.LEARNING, 1, "Advice must reach both parents.", 2),
                new ItemRow(SectionType.LEARNING, 2, "A young father may need support.", 2),
                new ItemRow(SectionType.LEARNING, 3, "Records must follow the family.", 2));
        assertThat(ReportChecks.sectionsOpeningWithHeading(new ReportEvidence(2, List.of(runIn, numbered), three))).isEmpty();
        assertThat(ReportChecks.markersBeyondItems(new ReportEvidence(2, List.of(runIn, numbered), three))).isEmpty();
    }

    /** Paragraphs under 'Learning' that open with bold run-ins 'Learning 1.' .. 'Learning 3.': labels, not the heading. */
    @Test
    void aHeadingWordNumberedOnEveryItemIsALabelNotAMisreadHeading() {
        Section labelled = section(SectionType.LEARNING, 4, "Learning",
                "Learning 1. Neglect builds up, and small concerns recorded apart can hide the whole picture.\n"
                        + "Learning 2. Plans that close after a short improvement leave children open to the same harm.\n"
                        + "Learning 3. A parent's learning disability changes how a plan must be explained.");
        List<ItemRow> three = List.of(new ItemRow(SectionType.LEARNING, 1, "Neglect builds up ...", 2),
                new ItemRow(SectionType.LEARNING, 2, "Plans that close ...", 2),
                new ItemRow(SectionType.LEARNING, 3, "A parent's learning disability ...", 2));

        assertThat(ReportChecks.sectionsOpeningWithHeading(new ReportEvidence(2, List.of(labelled), three))).isEmpty();
        // the heading read into the first line of a list numbered on its own stays a sign
        Section misread = section(SectionType.LEARNING, 4, "Learning",
                "Learning 1. Neglect builds up, and small concerns recorded apart can hide the whole picture.\n"
                        + "2. Plans that close after a short improvement leave children open to the same harm.\n"
                        + "3. A parent's learning disability changes how a plan must be explained.");
        assertThat(ReportChecks.sectionsOpeningWithHeading(new ReportEvidence(2, List.of(misread), three)))
                .contains("section text opens with its heading and a list marker (\"Learning\")");
    }

    /** Boxed learning points read across the findings paragraph beside them: labels in the text, no learning item. */
    @Test
    void learningPointLabelsInTheTextWithNoLearningItemIsDoubtful() {
        Section findings = section(SectionType.FINDINGS, 4, "Findings", "Ellie declined them, Learning point 1 and no one "
                + "asked why. The school's filtering system flagged A child who is given phones ... Learning point 2 the "
                + "police found her quickly. Learning point 3 Online safety alerts are only useful if read.");
        List<ItemRow> recommendations = List.of(GOOD_ITEMS.get(1));

        assertThat(ReportChecks.labelsWithoutItemsOfKind(new ReportEvidence(3, List.of(findings), recommendations)))
                .contains("3 learning labels in the text and no such item");
        assertThat(ReportChecks.labelsWithoutItemsOfKind(new ReportEvidence(3, List.of(findings), GOOD_ITEMS))).isEmpty();
        Section oneMention = section(SectionType.FINDINGS, 4, "Findings", "As Recommendation 2 of the last review said, ...");
        assertThat(ReportChecks.labelsWithoutItemsOfKind(new ReportEvidence(3, List.of(oneMention), List.of()))).isEmpty();
    }

    /** Two boxes of a grid read as one item: "... with a new baby. 2 A large age gap ...". */
    @Test
    void anItemHoldingTheNextItemsNumberIsDoubtful() {
        List<ItemRow> joined = List.of(new ItemRow(SectionType.LEARNING, 1,
                        "Fathers need to be seen with a new baby. 2 A large age gap between young parents can hide control.", 1),
                new ItemRow(SectionType.LEARNING, 2, "Crying is the most common trigger of shaking.", 1));

        assertThat(ReportChecks.nextMarkerInsideItem(new ReportEvidence(2, GOOD, joined)))
                .contains("1 items hold the next item's number or marker");
        assertThat(ReportChecks.nextMarkerInsideItem(new ReportEvidence(2, GOOD, GOOD_ITEMS))).isEmpty();
        List<ItemRow> counting = List.of(new ItemRow(SectionType.LEARNING, 4, "She was seen twice. 2 A visits were missed.", 1));
        assertThat(ReportChecks.nextMarkerInsideItem(new ReportEvidence(2, GOOD, counting))).isEmpty();
    }
    /**
     * Every report the project has read well gives items; one that gives none at all, whatever its length, was read
     * without its lists (a table's cells joined into a paragraph, a briefing's headings run into one line).
     */
    @Test
    void aReportGivingNoItemAtAllIsDoubtful() {
        assertThat(ReportChecks.noItems(new ReportEvidence(1, GOOD, List.of())))
                .contains("no learning point, recommendation or good practice found");
        assertThat(ReportChecks.noItems(new ReportEvidence(8, GOOD, GOOD_ITEMS.subList(0, 1)))).isEmpty();
    }
}
