package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.digest.UnseenDigests.assertExpected;
import static org.casereview.etl.digest.UnseenDigests.items;
import static org.casereview.etl.digest.UnseenDigests.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Invented markdown, HTML and Word digests. */
class UnseenMarkupDigestsTest {

    @Nested
    class MarkdownWithBoldLabels {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u01-markdown-2019-05.md");
            assertThat(digest.month()).isEqualTo(YearMonth.of(2019, 5));
            assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly("the risks posed by new partners",
                    "information sharing between the police and health visitors", "hearing the voice of very young children");
        }

        @Test
        void boldNoRecommendationsSentenceAndRecommendationsNone() throws Exception {
            ParsedDigest digest = parse("u01-markdown-2019-05.md");
            assertThat(digest.entries().get(2).noRecommendationsText()).isEqualTo("Recommendations: None.");
            assertThat(digest.entries().get(3).noRecommendationsText())
                    .isEqualTo("Makes no recommendations but refers to the partnership's existing action plan.");
        }
    }

    @Nested
    class SavedWebPageWithFurniture {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u04-web-2024.html");
            assertThat(digest.heading()).isEqualTo("Case reviews update \u2013 June 2024");
        }

        @Test
        void bulletListsUnderLabelsAndNoFurnitureInTheText() throws Exception {
            ParsedDigest digest = parse("u04-web-2024.html");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                    .containsExactly("train school staff on criminal exploitation", "create a single referral route for exploitation concerns");
            assertThat(digest.entries()).allSatisfy(e -> assertThat(e.sections().toString())
                    .doesNotContain("cookie", "gtag", "footer loaded", "Related resources"));
        }
    }

    @Nested
    class MarkdownWithSetextHeadingsRulesAndBareLinks {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u09-markdown-setext-2022-09.md");
            assertThat(digest.entries()).allSatisfy(e -> assertThat(e.summary()).doesNotContain("---"));
        }

        @Test
        void numbersOfARunOnListAreNotPartOfTheItems() throws Exception {
            ParsedDigest digest = parse("u09-markdown-setext-2022-09.md");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                    .containsExactly("develop a domestic abuse and neglect pathway", "audit core group attendance by health visitors");
            assertThat(items(digest.entries().get(2), SectionType.RECOMMENDATIONS)).containsExactly(
                    "extend personal adviser support to parents who are care leavers", "include care history in pre-birth assessments");
        }

        @Test
        void doesNotMakeAnyRecommendations() throws Exception {
            DigestEntry entry = parse("u09-markdown-setext-2022-09.md").entries().get(1);
            assertThat(entry.noRecommendationsText())
                    .isEqualTo("The review does not make any recommendations as the partnership had already acted.");
        }
    }

    /** A Word digest with heading styles, bold labels, bulleted and numbered lists (built here with Apache POI). */
    @Nested
    class WordDocumentWithStylesAndLists {

        @Test
        void entriesAsExpected(@TempDir Path dir) throws Exception {
            Path file = dir.resolve("u06-word-2022-04.docx");
            writeWordDigest(file);
            ParsedDigest digest = assertExpected("u06-word-2022-04.docx", parse(file));
            assertThat(digest.month()).isEqualTo(YearMonth.of(2022, 4));
            assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                    "professionals did not see the children alone", "the impact of the father\u2019s drinking was underestimated");
            assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                    "review the safer sleep pathway", "include fathers in antenatal classes", "audit the use of the safer sleep tool");
        }

        private void writeWordDigest(Path file) throws IOException {
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                addHeadingStyle(doc, 1);
                addHeadingStyle(doc, 2);
                BigInteger bullets = numbering(doc, STNumberFormat.BULLET, "\u2022");
                BigInteger numbers = numbering(doc, STNumberFormat.DECIMAL, "%1.");
                heading(doc, 1, "NSPCC Repository \u2013 April 2022");
                text(doc, "In April 2022 three case reviews were published. The entries are invented for testing.");
                heading(doc, 2, "Child L; Child safeguarding practice review");
                text(doc, "Neglect of two children aged 5 and 7 whose father misused alcohol. Ethnicity or nationality not stated.");
                bold(doc, "Learning includes:");
                listItem(doc, bullets, "professionals did not see the children alone");
                listItem(doc, bullets, "the impact of the father\u2019s drinking was underestimated");
                labelled(doc, "Recommendations: ", "develop an alcohol and parenting pathway; train staff to see children alone.");
                text(doc, "Read the overview report");
                heading(doc, 2, "2022 \u2013 Anonymous \u2013 Baby M");
                text(doc, "Sudden unexpected death of a 7-week-old baby boy in 2021 while sleeping on a sofa with his father.");
                labelled(doc, "Learning: ", "fathers did not receive safer sleep advice.");
                bold(doc, "Recommendations include:");
                listItem(doc, numbers, "review the safer sleep pathway");
                listItem(doc, numbers, "include fathers in antenatal classes");
                listItem(doc, numbers, "audit the use of the safer sleep tool");
                text(doc, "Read the executive summary");
                heading(doc, 2, "Babies with injuries");
                text(doc, "Thematic review of eight babies under 1-year-old who were injured in 2020 and 2021.");
                labelled(doc, "Key issues: ", "bruising was not referred; fathers were not assessed; and the ICON programme was not used.");
                labelled(doc, "Good practice identified includes: ", "quick medical assessments.");
                text(doc, "Makes no recommendations but sets out questions for the partnership.");
                doc.write(out);
            }
        }

        private static void addHeadingStyle(XWPFDocument doc, int level) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            doc.createStyles().addStyle(new XWPFStyle(style));
        }

        private static BigInteger numbering(XWPFDocument doc, STNumberFormat.Enum format, String levelText) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 1L));
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(levelText);
            level.addNewStart().setVal(BigInteger.ONE);
            return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }

        private static void heading(XWPFDocument doc, int level, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + level);
            p.createRun().setText(text);
        }

        private static void text(XWPFDocument doc, String text) {
            doc.createParagraph().createRun().setText(text);
        }

        private static void bold(XWPFDocument doc, String text) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setBold(true);
            run.setText(text);
        }

        private static void labelled(XWPFDocument doc, String label, String text) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setText(label);
            p.createRun().setText(text);
        }

        private static void listItem(XWPFDocument doc, BigInteger numId, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(numId);
            p.createRun().setText(text);
        }
    }

    @Nested
    class WebPageWithCardsAndHeadingLinks {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u10-web-cards-2025.html");
            assertThat(digest.month()).isEqualTo(YearMonth.of(2025, 1));
        }

        @Test
        void summaryLabelAndLabelsSeparatedByLineBreaks() throws Exception {
            DigestEntry babyBb = parse("u10-web-cards-2025.html").entries().get(1);
            assertThat(babyBb.summary()).startsWith("Serious injuries to a 5-month-old baby girl");
            assertThat(items(babyBb, SectionType.LEARNING)).containsExactly("professionals did not ask who else lived in the home",
                    "the baby\u2019s crying was a stress for parents who had no support");
        }

        @Test
        void doesNotMakeRecommendationsEndsTheGoodPracticeSection() throws Exception {
            DigestEntry thematic = parse("u10-web-cards-2025.html").entries().get(2);
            assertThat(items(thematic, SectionType.GOOD_PRACTICE)).containsExactly("A youth worker kept in touch with one boy throughout");
            assertThat(thematic.noRecommendationsText()).startsWith("The review does not make recommendations;");
        }
    }

    @Nested
    class WebExportWithDetailLinesAndOtherSeparators {

        @Test
        void entriesAsExpected() throws Exception {
            assertExpected("u13-web-markdown-2024-spring.md");
        }

        @Test
        void dateLineAndLinkAboveTheSummaryAreNotTheSummary() throws Exception {
            DigestEntry childCa = parse("u13-web-markdown-2024-spring.md").entries().get(0);
            assertThat(childCa.summary()).startsWith("Death of a 16-year-old boy who drowned");
            assertThat(items(childCa, SectionType.RECOMMENDATIONS))
                    .containsExactly("Review the missing children protocol", "Give youth workers access to the shared record");
        }

        @Test
        void areaLineGivesTheAreaWithoutThePartnershipWords() throws Exception {
            ParsedDigest digest = parse("u13-web-markdown-2024-spring.md");
            assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly("Westcombe", "Eastmere", "Northfold");
            assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                    "safer sleep advice was given only once, before the birth", "alcohol use was not discussed with the parents");
        }

        @Test
        void partnershipLineInsideAListIsAListPoint() {
            DigestEntry entry = new DigestParser().parse("""
                    ## Child A: Serious case review

                    Neglect of a boy.

                    **Recommendations**

                    Partnership: review the neglect strategy

                    Health: train health visitors
                    """).entries().get(0);
            assertThat(entry.area()).isNull();
            assertThat(items(entry, SectionType.RECOMMENDATIONS))
                    .containsExactly("Partnership: review the neglect strategy", "Health: train health visitors");
        }
    }
}
