package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A briefing's panel under a heading the vocabulary types nothing ('Key points') that opens with a line announcing
 * the list under it: a lead-in phrase ('The panel identified that:') or a learning heading phrase in a sentence
 * ('Learning from this case:') makes the section learning and its bullets learning items. A lead-in naming nothing
 * ('Useful contacts:') leaves the section other; a heading that is typed keeps its type whatever line opens it.
 */
class LeadInTypedSectionTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String[] BULLETS = {
        "Nobody asked the grandmother how she was managing with four children at home.",
        "The school counted the absences but did not ask where the children had been.",
        "Each agency saw one part of the picture and none of them put it together."};

    @TempDir
    Path dir;

    @Test
    void aLeadInPhraseTypesAnUntypedPanelAsLearning() throws Exception {
        ExtractedReport report = extract("The panel identified that:", "Key points");

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Background", SectionType.BACKGROUND),
                tuple("Key points", SectionType.LEARNING),
                tuple("Further information", SectionType.OTHER));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, BULLETS[0]), tuple(SectionType.LEARNING, BULLETS[1]),
                tuple(SectionType.LEARNING, BULLETS[2]));
    }

    @Test
    void aLearningHeadingPhraseInALeadInDoesTheSame() throws Exception {
        ExtractedReport report = extract("Learning from this case:", "Key points");

        assertThat(report.document().sections().get(1).type()).isEqualTo(SectionType.LEARNING);
        assertThat(report.items()).hasSize(3).allMatch(i -> i.type() == SectionType.LEARNING);
    }

    @Test
    void aLeadInNamingNoKindLeavesThePanelOther() throws Exception {
        ExtractedReport report = extract("Useful contacts for practitioners:", "Key points");

        assertThat(report.document().sections().get(1).type()).isEqualTo(SectionType.OTHER);
        assertThat(report.items()).isEmpty();
    }

    @Test
    void aTypedHeadingKeepsItsType() throws Exception {
        ExtractedReport report = extract("The panel identified that:", "What happened");

        assertThat(report.document().sections().get(1).type()).isEqualTo(SectionType.BACKGROUND);
        assertThat(report.items()).isEmpty();
    }

    private ExtractedReport extract(String leadIn, String heading) throws Exception {
        Path pdf = dir.resolve("briefing.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, BOLD, 18, 50, 790, "Child Safeguarding Practice Review: Child R");
                text(out, BOLD, 14, 50, 750, "Background");
                text(out, REGULAR, 10, 50, 730, "Child R is six and lives with her grandmother and three cousins. "
                        + "She was taken to hospital");
                text(out, REGULAR, 10, 50, 717, "in the spring with a head injury that the family could not "
                        + "explain.");
                text(out, BOLD, 14, 50, 685, heading);
                text(out, REGULAR, 10, 50, 665, leadIn);
                float y = 650;
                for (String bullet : BULLETS) {
                    text(out, REGULAR, 10, 56, y, "\u2022");
                    text(out, REGULAR, 10, 68, y, bullet);
                    y -= 15;
                }
                text(out, BOLD, 14, 50, y - 20, "Further information");
                text(out, REGULAR, 10, 50, y - 40, "The full report is published on the partnership's website.");
            }
            document.save(pdf.toFile());
        }
        return ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
