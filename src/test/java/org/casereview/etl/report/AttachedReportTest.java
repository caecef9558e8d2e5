package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.lines;
import static org.casereview.etl.report.PlacedText.show;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF whose report is an embedded file: a portfolio (catalog /Collection) or a one-page cover carrying one attached
 * PDF that is most of the file. The attachment is read as the report (its pages numbered in the attachment); a
 * report with a small attached summary stays its own report; an encrypted or oversized attachment rejects the file
 * with a reason naming the file and the attachment. Every name and place is invented.
 */
class AttachedReportTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final String ATTACHED = "rapid-review-child-k-report.pdf";

    @TempDir
    Path dir;

    @Test
    void aPortfolioIsReadThroughItsAttachedReport() throws Exception {
        Path pdf = outer(dir.resolve("portfolio.pdf"), 1, report(), true);

        ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::type, Section::heading, Section::pageStart)
                .containsExactly(
                        tuple(SectionType.INTRODUCTION, "Introduction", 1),
                        tuple(SectionType.LEARNING, "Learning", 2),
                        tuple(SectionType.RECOMMENDATIONS, "Recommendations", 3));
        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text, ReportItem::page).containsExactly(
                        tuple("The partnership should audit how schools record a child's absence from lessons.", 3),
                        tuple("Health visitors should share a missed appointment with the family doctor.", 3));
    }

    @Test
    void aOnePageCoverWhoseAttachedPdfIsMostOfTheFileIsReadThroughTheAttachment() throws Exception {
        Path pdf = outer(dir.resolve("cover.pdf"), 1, report(), false);

        ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Learning", "Recommendations");
    }

    @Test
    void aReportWithASmallAttachedPdfStaysItsOwnReport() throws Exception {
        Path pdf = outer(dir.resolve("long.pdf"), 4, summary(), false);

        ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading).contains("Outer part 4")
                .doesNotContain("Introduction", "Learning");
    }

    @Test
    void anEncryptedAttachmentRejectsTheFileNamingTheAttachment() throws Exception {
        Path pdf = outer(dir.resolve("locked.pdf"), 1, encrypted(report()), true);

        assertThatThrownBy(() -> EXTRACTOR.extractWithItems(pdf)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("locked.pdf").hasMessageContaining(ATTACHED)
                .extracting(e -> ((UnreadableDocumentException) e).reason()).isEqualTo(RejectReason.ENCRYPTED);
    }

    @Test
    void anAttachmentLargerThanAFileMayBeRejectsTheFileNamingTheAttachment() throws Exception {
        // spaces after %%EOF, which a PDF reader skips, make the attachment large and its compressed stream small
        byte[] padded = Arrays.copyOf(report(), 400_000);
        Arrays.fill(padded, report().length, padded.length, (byte) ' ');
        Path pdf = outer(dir.resolve("big.pdf"), 1, padded, true);
        DocumentGuard guard = new DocumentGuard(new DocumentLimits(300_000, 1_000, 200_000_000, 10_000, 50_000,
                5_000_000, java.time.Duration.ofSeconds(30)));

        DocumentOutcome<ExtractedReport> outcome = guard.run("big.pdf", () -> EXTRACTOR.extractWithItems(pdf));

        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(rejected.message()).contains("big.pdf").contains(ATTACHED).contains("300000 bytes");
        });
    }

    private static byte[] report() throws IOException {
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA_BOLD, 18, 60, 760, "Rapid review: Child K");
                show(out, HELVETICA_BOLD, 14, 60, 700, "Introduction");
                lines(out, HELVETICA, 11, 60, 676, 15,
                        "This rapid review looks at the help given to Child K, aged nine, in the year before",
                        "the school raised a concern. Every person and place in this report is invented for testing.");
            }
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA_BOLD, 14, 60, 760, "Learning");
                lines(out, HELVETICA, 11, 60, 736, 15,
                        "The review found that each agency held part of the picture and none held it whole.",
                        "Practitioners did not ask about the child's lived experience at home.");
            }
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA_BOLD, 14, 60, 760, "Recommendations");
                lines(out, HELVETICA, 11, 60, 736, 15,
                        "\u2022 The partnership should audit how schools record a child's absence from lessons.",
                        "\u2022 Health visitors should share a missed appointment with the family doctor.");
            }
            return bytes(document);
        }
    }

    private static byte[] summary() throws IOException {
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA_BOLD, 14, 60, 760, "Introduction");
                show(out, HELVETICA, 11, 60, 736, "A short summary of the review.");
            }
            return bytes(document);
        }
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        }
    }

    /** An outer PDF of {@code pages} pages of its own (a cover, or numbered parts) with {@code attachment} embedded. */
    private static Path outer(Path file, int pages, byte[] attachment, boolean portfolio) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int n = 1; n <= pages; n++) {
                try (PDPageContentStream out = page(document)) {
                    if (n == 1) {
                        show(out, HELVETICA_BOLD, 18, 60, 760, "Rapid review: Child K");
                        show(out, HELVETICA, 11, 60, 720, "The report of this review is the attached file.");
                    } else {
                        show(out, HELVETICA_BOLD, 14, 60, 760, "Outer part " + n);
                        lines(out, HELVETICA, 11, 60, 736, 15,
                                "This page of the outer document holds text of its own about the review,",
                                "long enough to be read as a page of the report and not as a cover.");
                    }
                }
            }
            attach(document, attachment);
            if (portfolio) {
                document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Collection"),
                        new COSDictionary());
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void attach(PDDocument document, byte[] pdf) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(pdf), COSName.FLATE_DECODE);
        file.setSubtype("application/pdf");
        file.setSize(pdf.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(ATTACHED);
        spec.setFileUnicode(ATTACHED);
        spec.setEmbeddedFile(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(ATTACHED, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    private static PDPageContentStream page(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
