package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts unlike the corpus: unnumbered capital headings, tables without a number column, bold lists. */
class VariantLayoutTest {

    static final float BODY = PdfFixtureBuilder.BODY;

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Nested
    class CapitalHeadings {

        @Test
        void unnumberedCapitalHeadingsAreLevelOneAndBoldMixedCaseOnesStayInside() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .footer("Page {page}")
                    .newPage()
                    .heading("INTRODUCTION", BODY, true, false)
                    .paragraph("This review looks at the care of a teenager who is called Sam in this report.")
                    .heading("Background to the case", BODY, true, false)
                    .paragraph("Sam lived with his father and two brothers until he was fourteen.")
                    .heading("KEY LEARNING", BODY, true, false)
                    .bullets("Professionals should listen to what teenagers tell them about home.",
                            "Exploitation outside the home needs a response from all agencies.")
                    .heading("RECOMMENDATIONS", BODY, true, false)
                    .table(new float[] {0.6f, 0.25f, 0.15f}, new String[] {"Recommendation", "Lead agency", "Timescale"},
                            new String[] {"The partnership should agree a protocol for sharing information about "
                                    + "young people at risk of exploitation.", "Safeguarding partnership business unit",
                                    "Six months"},
                            new String[] {"Schools should be invited to every strategy discussion about a pupil.",
                                    "Education", "Three months"})
                    .save(dir.resolve("caps.pdf"));
            ExtractedReport report = extractor.extractWithItems(pdf);
            assertThat(report.document().sections()).extracting(Section::heading, Section::type)
                    .containsExactly(tuple("INTRODUCTION", SectionType.INTRODUCTION),
                            tuple("KEY LEARNING", SectionType.LEARNING),
                            tuple("RECOMMENDATIONS", SectionType.RECOMMENDATIONS));
            assertThat(report.document().sections().get(0).text()).contains("Background to the case\nSam lived");
            assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                    tuple(SectionType.LEARNING, "Professionals should listen to what teenagers tell them about home."),
                    tuple(SectionType.LEARNING, "Exploitation outside the home needs a response from all agencies."),
                    tuple(SectionType.RECOMMENDATIONS, "The partnership should agree a protocol for sharing "
                            + "information about young people at risk of exploitation."),
                    tuple(SectionType.RECOMMENDATIONS,
                            "Schools should be invited to every strategy discussion about a pupil."));
        }
    }

    @Nested
    class BoldLists {

        @Test
        void boldNumberedStatementsAreItemsNotHeadings() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("1. Introduction")
                    .paragraph("The review was commissioned in 2023.")
                    .heading1("2. Learning")
                    .numberedBold("Practitioners should see the child alone.", "Records should show who lives at home.")
                    .heading1("3. Conclusion")
                    .paragraph("The partnership accepts the learning.")
                    .save(dir.resolve("bold-list.pdf"));
            ExtractedReport report = extractor.extractWithItems(pdf);
            assertThat(report.document().sections()).extracting(Section::heading)
                    .containsExactly("1. Introduction", "2. Learning", "3. Conclusion");
            assertThat(report.items()).extracting(ReportItem::text)
                    .containsExactly("Practitioners should see the child alone.", "Records should show who lives at home.");
        }
    }

    @Nested
    class LabelledItems {

        @Test
        void codesAndLabelsOnTheirOwnLineGiveTypedItems() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("1. Findings")
                    .paragraph("The first finding is about information sharing between the school and the GP.")
                    .labelled("Learning 1", "")
                    .paragraph("Information about a child's attendance should reach the GP.")
                    .labelled("Learning point 2:", "Practitioners should record:")
                    .bullets("who lives in the home;", "who looks after the child at night.")
                    .heading1("2. Recommendations")
                    .labelled("R1", "The school nursing service should see every child who is often absent.")
                    .labelled("R2", "The GP practice should record who attends appointments with a child.")
                    .save(dir.resolve("labels.pdf"));
            ExtractedReport report = extractor.extractWithItems(pdf);
            assertThat(report.items()).extracting(ReportItem::type, ReportItem::itemNo, ReportItem::text)
                    .containsExactly(
                            tuple(SectionType.LEARNING, 1, "Information about a child's attendance should reach the GP."),
                            tuple(SectionType.LEARNING, 2, "Practitioners should record: who lives in the home; who "
                                    + "looks after the child at night."),
                            tuple(SectionType.RECOMMENDATIONS, 1,
                                    "The school nursing service should see every child who is often absent."),
                            tuple(SectionType.RECOMMENDATIONS, 2,
                                    "The GP practice should record who attends appointments with a child."));
        }
    }

    @Nested
    class NoCover {

        @Test
        void aShortFirstPageThatOpensTheFirstSectionIsNotATitlePage() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("1. Introduction")
                    .paragraph("This short review has no cover page.")
                    .newPage()
                    .heading1("2. Findings")
                    .paragraph("The findings are set out here.")
                    .newPage()
                    .heading1("3. Recommendations")
                    .numbered("The partnership should add a cover page.")
                    .save(dir.resolve("no-cover.pdf"));
            assertThat(extractor.extract(pdf).sections()).extracting(Section::heading, Section::pageStart)
                    .containsExactly(tuple("1. Introduction", 1), tuple("2. Findings", 2),
                            tuple("3. Recommendations", 3));
        }
    }

    @Nested
    class Restated {

        @Test
        void itemsASummaryRepeatsAreCountedOnceWhereTheBodyHasThem() throws Exception {
            String recommendation = "The partnership should check that fathers receive safer sleep advice.";
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("Executive summary")
                    .paragraph("The review makes one recommendation.")
                    .labelled("Recommendation 1:", recommendation)
                    .heading1("1. Introduction")
                    .paragraph("The review was held in 2024.")
                    .heading1("2. Recommendations")
                    .labelled("Recommendation 1:", recommendation)
                    .labelled("Recommendation:", "The partnership should publish this review.")
                    .save(dir.resolve("restated.pdf"));
            ExtractedReport report = extractor.extractWithItems(pdf);
            assertThat(report.items()).extracting(ReportItem::sectionOrdinal, ReportItem::text)
                    .containsExactly(tuple(3, recommendation), tuple(3, "The partnership should publish this review."));
        }
    }

    @Nested
    class NumberedParagraphRecommendations {

        @Test
        void aRecommendationsSectionOfNumberedParagraphsGivesTheOnesThatAskForSomething() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading1("6. Conclusion")
                    .numberedParagraph("6.1", "The review ends with its recommendations.")
                    .heading1("7. Recommendations")
                    .numberedParagraph("7.1", "The review makes two recommendations to the partnership.")
                    .numberedParagraph("7.2", "The partnership should audit the use of the neglect toolkit.")
                    .numberedParagraph("7.3", "Children's social care must review its closure procedure.")
                    .save(dir.resolve("paragraphs.pdf"));
            assertThat(extractor.extractWithItems(pdf).items()).extracting(ReportItem::type, ReportItem::text)
                    .containsExactly(
                            tuple(SectionType.RECOMMENDATIONS, "The partnership should audit the use of the neglect toolkit."),
                            tuple(SectionType.RECOMMENDATIONS, "Children's social care must review its closure procedure."));
        }
    }

    @Nested
    class FlatNumbering {

        @Test
        void aNumberedListInTheHeadingStyleDoesNotStartSections() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .heading("1. Introduction", BODY, true, false)
                    .paragraph("The review was held in 2024.")
                    .heading("2. Learning", BODY, true, false)
                    .paragraph("The review identified two themes.")
                    .heading("1. Information sharing", BODY, true, false)
                    .bullets("Schools should share attendance concerns with the GP.")
                    .heading("2. Hearing the child", BODY, true, false)
                    .bullets("Practitioners should see the child alone.")
                    .heading("3. Recommendations", BODY, true, false)
                    .numbered("The partnership should publish a protocol.")
                    .save(dir.resolve("flat-numbers.pdf"));
            ExtractedReport report = extractor.extractWithItems(pdf);
            assertThat(report.document().sections()).extracting(Section::heading)
                    .containsExactly("1. Introduction", "2. Learning", "3. Recommendations");
            assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                    tuple(SectionType.LEARNING, "Schools should share attendance concerns with the GP."),
                    tuple(SectionType.LEARNING, "Practitioners should see the child alone."),
                    tuple(SectionType.RECOMMENDATIONS, "The partnership should publish a protocol."));
        }
    }

    @Nested
    class StyleWithoutFontNames {

        @Test
        void colourMakesHeadingsAndFakeBoldMakesCallouts() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .newPage()
                    .colouredHeading("1. Introduction")
                    .paragraph("The review looked at the care of a baby boy.")
                    .colouredHeading("2. Findings")
                    .paragraph("Advice was given but not understood by the father.")
                    .fakeBoldParagraph("Safer sleep advice should be given to every adult who looks after a baby.")
                    .colouredHeading("3. Conclusion")
                    .paragraph("The partnership accepts the findings.")
                    .save(dir.resolve("colour.pdf"));
            ExtractedReport report = extractor.extractWithItems(pdf);
            assertThat(report.document().sections()).extracting(Section::heading)
                    .containsExactly("1. Introduction", "2. Findings", "3. Conclusion");
            assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                    tuple(SectionType.LEARNING, "Safer sleep advice should be given to every adult who looks after a baby."));
        }
    }
}
