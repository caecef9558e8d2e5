package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.digest.UnseenDigests.assertExpected;
import static org.casereview.etl.digest.UnseenDigests.items;
import static org.casereview.etl.digest.UnseenDigests.parse;
import static org.casereview.etl.digest.UnseenDigests.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented plain-text digests (encodings, printed layouts, page furniture) and the same digests printed to PDF. */
class UnseenTextDigestsTest {

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

    @Nested
    class CopiedWebTextWithEntitiesMojibakeAndItalicLabels {

        @Test
        void entriesAsExpected() throws Exception {
            ParsedDigest digest = assertExpected("u15-copied-web-text-2020-02.txt");
            assertThat(digest.heading()).isEqualTo("NSPCC Repository \u2013 February 2020");
        }

        @Test
        void entitiesAndUtf8ReadAsWindows1252AreDecoded() throws Exception {
            ParsedDigest digest = parse("u15-copied-web-text-2020-02.txt");
            assertThat(digest.entries().get(0).summary()).contains("Child DA\u2019s mother");
            assertThat(digest.entries().get(1).summary()).contains("Child DB\u2019s school");
            assertThat(items(digest.entries().get(1), SectionType.LEARNING)).contains("the girl was seen as \"making choices\"");
        }

        @Test
        void repeatedWebAddressIsFurnitureAndLoneNumbersJoinNoEntry() throws Exception {
            ParsedDigest digest = parse("u15-copied-web-text-2020-02.txt");
            assertThat(digest.entries()).extracting(DigestEntry::linkText).containsOnly("Read full overview (PDF)");
            assertThat(digest.entries()).extracting(DigestEntry::entryNo).containsExactly(1, 2, 3);
        }
    }

    /** Numbered lists inside numbered digests, stray full stops, several months in one file. */
    @Nested
    class NumberingInsideAndAcrossEntries {

        private final DigestParser parser = new DigestParser();

        @Test
        void numberedRecommendationsInsideTheFirstEntryAreItsPoints() {
            ParsedDigest digest = parser.parse("""
                    NSPCC Repository \u2013 May 2022

                    1. Child A: Serious case review

                    Neglect of a boy.

                    Recommendations:
                    1. Review the neglect strategy
                    2. Train staff in the graded care profile
                    3. Audit child in need plans

                    Read full overview (PDF)

                    2. Child B: Serious case review

                    Death of a baby in 2019.

                    Learning: safe sleep.
                    """);
            assertThat(digest.problems()).isEmpty();
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child A", "Child B");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                    "Review the neglect strategy", "Train staff in the graded care profile", "Audit child in need plans");
        }

