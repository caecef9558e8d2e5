package org.casereview.etl.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs no report should be, written for the hostile-input tests. */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A short report that opens only with a user password. */
    public static Path encrypted(Path file) throws IOException {
        return smallReport().saveEncrypted(file, "owner-secret", "user-secret");
    }

    /** Two pages holding only pictures: no text layer. */
    public static Path imageOnly(Path file) throws IOException {
        return new PdfFixtureBuilder().imagePage().imagePage().save(file);
    }

    /** A table ending right at a sub-heading: once an IndexOutOfBoundsException in the block builder. */
    public static Path tableThenSubHeading(Path file) throws IOException {
        return new PdfFixtureBuilder()
                .newPage()
                .heading1("1. Introduction")
                .paragraph("This learning review looks at the support given to Child Z, a girl aged 9 in Thornbury.")
                .heading1("2. Agencies involved")
                .table(new float[] {0.4f, 0.6f}, new String[] {"Agency", "Role"},
                        new String[] {"School nursing", "Health checks at the primary school"},
                        new String[] {"Early help", "Family support worker visits"})
                .heading2("Contact with the family")
                .paragraph("The school nurse saw Child Z three times during the spring term.")
                .heading1("3. Recommendations")
                .numbered("The partnership should review how school nurses share concerns with early help.")
                .save(file);
    }

    /** One line of text on each of {@code pages} pages. */
    public static Path manyPages(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, 11);
                    out.newLineAtOffset(60, 700);
                    out.showText("Chronology of events, part " + n + " of the review.");
                    out.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * One page of {@code lines} text lines drawn a hair apart, so they overlap into one band: once
     * minutes of a contents-page regular expression.
     */
    public static Path overlappingLines(Path file, int lines) throws IOException {
        StringBuilder content = new StringBuilder("BT /F1 10 Tf 60 780 Td\n");
        for (int n = 0; n < lines; n++) {
            content.append("(item ").append(n % 1000).append(" . . . . 12) Tj 0 -0.02 Td\n");
        }
        content.append("ET\n");
        return onePage(file, content.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** One page whose compressed content draws {@code glyphs} characters: a small file, a huge page. */
    public static Path densePage(Path file, int glyphs) throws IOException {
        String row = "(" + "x".repeat(100) + ") Tj 0 -1 Td\n";
        StringBuilder content = new StringBuilder("BT /F1 1 Tf 60 780 Td\n");
        content.append(row.repeat(Math.max(1, glyphs / 100)));
        content.append("ET\n");
        return onePage(file, content.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The first {@code share} of a file's bytes, as a download cut short leaves it. */
    public static Path truncated(Path source, Path file, double share) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(file, java.util.Arrays.copyOf(bytes, (int) (bytes.length * share)));
    }

    private static Path onePage(Path file, byte[] content) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
            page.setContents(stream);
            doc.addPage(page);
            doc.save(file.toFile());
        }
        return file;
    }

    private static PdfFixtureBuilder smallReport() throws IOException {
        return new PdfFixtureBuilder()
                .newPage()
                .heading1("1. Introduction")
                .paragraph("This review concerns a boy who is called Child Y in this report.")
                .heading1("2. Recommendations")
                .numbered("The partnership should publish guidance on home visits.");
    }
}
