package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page newsletter with no cover and no document information title: the newsletter's name as a masthead in the
 * headline's size (white on a band), with the partnership's name (cut short) and the issue line in small type set beside it on its
 * baseline; under it the headline printing the review's title in the same size (in the headings' colour), a standfirst, and the body in a narrow
 * column whose first paragraph names the kind of review over a line break ("... the local child" / "safeguarding
 * practice review about ..."). The headline is the title; the masthead is neither title nor section; the review type is
 * the one the opening text names whole, not a piece of it one narrow line holds. Invented text, drawn with PDFBox.
 */
class MastheadBesideIssueLineTest {

    private static final float TOP = PDRectangle.A4.getHeight();

    @TempDir
    Path dir;

    @Test
    void theHeadlineOfTheMastheadsSizeIsTheTitleAndTheOpeningTextNamesTheReviewType() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(newsletter(dir.resolve("lamp.pdf")));

        assertThat(report.metadata().title()).isEqualTo("Lessons from a review: Child Q");
        assertThat(report.metadata().reviewTypeText()).isEqualTo("local child safeguarding practice review");
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("About this review", "What we found", "What will change");
    }

    private static Path newsletter(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setNonStrokingColor(0.1f, 0.35f, 0.4f);
                out.addRect(0, TOP - 76, PDRectangle.A4.getWidth(), 76);
                out.fill();
                out.setNonStrokingColor(1f, 1f, 1f);
                PlacedText.show(out, HELVETICA_BOLD, 24, 56, TOP - 46, "Practice Lamp");
                PlacedText.show(out, HELVETICA, 10, 380, TOP - 46, "Ostermoor Safeguarding Children Partn");
                PlacedText.show(out, HELVETICA, 10, 380, TOP - 60, "Issue 3, Spring 2026");
                out.setNonStrokingColor(0.1f, 0.35f, 0.4f);
                PlacedText.show(out, HELVETICA_BOLD, 24, 56, TOP - 114, "Lessons from a review: Child Q");
                out.setNonStrokingColor(0f, 0f, 0f);
                PlacedText.show(out, HELVETICA, 11, 56, TOP - 141,
                        "What one review told us about babies who are shaken, and what every practitioner can do.");
                float y = column(out, TOP - 206, "About this review",
                        "This issue looks at the local child", "safeguarding practice review about",
                        "Child Q, a baby of four months who", "was taken to hospital with a head",
                        "injury in the spring of 2025. The", "full report is on the partnership", "website.");
                y = column(out, y, "What we found",
                        "The baby's crying was raised with", "the GP twice. Nobody asked who", "looked after the baby at night.");
                column(out, y, "What will change",
                        "1. Every health visitor will talk", "about coping with crying at the", "new birth visit.",
                        "2. GPs will ask who cares for a", "baby at night when crying is", "raised.");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A section in the narrow first column (150 pt), as a three-column newsletter sets it. */
    private static float column(PDPageContentStream out, float y, String heading, String... lines) throws IOException {
        out.setNonStrokingColor(0.1f, 0.35f, 0.4f);
        PlacedText.show(out, HELVETICA_BOLD, 13, 56, y, heading);
        out.setNonStrokingColor(0f, 0f, 0f);
        return PlacedText.lines(out, TIMES, 9, 56, y - 18, 12.5f, lines) - 30;
    }
}
