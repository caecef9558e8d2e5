package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Input folders for job tests: the sample digest plus invented report PDFs written with PDFBox. */
final class GeneratedInputs {

    private GeneratedInputs() {
    }

    static Path withReports(Path dir, int reports, int pagesEach) throws IOException {
        Path input = Files.createDirectories(dir);
        Files.copy(Path.of("input/seed-2021-11.txt"), input.resolve("seed-2021-11.txt"));
        for (int i = 1; i <= reports; i++) {
            writeReport(input.resolve(String.format("Testshire_CSPR_Child_Z%02d.pdf", i)), "Child Z" + i, pagesEach);
        }
        return input;
    }

    /** A report: title page, then numbered sections, one of them recommendations with numbered items. */
    static void writeReport(Path file, String child, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    if (p == 1) {
                        y = line(out, bold, 20, 60, y, "Child Safeguarding Practice Review: " + child);
                        line(out, regular, 12, 60, y - 20, "Testshire Safeguarding Children Partnership (invented for tests)");
                        continue;
                    }
                    boolean recommendations = p == pages;
                    y = line(out, bold, 16, 60, y, (p - 1) + ". " + (recommendations ? "Recommendations" : "Findings part " + (p - 1)));
                    for (int k = 1; k <= 8; k++) {
                        String text = recommendations
                                ? k + ". The partnership should review practice area " + k + " for " + child + "."
                                : "Paragraph " + k + " about what agencies knew and did for " + child + " in this period.";
                        y = line(out, regular, 11, 60, y - 8, text);
                    }
                }
            }
            doc.getDocumentInformation().setTitle("Child Safeguarding Practice Review: " + child);
            doc.save(file.toFile());
        }
    }

    private static float line(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        return y - size * 1.6f;
    }
}
