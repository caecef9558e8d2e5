package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.DigestPdfFixture;
import org.casereview.etl.digest.SlideDeckDigestTest;
import org.casereview.etl.digest.TaggedDigestPdf;
import org.casereview.etl.job.GeneratedInputsAccess;
import org.casereview.etl.pdf.RunInTitlesPdf;
import org.casereview.etl.pdf.RunInTitlesPdf.Paragraph;
import org.casereview.etl.pdf.SlideDeckPdf;
import org.casereview.etl.pdf.TjLinesPdf;
import org.casereview.etl.pdf.WordObjectsPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDigestSnifferTest {

    @TempDir
    Path dir;

    private final PdfDigestSniffer sniffer = new PdfDigestSniffer(new DigestParser());

    @Test
    void digestPrintedToPdfIsADigest() throws IOException {
        Path pdf = dir.resolve("digest.pdf");
        DigestPdfFixture.write(Files.readString(Path.of("input/seed-2021-11.txt")), pdf, 14f);
        assertThat(sniffer.test(pdf)).isTrue();
    }

    @Test
    void aTaggedDigestLaidOutAsATableIsADigestByItsShape() throws IOException {
        assertThat(sniffer.test(org.casereview.etl.digest.LayoutDigestTextTest.tableDigest(dir.resolve("table-digest.pdf")))).isTrue();
    }

    @Test
    void aDigestWhoseFirstEntryFillsTheFirstTwoPagesIsADigestByItsThirdPage() throws IOException {
        StringBuilder text = new StringBuilder("Case reviews published in May 2026\n\n"
                + "1. Child QA: Child safeguarding practice review\n\nNeglect of a 4-year-old boy in 2024.\n\nLearning includes:\n");
        for (int i = 1; i <= 95; i++) {
            text.append("- point ").append(i).append(" of what the agencies learned about the family\n");
        }
        text.append("\n2. Child QB: Serious case review\n\nDeath of a baby in 2019.\n\nRecommendations include:\n"
                + "- see fathers at every visit\n- share records\n");
        Path pdf = dir.resolve("long-entries.pdf");
        DigestPdfFixture.write(text.toString(), pdf, 14f);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(sniffer.test(pdf)).isTrue();
    }

    @Test
    void aDigestWhosePageLinesAreWrittenFromTheBottomUpIsADigest() throws IOException {
        List<String> lines = List.of("Case reviews published in January 2025",
                "1. Child AB: Serious case review", "Death of a 4-year-old girl in 2016 after neglect.",
                "Learning includes:", "\u2022 the school did not know of the drinking",
                "\u2022 the father's role was not assessed", "Recommendations include:",
                "\u2022 share records between agencies",
                "Read serious case review (PDF)",
                "2. Child CD: Child safeguarding practice review", "Injuries to a baby boy in Leeds in 2020.",
                "Learning includes:", "\u2022 the baby was not seen at home", "Recommendations include:",
                "\u2022 see fathers at every visit", "\u2022 record who lives in the home", "Read child safeguarding practice review (PDF)");
        Path topDown = TjLinesPdf.write(dir.resolve("top-down.pdf"), List.of(TjLinesPdf.column(lines)));
        assertThat(sniffer.test(topDown)).as("top-down").isTrue();
        Path pdf = TjLinesPdf.write(dir.resolve("bottom-up.pdf"), List.of(TjLinesPdf.bottomUp(TjLinesPdf.column(lines))));
        assertThat(sniffer.test(pdf)).isTrue();
    }

    /** Issue 9 (digests b35, kind 1): every word its own text object, the labels in letter-spaced capitals. */
    @Test
    void aDigestOfWordObjectsWithLetterSpacedLabelsIsADigest() throws IOException {
        assertThat(sniffer.test(WordObjectsPdf.write(dir.resolve("words.pdf"), WordObjectsPdf.twoReviews()))).isTrue();
    }

    /** Issue 9 (digests b35, kind 2): review titles printed only as images, their words in each Figure's /Alt. */
    @Test
    void aTaggedDigestWhoseTitlesAreImagesIsADigest() throws IOException {
        assertThat(sniffer.test(org.casereview.etl.digest.ImageTitlesDigestTest.imageTitles(dir.resolve("titles.pdf"))))
                .isTrue();
    }

    /** Issue 9 (digests b27): numbered entries whose bold title runs into the summary, with no title line of its own. */
    @Test
    void aDigestOfNumberedEntriesWhoseBoldTitlesRunIntoTheirSummariesIsADigest() throws IOException {
        assertThat(sniffer.test(RunInTitlesPdf.numberedDigest(dir.resolve("numbered.pdf")))).isTrue();
    }

    /** The same shape in a report: numbered paragraphs with bold run-in titles, all about the one child of the review. */
    @Test
    void aReportWhoseNumberedParagraphsOpenWithBoldTitlesIsNotADigest() throws IOException {
        Path pdf = RunInTitlesPdf.write(dir.resolve("numbered-report.pdf"), List.of(
                Paragraph.plain("Local Child Safeguarding Practice Review: Child VK"),
                new Paragraph("1.", "Why Child VK was reviewed.", List.of("Child VK, a boy aged seven, missed most of",
                        "a school year in 2023 while his mother was unwell.")),
                Paragraph.plain("Learning includes:", "- a child missing from school is a safeguarding concern"),
                new Paragraph("2.", "What agencies knew about Child VK.", List.of("The school referred his attendance",
                        "twice and two home visits found nobody in.")),
                Paragraph.plain("Learning includes:", "- a visit that finds nobody in needs a next step"),
                new Paragraph("3.", "What should change for children like Child VK.", List.of("The partnership accepted",
                        "every recommendation.")),
                Paragraph.plain("Recommendations include:", "- follow up every child missing from education")));

        assertThat(sniffer.test(pdf)).isFalse();
    }

    @Test
    void aSlideDeckWhoseReviewsStartAfterATitleAndAnAboutSlideIsADigest() throws IOException {
        // pages 1-2 hold no entry; each review fills two small pages, so the second review's lists are on page 6
        Path deck = SlideDeckPdf.write(dir.resolve("deck.pdf"), "Partnership learning team", "Case reviews briefing",
                SlideDeckDigestTest.deck("\u2022", false));
        assertThat(sniffer.test(deck)).isTrue();
    }

    @Test
    void aBriefingSlideDeckAboutOneReviewIsNotADigest() {
        // 7 slides of little text, read to the last by the sniff: background, learning and recommendations of one review
        Path briefing = Path.of("src/test/resources/reports-e2e/batch13/penrose-bay-cspr-jacob-briefing-slides.pdf");
        assertThat(sniffer.test(briefing)).isFalse();
    }

    /** Issue 9 (pending-batch41 kind 1): the section's name in a turned side label on every body page is no entry. */
    @Test
    void aReportWithATurnedSideLabelOnEveryPageIsNotADigest() throws IOException {
        assertThat(sniffer.test(org.casereview.etl.pdf.SideLabelReportPdf.sideLabels(dir.resolve("labels.pdf")))).isFalse();
    }

    @Test
    void reportIsNotADigest() throws IOException {
        Path input = GeneratedInputsAccess.withReports(dir.resolve("in"), 1, 6);
        assertThat(sniffer.test(input.resolve("Testshire_CSPR_Child_Z01.pdf"))).isFalse();
    }

    @Test
    void aShortBriefingWhoseHeadingsReadAsLabelsIsNotADigest() {
        // 2 pages: "Learning Review: Jayden" on the cover, then Key messages, Learning, Recommendations headings
        Path briefing = Path.of("src/test/resources/reports-e2e/batch4/pellingham-learning-review-jayden-briefing.pdf");
        assertThat(sniffer.test(briefing)).isFalse();
    }

    /**
     * A one-review summary without a cover, in plain lines: the title naming the child reads as one entry, and the
     * body's own headings ("How the review was carried out") as a second one with labelled sections, but that one
     * names no review of its own. Counted once per review, it is the same review: a report.
     */
    @Test
    void aSummaryReportWhoseBodyHeadingReadsAsASecondEntryIsNotADigest() throws IOException {
        Path pdf = dir.resolve("summary-report.pdf");
        DigestPdfFixture.write("""
                Kestrel Moor Safeguarding Children Partnership
                Local Child Safeguarding Practice Review: Child K
                Learning from a local review: summary report
                Published March 2025
                This review and every person, place and organisation in it are invented for software testing.
                Introduction
                The partnership commissioned this review after Child K, a boy aged seven, was found to have missed
                most of a school year while his mother was unwell and no agency followed up his absence.
                How the review was carried out
                The reviewer read the records of six agencies, spoke with Child K's aunt and held a learning event
                for fourteen practitioners. His mother did not take part.
                Background
                Child K lived with his mother. The school referred his attendance to the local authority in 2023,
                and two home visits found nobody in.
                Findings
                Each agency held part of the picture and none of them put it together.
                Learning
                Learning point 1: A child missing from school for weeks is a safeguarding concern, not only an
                attendance matter.
                Learning point 2: When a home visit finds nobody in, someone must decide what happens next.
                What worked well
                The aunt was contacted quickly once the concern was raised and Child K now lives with her.
                Recommendations
                1. The local authority should review how it follows up a child missing from education.
                2. Schools should share attendance concerns with the health visitor and the GP.
                """, pdf, 14f);
        assertThat(sniffer.test(pdf)).isFalse();
    }

    @Test
    void aTaggedReportWhoseFindingsReadAsEntriesAboutOneChildIsNotADigest() {
        // Writer tagged PDF: "Finding N: Child H's ..." sub-headings, each followed by "Recommendation N:" paragraphs
        Path report = Path.of("src/test/resources/reports-e2e/batch8/thornbury-fells-cspr-child-h.pdf");
        assertThat(sniffer.test(report)).isFalse();
    }

    /**
     * A tagged report: one title naming the child, chapters, a conclusion, then an action plan table whose header
     * cell "Recommendation" reads as a list label. Read as entries, the chapter "Conclusion" heads a second one; a
     * chapter heading names no child, so that entry names no review and the file is one review: a report.
     */
    @Test
    void aTaggedReportWhoseConclusionHeadsAnActionPlanTableIsNotADigest() throws IOException {
        Path pdf;
        try (TaggedDigestPdf report = new TaggedDigestPdf()) {
            report.newPage().paragraph("Corvell Safeguarding Children Partnership")
                    .heading(1, "Local Child Safeguarding Practice Review Child W")
                    .paragraph("Lead reviewer: Ines Battersby").paragraph("Published: 3 June 2025")
                    .paragraph("This document and every person, place and organisation in it are invented for testing.")
                    .heading(2, "Introduction")
                    .paragraph("Child W was a twelve year old girl who went missing from a residential home in March 2025.")
                    .heading(2, "Background")
                    .paragraph("Child W moved between four placements in two years and missed most of Year 7.")
                    .heading(2, "Learning")
                    .list("Each move of placement should be followed by a review of who the child trusts.",
                            "Missing episodes need to be read together rather than one at a time.")
                    .heading(2, "Recommendations")
                    .paragraph("Recommendation 1")
                    .paragraph("The local authority should hold a return conversation after every missing episode.")
                    .paragraph("Recommendation 2")
                    .paragraph("Schools should be told of every change of placement within two days.")
                    .newPage().heading(2, "Conclusion")
                    .paragraph("The partnership will oversee the action plan below through its practice subgroup.")
                    .heading(2, "Appendix 1: Action plan")
                    .table(List.of(
                            List.of(List.of("Recommendation"), List.of("Action"), List.of("Lead"), List.of("Timescale")),
                            List.of(List.of("1. Return conversations"), List.of("Add them to the missing protocol"),
                                    List.of("Head of service"), List.of("September 2025")),
                            List.of(List.of("2. Placement changes shared"), List.of("Notify the virtual school"),
                                    List.of("Virtual school head"), List.of("October 2025"))));
            pdf = report.save(dir.resolve("tagged-report.pdf"));
        }
        assertThat(sniffer.test(pdf)).isFalse();
    }

    @Test
    void brokenPdfIsLeftToTheReportStepToReject() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really");
        assertThat(sniffer.test(broken)).isFalse();
    }
}
