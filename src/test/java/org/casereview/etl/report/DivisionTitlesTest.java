package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A report in two parts, 'Part A: The review' and 'Part B: Agency responses and action plan' set large over the
 * report's own section headings ('Introduction', 'Recommendations' ...): the part titles are divisions, the headings
 * under them the sections; a smaller per-agency sub-heading stays a sub-heading. Parts whose titles name their own
 * sections ('Part 1: Introduction') over paragraphs and non-standard sub-headings stay the sections.
 */
class DivisionTitlesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String REC = "The police should notify children's services of every domestic abuse incident.";

    @Test
    void theHeadingsUnderPartTitlesAreTheSections(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("parts.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage one = page(document);
            try (PDPageContentStream out = new PDPageContentStream(document, one)) {
                line(out, BOLD, 16, 760, "Local Child Safeguarding Practice Review: Child D");
                line(out, REGULAR, 10, 740, "Every name in this review is invented for software testing.");
                line(out, BOLD, 20, 700, "Part A: The review");
                line(out, BOLD, 15, 668, "Introduction");
                line(out, REGULAR, 10, 648, "This review was commissioned after Child D was found to have suffered neglect.");
                line(out, BOLD, 15, 616, "Analysis");
                line(out, REGULAR, 10, 596, "Agencies saw parts of the picture but no agency brought them together.");
                line(out, BOLD, 15, 564, "Recommendations");
                line(out, BOLD, 11, 540, "Recommendations for Police");
                line(out, REGULAR, 10, 520, "1. " + REC);
            }
            PDPage two = page(document);
            try (PDPageContentStream out = new PDPageContentStream(document, two)) {
                line(out, BOLD, 20, 760, "Part B: Agency responses and action plan");
                line(out, BOLD, 15, 728, "Agency responses");
                line(out, REGULAR, 10, 708, "Each agency named in Part A has accepted the recommendations addressed to it.");
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Analysis", "Recommendations", "Agency responses");
        assertThat(report.document().sections()).extracting(Section::type).startsWith(SectionType.INTRODUCTION,
                SectionType.FINDINGS, SectionType.RECOMMENDATIONS);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text)
                .containsExactly(org.assertj.core.api.Assertions.tuple(SectionType.RECOMMENDATIONS, REC));
    }

    @Test
    void partTitlesNamingTheirSectionsStaySections(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("named-parts.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage one = page(document);
            try (PDPageContentStream out = new PDPageContentStream(document, one)) {
                line(out, BOLD, 16, 760, "Child Safeguarding Practice Review: Baby T");
                line(out, REGULAR, 10, 740, "Every name in this review is invented for software testing.");
                line(out, BOLD, 20, 700, "Part 1: Introduction");
                line(out, REGULAR, 10, 680, "Baby T was admitted to hospital aged ten weeks with a fractured arm.");
                line(out, BOLD, 20, 640, "Part 2: Findings");
                line(out, BOLD, 13, 612, "The bruise seen at the clinic");
                line(out, REGULAR, 10, 592, "The explanation given for the bruise was accepted without further enquiry.");
                line(out, BOLD, 13, 560, "The new partner");
                line(out, REGULAR, 10, 540, "The mother's new partner was not seen or asked about by any practitioner.");
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Part 1: Introduction", "Part 2: Findings");
    }

    @Test
    void partTitlesAreToldByTheirWords() {
        assertThat(DivisionTitles.isPartTitle("Part A: The review")).isTrue();
        assertThat(DivisionTitles.isPartTitle("Part Two - The partnership's response")).isTrue();
        assertThat(DivisionTitles.isPartTitle("Partnership response")).isFalse();
        assertThat(DivisionTitles.isPartTitle("Part of the family's story")).isFalse();
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void line(PDPageContentStream out, PDFont font, float size, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(72, y);
        out.showText(text);
        out.endText();
    }
}
