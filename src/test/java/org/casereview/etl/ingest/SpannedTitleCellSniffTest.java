package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 33's b59 kind 1: a ReportLab table 'Review | Part | Details' whose first cell (the title wrapped over three
 * lines) spans its review's rows, a row per part ('Summary' beside the summary, each label beside its items), the cells
 * written one after another row by row. The lines alone run each title on as the last words of the row before's last
 * item, so the sniffer found one review with sections and took the digest for a report; the paragraphs PDFBox finds
 * (the gap between one row and the next) set each title apart, as the digest step's text does. A report's pages,
 * paragraphs apart too, still name one child only. Every child, family and place here is invented.
 */
class SpannedTitleCellSniffTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float TITLE_X = 50;
    private static final float PART_X = 175;
    private static final float DETAIL_X = 280;
    private static final float LEAD = 11.5f;
    private static final float ROW_GAP = 9;

    @TempDir
    Path dir;

    private record Review(List<String> title, List<String> summary, List<String> learning, List<String> recs) {
    }

    @Test
    void titleCellsSpanningTheirRowsAreReadAsEntries() throws Exception {
        Path file = dir.resolve("spanned-table-2031-07.pdf");
        write(file, List.of(
                new Review(List.of("Child RBX: Child", "safeguarding practice", "review"),
                        List.of("Serious harm to a 2-year-old boy in 2030 who", "was scalded. Child RBX is White British."),
                        List.of("the scald was not seen as neglect", "the nursery did not ask about it"),
                        List.of("health visitors to refer every scald on a toddler")),
                new Review(List.of("Child SCX: Serious case", "review"),
                        List.of("Neglect of a 6-year-old girl in 2029 who often", "missed school. Child SCX is Indian."),
                        List.of("her absences were not followed up", "the home was not visited"),
                        List.of("schools to visit after ten days of absence")),
                new Review(List.of("Child TDX: Child", "safeguarding practice", "review"),
                        List.of("Death of a 15-year-old boy in 2030 who was", "stabbed. Child TDX is Black British."),
                        List.of("his exclusion was not shared", "the knife was not asked about"),
                        List.of("schools to share every exclusion"))));

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(file)).contains(true);
    }

    @Test
    void aReportsParagraphsNamingOneChildStayAReport() throws Exception {
        Path file = dir.resolve("report-findings.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = show(content, BOLD, 16, TITLE_X, 790, "Child RBX: Child safeguarding practice review");
                for (int finding = 1; finding <= 3; finding++) {
                    y = show(content, BOLD, 11, TITLE_X, y - ROW_GAP, "Finding " + finding + ": Child RBX's care");
                    y = show(content, REGULAR, 10, TITLE_X, y, "Child RBX was seen by the health visitor in 2030.");
                    y = show(content, BOLD, 10, TITLE_X, y - ROW_GAP, "Learning includes:");
                    y = show(content, REGULAR, 10, TITLE_X, y, "\u2022 the scald was not seen as neglect");
                    y = show(content, REGULAR, 10, TITLE_X, y, "\u2022 the nursery did not ask about it");
                }
            }
            doc.save(file.toFile());
        }

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(file)).contains(false);
    }

    private static void write(Path file, List<Review> reviews) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = show(content, BOLD, 16, TITLE_X, 790, "Case reviews published in July 2031") - 4;
                y = show(content, REGULAR, 10, TITLE_X, y, "Three reviews. Every child and place here is invented.");
                content.beginText();
                content.setFont(BOLD, 10);
                content.newLineAtOffset(TITLE_X, y - ROW_GAP);
                content.showText("Review");
                content.newLineAtOffset(PART_X - TITLE_X, 0);
                content.showText("Part");
                content.newLineAtOffset(DETAIL_X - PART_X, 0);
                content.showText("Details");
                content.endText();
                y -= ROW_GAP + LEAD;
                for (Review review : reviews) {
                    y = review(content, review, y - ROW_GAP);
                }
            }
            doc.save(file.toFile());
        }
    }

    /** The spanning cell first (title lines, the link), then each row's part and details, as ReportLab writes them. */
    private static float review(PDPageContentStream content, Review review, float top) throws IOException {
        float y = top;
        for (String line : review.title()) {
            y = show(content, BOLD, 10, TITLE_X, y, line);
        }
        show(content, REGULAR, 9, TITLE_X, y - 4, "Read the practice review (PDF)");
        y = row(content, top, "Summary", List.of(), review.summary());
        y = row(content, y - ROW_GAP, "Learning includes:", review.learning(), List.of());
        return row(content, y - ROW_GAP, "Recommendations\ninclude:", review.recs(), List.of());
    }

    /** One row: the part's name (a wrapped label on two lines), then its details: '• ' items or the summary's lines. */
    private static float row(PDPageContentStream content, float top, String part, List<String> items, List<String> text)
            throws IOException {
        float partY = top;
        for (String line : part.split("\n")) {
            partY = show(content, REGULAR, 9, PART_X, partY, line);
        }
        float y = top;
        for (String line : text) {
            y = show(content, REGULAR, 9, DETAIL_X, y, line);
        }
        for (String item : items) {
            y = show(content, REGULAR, 9, DETAIL_X, y, "\u2022 " + item);
        }
        return Math.min(y, partY);
    }

    private static float show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - LEAD;
    }
}
