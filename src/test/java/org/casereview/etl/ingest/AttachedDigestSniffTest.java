package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b65, kind 2): a PDF whose one page is only a cover and whose digest is an attached file (the
 * catalog's /EmbeddedFiles, as {@code qpdf --add-attachment} writes it) is sniffed a digest and read from the
 * attachment, keeping the PDF's media type; a cover with a CSV attached, and a report's pages with an HTML file
 * attached, stay reports. PDFs written with PDFBox here; every child and place is invented.
 */
class AttachedDigestSniffTest {

    private static final YearMonth RUN_MONTH = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private final PdfDigestSniffer sniffer = new PdfDigestSniffer(new DigestParser());
    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void aCoverCarryingAnHtmlDigestIsADigestReadFromTheAttachment() throws Exception {
        Path pdf = pdf("cover.pdf", 1, COVER, "case-reviews-2031-03.html", "text/html", DIGEST_HTML);

        assertThat(sniffer.decide(pdf)).contains(true);
        DigestLoader.ParsedFile parsed = loader.parse(pdf);
        DigestLoader.Reading reading = loader.read(parsed, "cover.pdf", RUN_MONTH);

        assertThat(parsed.text().mediaType()).isEqualTo("application/pdf");
        assertThat(reading.reviews()).extracting(r -> r.row().title()).containsExactly(
                "Child RW: Child safeguarding practice review", "Child RX: Serious case review");
        assertThat(reading.reviews().get(1).items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ItemRow::text).containsExactly("hold a return interview after every missing episode");
    }

    @Test
    void aCoverCarryingOnlyACsvStaysAReport() throws Exception {
        Path pdf = pdf("cover.pdf", 1, COVER, "figures.csv", "text/csv", "year,reviews\n2030,12\n2031,9\n");

        assertThat(sniffer.decide(pdf)).contains(false);
        assertThat(new DocumentTextExtractor().attachments(pdf)).isEmpty();
    }

    @Test
    void aReportsPagesWithAnHtmlFileAttachedStayAReport() throws Exception {
        Path pdf = pdf("report.pdf", 3, REPORT_PAGE, "case-reviews-2031-03.html", "text/html", DIGEST_HTML);

        assertThat(sniffer.decide(pdf)).contains(false);
        assertThat(new DocumentTextExtractor().attachments(pdf)).isEmpty();
    }

    private static final String COVER = """
            Learning from case reviews: March 2031
            This cover holds the digest as an attached file.
            Open the attachments panel to read the summaries (invented for testing).""";

    private static final String REPORT_PAGE = ("The review considered the period from the child's birth to the incident,"
            + " and the agencies' records of contact with the family.\n").repeat(30);

    private static final String DIGEST_HTML = """
            <html><body><h1>Case reviews published in March 2031 (invented for testing)</h1>
            <h2>Child RW: Child safeguarding practice review</h2>
            <p>Neglect of a 7-year-old girl in 2030.</p>
            <p><strong>Learning includes:</strong></p>
            <ul><li>her school attendance fell for a year</li></ul>
            <p><strong>Recommendations include:</strong></p>
            <ul><li>share attendance worries with social care</li></ul>
            <h2>Child RX: Serious case review</h2>
            <p>Serious harm to a 15-year-old boy in 2029.</p>
            <p><strong>Learning includes:</strong></p>
            <ul><li>his missing episodes were not linked</li></ul>
            <p><strong>Recommendations include:</strong></p>
            <ul><li>hold a return interview after every missing episode</li></ul>
            </body></html>
            """;

    /** {@code pages} pages each showing {@code text}'s lines, and one attached file. */
    private Path pdf(String name, int pages, String text, String fileName, String subtype, String content)
            throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                page(document, text);
            }
            PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
            embedded.setSubtype(subtype);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(fileName);
            spec.setFileUnicode(fileName);
            spec.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(fileName, spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(file.toFile());
        }
        return file;
    }

    private static void page(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
            content.setLeading(12);
            content.newLineAtOffset(40, 800);
            for (String line : text.split("\n")) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }
}
