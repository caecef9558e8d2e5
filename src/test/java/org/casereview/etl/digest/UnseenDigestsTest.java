package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Invented digests in layouts the sample corpus does not have (src/test/resources/digests-unseen),
 * read from the file as the job reads it (extractor, then parser). Every entry is compared with
 * {@code expected.tsv}; each digest's own quirk is checked in its nested class.
 */
class UnseenDigestsTest {

    private static final String FOLDER = "/digests-unseen/";

    private static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(UnseenDigestsTest.class.getResource(FOLDER + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ParsedDigest parse(Path file) throws Exception {
        return new DigestParser().parse(new DocumentTextExtractor().extract(file).text());
    }

    private static ParsedDigest parse(String name) throws Exception {
        return parse(resource(name));
    }

    /** The digest's entries match the rows of expected.tsv for that file, field by field, and nothing was left over. */
    private static ParsedDigest assertExpected(String name) throws Exception {
        return assertExpected(name, parse(name));
    }

    private static ParsedDigest assertExpected(String name, ParsedDigest digest) throws IOException {
        List<String> want = new ArrayList<>();
        for (String line : Files.readAllLines(resource("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith(name + "\t")) {
                want.add(line);
            }
        }
        List<String> got = digest.entries().stream().map(e -> row(name, e)).toList();
        assertThat(digest.problems()).isEmpty();
        assertThat(want).isNotEmpty();
        assertThat(got).containsExactlyElementsOf(want);
        return digest;
    }

    private static String row(String file, DigestEntry e) {
        return String.join("\t", file, String.valueOf(e.entryNo()), e.title(), text(e.childName()), text(e.area()),
                text(e.headingYear()), String.valueOf(count(e, SectionType.LEARNING)),
                String.valueOf(count(e, SectionType.RECOMMENDATIONS)), String.valueOf(count(e, SectionType.GOOD_PRACTICE)),
                String.valueOf(e.noRecommendations()), text(e.linkText()), text(e.linkTarget()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static int count(DigestEntry entry, SectionType type) {
        return items(entry, type).size();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

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
    class PrintedWithNumberedRunningHeaders {

        @Test
        void entriesAsExpected() throws Exception {
            assertExpected("u02-printed-2019-11.txt");
        }

        @Test
        void headerWithPageNumberInsideAListIsDroppedAndTheItemJoined() throws Exception {
            DigestEntry mia = parse("u02-printed-2019-11.txt").entries().get(1);
            assertThat(items(mia, SectionType.LEARNING)).contains("the voice of very young children was not recorded in assessments");
            assertThat(items(mia, SectionType.RECOMMENDATIONS)).contains("review multi-agency training on head injuries");
        }

        @Test
        void ligatureAndHiddenAddressAreRepaired() throws Exception {
            DigestEntry childV = parse("u02-printed-2019-11.txt").entries().get(0);
            assertThat(items(childV, SectionType.RECOMMENDATIONS)).contains("review the officer training programme on criminal exploitation");
            assertThat(childV.summary()).doesNotContain("email").endsWith("Copies are available from on request.");
        }
    }

    @Nested
    class YearlyListInWindows1252WithCrLf {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u03-yearly-2023-cp1252-crlf.txt");
            assertThat(digest.publicationYear()).isEqualTo(2023);
            assertThat(digest.month()).isNull();
        }

        @Test
        void curlyQuotesDecodedAndKeyIssuesIncludeSplit() throws Exception {
            ParsedDigest digest = parse("u03-yearly-2023-cp1252-crlf.txt");
            assertThat(items(digest.entries().get(4), SectionType.LEARNING))
                    .containsExactly("the \u201cinvisible man\u201d", "bruising to a non-mobile baby was not referred");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                    .containsExactly("include fathers in safer sleep conversations", "share release dates with health services");
            assertThat(digest.entries().get(1).section(SectionType.OTHER).orElseThrow().text())
                    .isEqualTo("Significant Incident Learning Process (SILP)");
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
    class Utf16WithRunInLabelsAndGroupPrefixes {

        @Test
        void entriesAsExpected() throws Exception {
            assertExpected("u05-utf16le-bom.txt");
        }

        @Test
        void learningRunIntoTheSummaryAndPrefixesKept() throws Exception {
            DigestEntry lily = parse("u05-utf16le-bom.txt").entries().get(0);
            assertThat(lily.summary()).endsWith("Ethnicity or nationality not stated.");
            assertThat(items(lily, SectionType.RECOMMENDATIONS)).containsExactly(
                    "LA1 partnership: review the pre-birth pathway for parents with learning disabilities",
                    "LA2 partnership: audit the handover from midwives to health visitors",
                    "health commissioners: fund an easy-read feeding guide");
        }

        @Test
        void withoutByteOrderMark() throws Exception {
            ParsedDigest digest = assertExpected("u11-utf16le-nobom-2018-10.txt");
            assertThat(digest.month()).isEqualTo(YearMonth.of(2018, 10));
        }
    }

    @Nested
    class RunInLabelsWithoutSpaceOrFullStop {

        @Test
        void labelAfterAFullStopWithoutSpace() throws Exception {
            DigestEntry entry = parse("u11-utf16le-nobom-2018-10.txt").entries().get(0);
            assertThat(entry.summary()).endsWith("ethnicity or nationality are not stated.");
            assertThat(items(entry, SectionType.LEARNING)).first().isEqualTo("grooming of the whole family");
        }

        @Test
        void labelAfterASummaryWithoutFullStop() throws Exception {
            DigestEntry kai = parse("u11-utf16le-nobom-2018-10.txt").entries().get(1);
            assertThat(kai.summary()).endsWith("Kai was of Black British heritage");
            assertThat(kai.section(SectionType.LEARNING).orElseThrow().heading()).isEqualTo("Learning focuses on");
        }

        @Test
        void runningHeaderSeenOnlyTwiceIsDroppedWhenItIsTheDigestHeading() throws Exception {
            DigestEntry childY = parse("u11-utf16le-nobom-2018-10.txt").entries().get(3);
            assertThat(items(childY, SectionType.LEARNING)).contains("bruising seen at nursery was not reported");
        }

        @Test
        void capitalisedNamesAfterALabelWordMidSentenceAreNotALabel() {
            DigestEntry entry = new DigestParser().parse("""
                    1. Child A: Serious case review

                    Neglect of a boy who was referred to the Learning Disability Team: nobody followed it up.

                    Learning includes: one; two.
                    """).entries().get(0);
            assertThat(entry.summary()).contains("Learning Disability Team: nobody followed it up.");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("one", "two");
        }
    }

    @Nested
    class CrLfWithThematicTitlesAndSeveralChildren {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u07-crlf-2020-07.txt");
            assertThat(items(digest.entries().get(2), SectionType.LEARNING)).containsExactly(
                    "waiting lists for mental health services left young people without support",
                    "schools were not told about previous self-harm", "friends and siblings held important information");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                    .containsExactly("ensure that the graded care profile is used in all neglect cases", "that young carers are identified");
        }
    }

    @Nested
    class PrintedYearlyListWithPageFooters {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u08-yearly-2015-printed.txt");
            assertThat(digest.entries().get(0).summary()).isEqualTo("Death of a 15-month-old boy in 2014 from ingestion of his "
                    + "mother\u2019s methadone. Mother was on a substitute prescribing programme and the home was not assessed "
                    + "for safe storage. Ethnicity or nationality not stated.");
            assertThat(items(digest.entries().get(1), SectionType.LEARNING)).contains("disclosures to a friend were not passed on");
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
    class GroupHeadingsRestartTheNumbering {

        @Test
        void entriesAsExpected() throws Exception {
            assertExpected("u12-grouped-numbering-2017-06.txt");
        }

        @Test
        void labelsWithADashOrWithoutColon() throws Exception {
            DigestEntry childE = parse("u12-grouped-numbering-2017-06.txt").entries().get(0);
            assertThat(childE.summary()).endsWith("Ethnicity or nationality not stated.");
            assertThat(items(childE, SectionType.LEARNING)).containsExactly(
                    "the need to support care leavers who become parents", "the risk of leaving very young children alone");
            assertThat(childE.section(SectionType.RECOMMENDATIONS).orElseThrow().heading()).isEqualTo("Recommendations include");
            assertThat(items(childE, SectionType.RECOMMENDATIONS)).first()
                    .isEqualTo("ensure that care leavers who are pregnant are offered a personal adviser");
        }

        @Test
        void titleWithADashIsNotALabel() {
            ParsedDigest digest = new DigestParser().parse("""
                    Learning from deaths \u2013 thematic review

                    Review of six deaths of young people in 2021.

                    Key issues: drift.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Learning from deaths \u2013 thematic review");
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

    @Nested
    class PdfTextWithCapitalsSoftHyphensAndSymbolBullets {

        @Test
        void entriesAsExpected() throws Exception {
            assertExpected("u14-pdf-text-2018-08.txt");
        }

        @Test
        void wordsBrokenWithSoftOrUnicodeHyphensAreJoined() throws Exception {
            ParsedDigest digest = parse("u14-pdf-text-2018-08.txt");
            assertThat(digest.entries().get(0).summary()).contains("recovering from drug addiction and lived");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).first()
                    .isEqualTo("housing services to be invited to all child protection conferences for children in temporary accommodation");
            assertThat(digest.entries().get(1).summary()).startsWith("Death of a 2-year-old girl");
        }

        @Test
        void capitalisedHeadingsGiveNamesInTitleCase() {
            ParsedDigest digest = new DigestParser().parse("""
                    1. BABY KATE: SERIOUS CASE REVIEW

                    Death of a baby.

                    Learning: one.

                    2. SERIOUS CASE REVIEW: CHILDREN F, G AND H

                    Neglect of three children.

                    Learning: two.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Baby Kate", "Children F, G and H");
            assertThat(digest.entries()).extracting(DigestEntry::title)
                    .containsExactly("BABY KATE: SERIOUS CASE REVIEW", "SERIOUS CASE REVIEW: CHILDREN F, G AND H");
        }
    }

    /** The plain-text digests printed to PDF (tight and loose line spacing) give the same entries as the text. */
    @ParameterizedTest(name = "{0} as PDF, leading {1}")
    @CsvSource({"u02-printed-2019-11.txt, 12", "u02-printed-2019-11.txt, 15", "u07-crlf-2020-07.txt, 12",
            "u08-yearly-2015-printed.txt, 12", "u08-yearly-2015-printed.txt, 15", "u12-grouped-numbering-2017-06.txt, 12",
            "u12-grouped-numbering-2017-06.txt, 15", "u14-pdf-text-2018-08.txt, 12", "u14-pdf-text-2018-08.txt, 15"})
    void printedToPdf(String name, float leading, @TempDir Path dir) throws Exception {
        Path pdf = dir.resolve(name.replace(".txt", ".pdf"));
        // the standard PDF font has no glyphs for ligatures, symbol-font bullets and Unicode hyphens: print their plain forms
        String text = TextRepair.normaliseCompatibilityCharacters(Files.readString(resource(name), StandardCharsets.UTF_8))
                .replace('\uf0b7', '\u2022').replace('\u2010', '-').replace('\u2011', '-');
        DigestPdfFixture.write(text.replace("\r", ""), pdf, leading);
        assertExpected(name, parse(pdf));
    }
}
