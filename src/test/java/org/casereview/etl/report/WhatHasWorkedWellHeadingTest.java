package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'What has worked well' (section-headings.yml), the perfect-tense form a Northern Ireland case management review
 * uses beside 'What worked well': good practice, its bullets good practice items.
 */
class WhatHasWorkedWellHeadingTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String WELL = "The school acted quickly on the disclosure and the strategy meeting was held that day.";

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @Test
    void perfectTenseFormsAreGoodPractice() {
        assertThat(typer.type("4. What has worked well")).isEqualTo(SectionType.GOOD_PRACTICE);
        assertThat(typer.type("What have gone well")).isEqualTo(SectionType.GOOD_PRACTICE);
        assertThat(typer.type("What has not worked")).isNotEqualTo(SectionType.GOOD_PRACTICE);
    }

    @Test
    void itsBulletsAreGoodPracticeItems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cmr.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 18, 72, 780, "Case Management Review: Child B");
                line(out, REGULAR, 10, 72, 760, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 720, "3. Summary of the case");
                line(out, REGULAR, 11, 72, 700, "Child B lived with her mother and two brothers in a rented flat.");
                line(out, BOLD, 14, 72, 666, "4. What has worked well");
                line(out, REGULAR, 11, 72, 646, "\u2022  " + WELL);
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type)
                .contains(tuple("4. What has worked well", SectionType.GOOD_PRACTICE));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.GOOD_PRACTICE)
                .extracting(ReportItem::text).containsExactly(WELL);
    }

    private static void line(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
