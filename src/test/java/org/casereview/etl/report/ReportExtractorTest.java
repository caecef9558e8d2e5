package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportExtractorTest {

    static final String PARTNERSHIP = "Westshire Safeguarding Children Partnership";
    static final String LONG = "The health visitor saw the family at home on four occasions and recorded that the home "
            + "was warm and tidy, that the baby was feeding well and that both parents were attentive, but she did "
            + "not ask where the baby slept at night or who else looked after her when the parents went out.";

    @TempDir
    static Path dir;
    static ExtractedReport report;

    @BeforeAll
    static void extractTheFixtureReport() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .info("Child Safeguarding Practice Review: Child M", "Jane Doe", 2022)
                .runningHeader(PARTNERSHIP, "OFFICIAL")
                .footer("Page {page} of {pages}")
                .cover(PARTNERSHIP, 18, "Child Safeguarding Practice Review", 20, "Child M", 30,
                        "Independent reviewer: Jane Doe", 12, "Published: April 2022", 12)
                .contents("1. Introduction", 3, "2. Findings and learning", 3, "3. Good practice", 4,
                        "4. Recommendations", 5, "Appendix 1: Terms of reference", 6)
                .newPage()
                .heading1("1. Introduction")
                .numberedParagraph("1.1", "This review concerns a baby girl who is called Child M in this report.")
                .numberedParagraph("1.2", LONG)
                .heading1("2. Findings and learning")
                .heading2("2.1 Advice did not reach the father")
                .numberedParagraph("2.1.1", LONG + " " + LONG)
                .labelled("Learning point 1:", "Safer sleep advice should reach every adult who cares for a baby.")
                .boldParagraph("Practitioners should ask where the baby sleeps on every visit, and should see the "
                        + "sleeping place for themselves when they can.")
                .newPage()
                .heading1("3. Good practice")
                .paragraph("The review found the following examples of good practice.")
                .bullets("The midwife gave clear advice before the birth.",
                        "The GP shared information with the health visitor on the same day.")
                .newPage()
                .heading1("4. Recommendations")
                .paragraph("The review makes the following recommendations:")
                .numbered("The partnership should develop a safer sleep assessment tool.",
                        "Children's social care should review the screening of pre-birth referrals.")
                .table(new float[] {0.1f, 0.6f, 0.3f}, new String[] {"No.", "Recommendation", "Lead agency"},
                        new String[] {"3", "The police should share domestic abuse notifications with health "
                                + "visitors within one working day.", "Westshire Police"},
                        new String[] {"4", "Housing services should tell health visitors when a family with a "
                                + "baby moves into temporary accommodation.", "Westshire Council housing"})
                .newPage()
                .heading1("Appendix 1: Terms of reference")
                .bullets("How well did agencies share information?", "Was the baby's voice heard?")
                .save(dir.resolve("child-m.pdf"));
        report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
    }

    static List<Section> sections() {
        return report.document().sections();
    }

    static List<ReportItem> items(SectionType type) {
        return report.items().stream().filter(i -> i.type() == type).toList();
    }

    @Nested
    class Sections {

        @Test
        void levelOneHeadingsMakeSectionsWithTypesAndPages() {
            assertThat(sections()).extracting(Section::heading, Section::type, Section::pageStart, Section::pageEnd)
                    .containsExactly(
                            tuple("1. Introduction", SectionType.INTRODUCTION, 3, 3),
                            tuple("2. Findings and learning", SectionType.FINDINGS, 3, 3),
                            tuple("3. Good practice", SectionType.GOOD_PRACTICE, 4, 4),
                            tuple("4. Recommendations", SectionType.RECOMMENDATIONS, 5, 5),
                            tuple("Appendix 1: Terms of reference", SectionType.APPENDIX, 6, 6));
        }

        @Test
        void subHeadingsStayInsideTheirSection() {
            Section findings = sections().get(1);
            assertThat(findings.text()).startsWith("2.1 Advice did not reach the father\n2.1.1 The health visitor");
        }

        @Test
        void contentsPageAndFurnitureAreLeftOut() {
            String all = String.join("\n", sections().stream().map(Section::text).toList());
            assertThat(all).doesNotContain("Contents", "Page 3 of", "OFFICIAL", PARTNERSHIP, ". . .");
            assertThat(sections()).extracting(Section::ordinal).containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Nested
    class Items {

        @Test
        void labelledLearningPointAndBoldCalloutInFindingsAreLearning() {
            assertThat(items(SectionType.LEARNING)).extracting(ReportItem::text, ReportItem::page, ReportItem::itemNo)
                    .containsExactly(
                            tuple("Safer sleep advice should reach every adult who cares for a baby.", 3, 1),
                            tuple("Practitioners should ask where the baby sleeps on every visit, and should see the "
                                    + "sleeping place for themselves when they can.", 3, 2));
        }

        @Test
        void bulletsInGoodPracticeAreItems() {
            assertThat(items(SectionType.GOOD_PRACTICE)).extracting(ReportItem::text).containsExactly(
                    "The midwife gave clear advice before the birth.",
                    "The GP shared information with the health visitor on the same day.");
        }

        @Test
        void numberedListAndTableRowsAreRecommendationsWithoutAgencyColumn() {
            assertThat(items(SectionType.RECOMMENDATIONS)).extracting(ReportItem::text, ReportItem::page)
                    .containsExactly(
                            tuple("The partnership should develop a safer sleep assessment tool.", 5),
                            tuple("Children's social care should review the screening of pre-birth referrals.", 5),
                            tuple("The police should share domestic abuse notifications with health visitors within "
                                    + "one working day.", 5),
                            tuple("Housing services should tell health visitors when a family with a baby moves into "
                                    + "temporary accommodation.", 5));
        }

        @Test
        void appendixBulletsAndLeadInsGiveNoItems() {
            assertThat(report.items()).extracting(ReportItem::text)
                    .noneMatch(t -> t.contains("share information?") || t.endsWith(":"));
            assertThat(report.items()).hasSize(8);
        }

        @Test
        void sectionItemsKeepTheirPagesToo() {
            Section recommendations = sections().get(3);
            assertThat(recommendations.items()).hasSize(4);
            assertThat(recommendations.items().get(0).page()).isEqualTo(5);
        }
    }

    @Nested
    class Metadata {

        @Test
        void titlePageAndDocumentInformation() {
            ReportMetadata m = report.document().metadata();
            assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Child M");
            assertThat(m.childName()).isEqualTo("Child M");
            assertThat(m.reviewTypeText()).isEqualTo("Child Safeguarding Practice Review");
            assertThat(m.area()).isEqualTo("Westshire");
            assertThat(m.partnership()).isEqualTo(PARTNERSHIP);
            assertThat(m.publicationYear()).isEqualTo(2022);
            assertThat(m.author()).isEqualTo("Jane Doe");
            assertThat(m.pages()).isEqualTo(6);
        }
    }
}
