package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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
 * Issue 9 (digests b69, kind 2): a PDF portfolio (the catalog's {@code /Collection}) whose one page is a cover naming
 * its files and whose reviews are attached PDFs, one each, is sniffed a digest and read from its parts in order, with
 * the cover's heading; the same PDFs attached to a cover that is no portfolio, and a portfolio of one report, stay
 * reports. On main the portfolio was a report with no entries ('no PDF in a PDF'). PDFs written with PDFBox here;
 * every child and place is invented.
 */
class PortfolioDigestSniffTest {

    private static final YearMonth RUN_MONTH = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private final PdfDigestSniffer sniffer = new PdfDigestSniffer(new DigestParser());
    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void aPortfolioOfOneReviewAFileIsADigestReadFromItsPartsInOrder() throws Exception {
        Path pdf = pdf("portfolio.pdf", true, Map.of("01-child-rw.pdf", REVIEW_RW, "02-child-rx.pdf", REVIEW_RX));

        assertThat(sniffer.decide(pdf)).contains(true);
        DigestLoader.ParsedFile parsed = loader.parse(pdf);
        DigestLoader.Reading reading = loader.read(parsed, "portfolio.pdf", RUN_MONTH);

        assertThat(parsed.text().mediaType()).isEqualTo("application/pdf");
        assertThat(reading.reviews()).extracting(r -> r.row().title()).containsExactly(
                "Child RW: Child safeguarding practice review", "Child RX: Serious case review");
        assertThat(reading.reviews().get(1).items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ItemRow::text).containsExactly("hold a return interview after every missing episode");
    }

    @Test
    void theSamePartsBehindACoverThatIsNoPortfolioStayAReport() throws Exception {
        Path pdf = pdf("cover.pdf", false, Map.of("01-child-rw.pdf", REVIEW_RW, "02-child-rx.pdf", REVIEW_RX));

        assertThat(sniffer.decide(pdf)).contains(false);
    }

    @Test
    void aPortfolioOfOneReportStaysAReport() throws Exception {
        Path pdf = pdf("report-portfolio.pdf", true, Map.of("overview-report.pdf", REPORT_PAGE));

        assertThat(sniffer.decide(pdf)).contains(false);
    }

    private static final String COVER = """
            Case review summaries: March 2031
            Two case reviews were published in March 2031 (invented for testing).
            This PDF portfolio holds one file for each review.""";

    private static final String REVIEW_RW = """
            Child RW: Child safeguarding practice review
            Neglect of a 7-year-old girl in 2030. Child RW is White British.
            Learning includes:
            - her school attendance fell for a year
            Recommendations include:
            - share attendance worries with social care""";

    private static final String REVIEW_RX = """
            Child RX: Serious case review
            Serious harm to a 15-year-old boy in 2029. Child RX is White British.
            Learning includes:
            - his missing episodes were not linked
            Recommendations include:
            - hold a return interview after every missing episode""";

    private static final String REPORT_PAGE = ("The review considered the period from the child's birth to the incident,"
            + " and the agencies' records of contact with the family.\n").repeat(30);

    /** A one-page cover, the files attached (as PDFs of one page each, in name order), a portfolio if asked. */
    private Path pdf(String name, boolean portfolio, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            page(document, COVER);
            Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
            for (Map.Entry<String, String> part : new TreeMap<>(parts).entrySet()) {
                PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(onePage(part.getValue())));
                embedded.setSubtype("application/pdf");
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(part.getKey());
                spec.setFileUnicode(part.getKey());
                spec.setEmbeddedFile(embedded);
                specs.put(part.getKey(), spec);
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(specs);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            if (portfolio) {
                COSDictionary collection = new COSDictionary();
                collection.setItem(COSName.TYPE, COSName.getPDFName("Collection"));
                collection.setItem(COSName.getPDFName("View"), COSName.D);
                document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Collection"), collection);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static byte[] onePage(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document, text);
            document.save(out);
            return out.toByteArray();
        }
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
