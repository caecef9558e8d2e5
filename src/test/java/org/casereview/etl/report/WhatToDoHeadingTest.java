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
 * A 7-minute briefing's 'What to do' tile (section-headings.yml): the practice asked of the reader, its bullets the
 * briefing's recommendations, as 'What should I do?' is.
 */
class WhatToDoHeadingTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String DO = "Follow the bruising protocol for every baby who is not independently mobile.";

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @Test
    void whatToDoIsRecommendations() {
        assertThat(typer.type("What to do")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("5 What to do next")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("What we learned about what to do")).isEqualTo(SectionType.LEARNING);
        assertThat(typer.type("Questions to consider")).isNotEqualTo(SectionType.RECOMMENDATIONS);
    }

    @Test
    void theTilesBulletsAreRecommendationItems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("briefing.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 18, 72, 780, "7 Minute Briefing: Baby R");
                line(out, REGULAR, 10, 72, 760, "Every name in this briefing is invented for software testing.");
                line(out, BOLD, 14, 72, 720, "Background");
                line(out, REGULAR, 10, 72, 700, "Baby R was eleven weeks old when she was admitted to hospital.");
                line(out, BOLD, 14, 72, 666, "What to do");
                line(out, REGULAR, 10, 72, 646, "\u2022  " + DO);
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type)
                .contains(tuple("What to do", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(DO);
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
