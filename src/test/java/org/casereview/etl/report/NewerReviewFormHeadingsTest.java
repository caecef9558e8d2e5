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
 * Headings of newer review forms (section-headings.yml): a SILP's 'Patterns and underlying issues' (findings) and
 * 'Considerations for the partnership' (its recommendations, the model making no formal ones), a review written to
 * the child ('Why we wrote this review', 'What we are going to change'), a rapid review's 'Immediate safeguarding
 * actions' (what was done at once: background, not the 'actions' asked for).
 */
class NewerReviewFormHeadingsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String CONSIDER = "Whether the bruising protocol should be part of the induction of all clinic staff.";
    private static final String WILL = "We will make sure that every child is offered a chance to talk away from home.";

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @Test
    void theFormsHeadingsTakeTheirTypes() {
        assertThat(typer.type("5. Patterns and underlying issues")).isEqualTo(SectionType.FINDINGS);
        assertThat(typer.type("Underlying factors")).isEqualTo(SectionType.FINDINGS);
        assertThat(typer.type("7. Considerations for the partnership")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("Matters for the board to consider")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("Why we wrote this review")).isEqualTo(SectionType.INTRODUCTION);
        assertThat(typer.type("Why I wrote this letter")).isEqualTo(SectionType.INTRODUCTION);
        assertThat(typer.type("What we are going to change")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("What the partnership is going to do")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("Immediate safeguarding actions")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("Immediate actions taken")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("Actions")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(typer.type("Patterns of harm")).isNotEqualTo(SectionType.FINDINGS);
    }

    @Test
    void aSilpsConsiderationsAndALettersPromisesAreRecommendations(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("silp.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Significant Incident Learning Process: Child R");
                line(out, REGULAR, 10, 72, 760, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 730, "Patterns and underlying issues");
                line(out, REGULAR, 10, 72, 710, "Agencies learned about the new partner at different times and nobody checked.");
                line(out, BOLD, 14, 72, 680, "Considerations for the partnership");
                line(out, REGULAR, 10, 72, 660, "The SILP model does not make formal recommendations. The partnership may consider:");
                line(out, REGULAR, 10, 72, 640, "1.  " + CONSIDER);
                line(out, BOLD, 14, 72, 606, "What we are going to change");
                line(out, REGULAR, 10, 72, 586, "\u2022  " + WILL);
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).contains(
                tuple("Patterns and underlying issues", SectionType.FINDINGS),
                tuple("Considerations for the partnership", SectionType.RECOMMENDATIONS),
                tuple("What we are going to change", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(CONSIDER, WILL);
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
