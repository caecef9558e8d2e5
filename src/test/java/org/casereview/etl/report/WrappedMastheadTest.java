package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page council newsletter brief with no cover: a masthead naming the newsletter in 30 pt bold white on a coloured
 * band, wrapped onto two lines, the issue line in small type beside its first line; under the band the brief's title as
 * the headline, wrapped onto two lines, then the brief's sections. The masthead is no section: what stands above the
 * headline that prints the title is the newsletter's, not the brief's. Invented text, drawn with PDFBox.
 */
class WrappedMastheadTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final String TITLE = "Learning brief: Local Child Safeguarding Practice Review Child P";

    @TempDir
    Path dir;

    @Test
    void aMastheadWrappedOnTwoLinesBesideTheIssueLineIsNoSection() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(brief(dir.resolve("brief.pdf"), true));

        assertThat(report.metadata().title()).isEqualTo(TITLE);
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("About the review", "What we learned", "What we will do");
    }

    @Test
    void aMastheadWrappedOnTwoLinesAloneOnItsBandIsNoSection() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(brief(dir.resolve("alone.pdf"), false));

        assertThat(report.metadata().title()).isEqualTo(TITLE);
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("About the review", "What we learned", "What we will do");
    }

    private static Path brief(Path file, boolean issueLine) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(TITLE);
            doc.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                masthead(out, issueLine);
                out.setNonStrokingColor(0.08f, 0.31f, 0.43f);
                PlacedText.lines(out, HELVETICA_BOLD, 22, 40, TOP - 170, 26,
                        "Learning brief: Local Child Safeguarding", "Practice Review Child P");
                out.setNonStrokingColor(0f, 0f, 0f);
                PlacedText.show(out, TIMES, 12, 40, TOP - 215,
                        "What practitioners across Wrayford need to know from the review about Child P.");
                float y = section(out, TOP - 250, "About the review",
                        "Wrayford Safeguarding Children Partnership commissioned a local child safeguarding",
                        "practice review after Child P, aged two, was found at home with serious injuries.",
                        "This brief sets out the main learning for practitioners in every agency.");
                y = section(out, y, "What we learned",
                        "\u2022 Bruising in a baby who is not yet mobile always needs a medical opinion.",
                        "\u2022 A new adult in the household is a change that practitioners should ask about.");
                section(out, y, "What we will do",
                        "1. Refresh the partnership's guidance on bruising in children who are not mobile.",
                        "2. Add a question about new adults in the household to the health visiting forms.");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** The band, the masthead's two lines in bold white and (when asked) the issue line beside the first. */
    private static void masthead(PDPageContentStream out, boolean issueLine) throws IOException {
        out.setNonStrokingColor(0.08f, 0.31f, 0.43f);
        out.addRect(0, TOP - 130, PDRectangle.A4.getWidth(), 130);
        out.fill();
        out.setNonStrokingColor(1f, 1f, 1f);
        PlacedText.show(out, HELVETICA_BOLD, 30, 50, TOP - 72, "Safeguarding");
        PlacedText.show(out, HELVETICA_BOLD, 30, 50, TOP - 106, "Together");
        if (issueLine) {
            PlacedText.show(out, HELVETICA, 9, 290, TOP - 72,
                    "Issue 9 | Autumn 2025 | Wrayford Safeguarding Children Partnership");
        }
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    private static float section(PDPageContentStream out, float y, String heading, String... lines) throws IOException {
        out.setNonStrokingColor(0.08f, 0.31f, 0.43f);
        PlacedText.show(out, HELVETICA_BOLD, 15, 40, y, heading);
        out.setNonStrokingColor(0f, 0f, 0f);
        return PlacedText.lines(out, TIMES, 11, 40, y - 22, 14, lines) - 20;
    }
}
