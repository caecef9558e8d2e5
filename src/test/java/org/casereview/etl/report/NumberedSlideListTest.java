package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;
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
 * Speaker-notes pages: each page a framed slide picture (title, then its points a little larger than the notes)
 * above the notes. A slide's numbered points ('1. Ask ...', '2. Tell ...') standing one under the other, each a
 * sentence, are a numbered list under the slide's title, not numbered headings; numbered headings with text between
 * them stay headings. Every name and place is invented.
 */
class NumberedSlideListTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    /** A slide scaled onto a notes page: its points a little larger than the notes, its list markers smaller. */
    private static final float POINT = 12.2f;
    private static final float MARKER = 5.4f;
    private static final float NOTES = 10f;

    @TempDir
    Path dir;

    @Test
    void numberedSentencesOneUnderAnotherOnASlideAreItemsOfItsTitle() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(notesPages(dir.resolve("brief.pdf")));

        assertThat(report.document().sections()).extracting(Section::type, Section::heading, Section::pageStart)
                .containsExactly(
                        tuple(SectionType.BACKGROUND, "What happened", 2),
                        tuple(SectionType.LEARNING, "Learning", 3),
                        tuple(SectionType.RECOMMENDATIONS, "Recommendations", 4));
        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text, ReportItem::page).containsExactly(
                        tuple("Ask schools to check absence with the family that day.", 4),
                        tuple("Tell housing officers who lives at each address.", 4),
                        tuple("Give foster carers the social worker's name and number.", 4));
    }

    @Test
    void numberedHeadingsWithTextBetweenThemStayHeadings() throws Exception {
        Path pdf = dir.resolve("numbered.pdf");
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA_BOLD, 18, 60, 780, "Serious case review: Child W");
                float y = 740;
                String[] headings = {"1. Introduction", "2. Background", "3. Findings", "4. Recommendations"};
                for (String heading : headings) {
                    show(out, HELVETICA_BOLD, 14, 60, y, heading);
                    y = lines(out, HELVETICA, 11, 60, y - 22, 15,
                            "This part of the review sets out what the panel learned from the agencies involved,",
                            "and what each agency told the panel about the help it gave to the family.") - 20;
                }
            }
            document.save(pdf.toFile());
        }

        ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "1. Introduction", "2. Background", "3. Findings", "4. Recommendations");
    }

    private static Path notesPages(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            slide(document, "Learning brief: Child N", new String[] {
                "\u2022 Every person and place here is invented for testing."});
            slide(document, "What happened", new String[] {
                "\u2022 Child N, aged eleven, lived with his grandmother.",
                "\u2022 His school saw that he was often absent on Mondays."});
            slide(document, "Learning", new String[] {
                "\u2022 Absence on the same weekday can be a sign of harm.",
                "\u2022 Kinship carers need to know whom to call for help."});
            slide(document, "Recommendations", new String[] {
                "1. Ask schools to check absence with the family that day.",
                "2. Tell housing officers who lives at each address.",
                "3. Give foster carers the social worker's name and number."});
            document.save(file.toFile());
        }
        return file;
    }

    /** A notes page: the slide picture in a drawn frame at the top, the speaker's notes under it. */
    private static void slide(PDDocument document, String title, String[] points) throws IOException {
        try (PDPageContentStream out = page(document)) {
            out.addRect(90, 470, 415, 310);
            out.stroke();
            show(out, HELVETICA_BOLD, 18.2f, 110, 740, title);
            float y = 700;
            for (String point : points) {
                // the slide's list marker is a separate run in the notes font, smaller than the point it marks
                int space = point.indexOf(' ');
                show(out, HELVETICA, MARKER, 112, y + 1, point.substring(0, space));
                show(out, HELVETICA, POINT, 128, y, point.substring(space + 1));
                y -= 20;
            }
            lines(out, TIMES, NOTES, 60, 420, 14,
                    "Talk through each point and ask the group how it applies to their own service. Invite",
                    "examples from recent cases.");
        }
    }

    private static PDPageContentStream page(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }
}
