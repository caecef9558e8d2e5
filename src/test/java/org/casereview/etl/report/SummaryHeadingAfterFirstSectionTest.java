package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.lines;
import static org.casereview.etl.report.PlacedText.show;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No cover: the title block, then the body on page 1. A heading typed summary that is no standard heading ("Summary
 * of practice") may be the document's kind line in the title block ("7 Minute Briefing"), but after a heading that
 * opened a section it is a section of the body like the headings around it.
 */
class SummaryHeadingAfterFirstSectionTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void aSummaryHeadingAfterTheFirstSectionIsASection() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("summary.pdf")));

        assertThat(report.document().sections()).extracting(Section::type, Section::heading, Section::pageStart)
                .containsExactly(
                        tuple(SectionType.INTRODUCTION, "Why this review was carried out", 1),
                        tuple(SectionType.SUMMARY, "Summary of practice", 1),
                        tuple(SectionType.GOOD_PRACTICE, "Good practice", 1),
                        tuple(SectionType.RECOMMENDATIONS, "Recommendations", 2));
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA, 12, 57, 790, "Invented Safeguarding Children Partnership");
                show(out, HELVETICA_BOLD, 18, 57, 765, "Child Safeguarding Practice Review: Child G");
                show(out, HELVETICA, 10, 57, 745, "Lead reviewer: Ann Example. Published: March 2025");
                float y = heading(out, 705, "Why this review was carried out");
                y = lines(out, HELVETICA, 10, 57, y, 13,
                        "Child G, a boy aged fourteen, was found in another town after being missing from home for",
                        "six days. The rapid review found learning about how missing episodes are followed up.") - 14;
                y = heading(out, y, "Summary of practice");
                y = lines(out, HELVETICA, 10, 57, y, 13,
                        "Return home interviews were offered after each episode but Child G took up only one of them.",
                        "A screening tool was completed in January and scored him as at low risk of exploitation.",
                        "A multi-agency meeting was planned for March but was cancelled when the police could not",
                        "attend, and it was not arranged again.") - 14;
                y = heading(out, y, "Good practice");
                show(out, HELVETICA, 10, 57, y, "\u2022");
                show(out, HELVETICA, 10, 69, y, "His mother reported every missing episode promptly to the police.");
                show(out, HELVETICA, 10, 57, y - 15, "\u2022");
                show(out, HELVETICA, 10, 69, y - 15, "The school shared its concerns with the police on the same day.");
            }
            try (PDPageContentStream out = page(document)) {
                float y = heading(out, 780, "Recommendations");
                show(out, HELVETICA, 10, 57, y, "1.");
                show(out, HELVETICA, 10, 72, y, "The police should attend every multi-agency exploitation meeting.");
                show(out, HELVETICA, 10, 57, y - 15, "2.");
                show(out, HELVETICA, 10, 72, y - 15, "The partnership should review how return home interviews are offered.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        show(out, HELVETICA_BOLD, 14, 57, y, text);
        return y - 20;
    }

    private static PDPageContentStream page(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }
}
