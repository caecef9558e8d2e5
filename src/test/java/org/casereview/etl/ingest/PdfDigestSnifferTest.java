package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.DigestPdfFixture;
import org.casereview.etl.job.GeneratedInputsAccess;
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

    @Test
    void aTaggedReportWhoseFindingsReadAsEntriesAboutOneChildIsNotADigest() {
        // Writer tagged PDF: "Finding N: Child H's ..." sub-headings, each followed by "Recommendation N:" paragraphs
        Path report = Path.of("src/test/resources/reports-e2e/batch8/thornbury-fells-cspr-child-h.pdf");
        assertThat(sniffer.test(report)).isFalse();
    }

    @Test
    void brokenPdfIsLeftToTheReportStepToReject() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really");
        assertThat(sniffer.test(broken)).isFalse();
    }
}