        @Test
        void numberedTitleWithAFullStop() {
            ParsedDigest digest = parser.parse("""
                    NSPCC Repository \u2013 May 2022

                    1. Child A: Serious case review.

                    Neglect of a boy.

                    Learning: drift.

                    2. Sudden infant deaths: thematic review.

                    Review of six deaths.

                    Learning: safe sleep.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::title)
                    .containsExactly("Child A: Serious case review", "Sudden infant deaths: thematic review");
            assertThat(digest.entries().get(0).summary()).isEqualTo("Neglect of a boy.");
        }

        @Test
        void secondMonthInTheSameFileStartsAgainAtOne() {
            ParsedDigest digest = parser.parse("""
                    NSPCC Repository \u2013 November 2021

                    1. Child A: Serious case review

                    Neglect of a boy.

                    Learning: drift.

                    Read full overview (PDF)

                    NSPCC Repository \u2013 December 2021

                    1. Child B: Serious case review

                    Death of a baby in 2019.

                    Learning: safe sleep.

                    Read full overview (PDF)

                    2. Child C: Serious case review

                    Abuse of a girl.

                    Learning: hearing the child.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child A", "Child B", "Child C");
            assertThat(digest.entries()).extracting(DigestEntry::entryNo).containsExactly(1, 2, 3);
        }

        @Test
        void reviewTypeOnTheLineUnderTheNameIsPartOfTheTitle() {
            ParsedDigest digest = parser.parse("""
                    # Case reviews update

                    ### Child V
                    Child safeguarding practice review

                    Near-fatal injury to a boy.

                    **Learning:** one; two.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child V: Child safeguarding practice review");
            assertThat(digest.entries().get(0).summary()).isEqualTo("Near-fatal injury to a boy.");
        }
    }

    @Nested
    class WrappedProseAndInlineBullets {

        @Test
        void pointStartingWithALinkVerbIsNotALink() {
            DigestEntry entry = new DigestParser().parse("""
                    ## Child A: Serious case review

                    Neglect of a boy.

                    #### Learning

                    Access to interpreters was limited for the family

                    See the child as well as the parent

                    [Read the overview report](https://library.example.org/a.pdf)
                    """).entries().get(0);
            assertThat(items(entry, SectionType.LEARNING))
                    .containsExactly("Access to interpreters was limited for the family", "See the child as well as the parent");
            assertThat(entry.linkText()).isEqualTo("Read the overview report");
        }

        @Test
        void severalReportLinksOnOneLineGiveTheFirst() {
            DigestEntry entry = new DigestParser().parse("""
                    1. Child A: Serious case review

                    Neglect of a boy.

                    Recommendations include: train staff; audit plans.

                    Other resources [Read full overview \\(PDF\\)](https://x.example/o.pdf) | [Read executive summary \\(PDF\\)](https://x.example/e.pdf)
                    """).entries().get(0);
            assertThat(entry.linkText()).isEqualTo("Read full overview (PDF)");
            assertThat(entry.linkTarget()).isEqualTo("https://x.example/o.pdf");
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("train staff", "audit plans");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Read the overview report\\nhttps://x.example/o.pdf | Read the overview report
                Read the overview report (https://x.example/o.pdf)  | Read the overview report
                Read the overview report: <https://x.example/o.pdf> | Read the overview report
                """)
        void addressOnTheNextLineOrInBrackets(String lines, String text) {
            DigestEntry entry = new DigestParser().parse("1. Child A: Serious case review\n\nNeglect of a boy.\n\nLearning: one.\n\n"
                    + lines.replace("\\n", "\n") + "\n").entries().get(0);
            assertThat(entry.linkText()).isEqualTo(text);
            assertThat(entry.linkTarget()).isEqualTo("https://x.example/o.pdf");
        }

        @Test
        void aPointPrintedTwiceIsNotAPageHeader() {
            ParsedDigest digest = new DigestParser().parse("""
                    NSPCC Repository \u2013 May 2022

                    1. Child A: Serious case review

                    Neglect of a boy.

                    #### Learning

                    The voice of the child was not heard

                    2. Child B: Serious case review

                    Neglect of a girl.

                    #### Learning

                    The voice of the child was not heard
                    """);
            assertThat(digest.entries()).allSatisfy(e -> assertThat(items(e, SectionType.LEARNING))
                    .containsExactly("The voice of the child was not heard"));
        }

        @Test
        void longLabelWrappedOverALineEnd() {
            DigestEntry entry = new DigestParser().parse("""
                    1. Child A: Serious case review
                    Neglect of a boy.
                    Recommendations to Northfold Safeguarding Children
                    Partnership include: use independent interpreters; train school staff.
                    Read full overview (PDF)
                    """).entries().get(0);
            assertThat(entry.summary()).isEqualTo("Neglect of a boy.");
            assertThat(entry.section(SectionType.RECOMMENDATIONS).orElseThrow().heading())
                    .isEqualTo("Recommendations to Northfold Safeguarding Children Partnership include");
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("use independent interpreters", "train school staff");
        }

        @Test
        void bulletsRunIntoOneLineAreSeparatePoints() {
            DigestEntry entry = new DigestParser().parse("""
                    1. Child A: Serious case review

                    Neglect of a boy.

                    Recommendations include: \u2022 map the services that rural families can reach \u2022 fund transport to health appointments.
                    """).entries().get(0);
            assertThat(items(entry, SectionType.RECOMMENDATIONS))
                    .containsExactly("map the services that rural families can reach", "fund transport to health appointments");
        }
    }

    @Nested
    class NamesWithHyphensAndAccents {

        @Test
        void wholeNameIsThePseudonym() {
            ParsedDigest digest = new DigestParser().parse("""
                    1. Baby Lily-Mae: Serious case review

                    Death of a baby.

                    Learning: one.

                    2. Child Zo\u00eb and Child \u00c9lise: Child safeguarding practice review

                    Neglect of two girls.

                    Learning: two.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::childName)
                    .containsExactly("Baby Lily-Mae", "Child Zo\u00eb and Child \u00c9lise");
        }
    }

    /** The plain-text digests printed to PDF (tight and loose line spacing) give the same entries as the text. */
    @ParameterizedTest(name = "{0} as PDF, leading {1}")
    @CsvSource({"u02-printed-2019-11.txt, 12", "u02-printed-2019-11.txt, 15", "u07-crlf-2020-07.txt, 12",
            "u08-yearly-2015-printed.txt, 12", "u08-yearly-2015-printed.txt, 15", "u12-grouped-numbering-2017-06.txt, 12",
            "u12-grouped-numbering-2017-06.txt, 15", "u14-pdf-text-2018-08.txt, 12", "u14-pdf-text-2018-08.txt, 15", "u15-copied-web-text-2020-02.txt, 12"})
    void printedToPdf(String name, float leading, @TempDir Path dir) throws Exception {
        Path pdf = dir.resolve(name.replace(".txt", ".pdf"));
        // the standard PDF font has no glyphs for ligatures, symbol-font bullets and Unicode hyphens: print their plain forms
        String text = TextRepair.normaliseCompatibilityCharacters(Files.readString(resource(name), StandardCharsets.UTF_8))
                .replace('\uf0b7', '\u2022').replace('\u2010', '-').replace('\u2011', '-');
        DigestPdfFixture.write(text.replace("\r", ""), pdf, leading);
        assertExpected(name, parse(pdf));
    }
}
