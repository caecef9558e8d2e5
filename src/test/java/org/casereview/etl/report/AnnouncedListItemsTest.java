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
 * A findings chapter whose paragraph ends by naming the kind of the numbered list after it ("The learning points
 * are:"): the entries are items of that kind, even one that asks for something ("should"), which under findings
 * is otherwise a recommendation. The entries are drawn as table cells (marker and text in columns of their own), and
 * a footnote call raised by a text rise of half the line's size at an entry's end stays in its line.
 */
class AnnouncedListItemsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font SANS_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10;

    @TempDir
    Path dir;

    @Test
    void listAnnouncedAsLearningGivesLearningUnderFindings() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("announced.pdf"),
                "that nobody asked about the lodger. The learning points are:", false));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners should ask who else lives in or visits the home."),
                tuple(SectionType.LEARNING, "A toddler missing nursery for weeks is a safeguarding concern."),
                tuple(SectionType.LEARNING, "An injury that does not fit the account given needs a medical opinion."),
                tuple(SectionType.RECOMMENDATIONS, "The Board should publish guidance on adults in the household."),
                tuple(SectionType.RECOMMENDATIONS, "Health visitors should follow up a child who stops attending "
                        + "nursery."));
    }

    @Test
    void listNoLeadInNamesKeepsOnlyItsRequestAsRecommendation() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("unnamed.pdf"),
                "that nobody asked about the lodger. The review found three things:", false));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "Practitioners should ask who else lives in or visits the home."),
                tuple(SectionType.RECOMMENDATIONS, "The Board should publish guidance on adults in the household."),
                tuple(SectionType.RECOMMENDATIONS, "Health visitors should follow up a child who stops attending "
                        + "nursery."));
    }

    @Test
    void raisedNoteCallStaysInItsLine() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("note-call.pdf"),
                "that nobody asked about the lodger. The learning points are:", true));

        Section findings = report.document().sections().get(1);
        assertThat(findings.type()).isEqualTo(SectionType.FINDINGS);
        assertThat(findings.text().lines().toList()).containsExactly(
                "The review found that the risk from the lodger was not known to any agency working with the child, and "
                        + "that nobody asked about the lodger. The learning points are:",
                "1. Practitioners should ask who else lives in or visits the home.",
                "2. A toddler missing nursery for weeks is a safeguarding concern.",
                "3. An injury that does not fit the account given needs a medical opinion.");
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).hasSize(3);
    }

    /** Three chapters: background, findings ending in the given lead-in and a numbered list, recommendations. */
    private static Path report(Path file, String leadIn, boolean noteCall) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 760;
                y = heading(out, y, "1   What happened?");
                y = line(out, y, "Child L lived with his mother and, from the spring, with a lodger who had previous");
                y = line(out, y, "convictions for violence. The lodger was never seen by any practitioner.") - 18;
                y = heading(out, y, "2   What did we find?");
                y = line(out, y, "The review found that the risk from the lodger was not known to any agency working "
                        + "with the child, and");
                y = line(out, y, leadIn) - 4;
                float end = cell(out, y, "1.", "Practitioners should ask who else lives in or visits the home.");
                if (noteCall) {
                    raisedCall(out, end, y, "1");
                }
                cell(out, y - 18, "2.", "A toddler missing nursery for weeks is a safeguarding concern.");
                cell(out, y - 36, "3.", "An injury that does not fit the account given needs a medical opinion.");
                y -= 72;
                y = heading(out, y, "3   What needs to change?");
                cell(out, y, "a.", "The Board should publish guidance on adults in the household.");
                cell(out, y - 18, "b.", "Health visitors should follow up a child who stops attending nursery.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        show(out, SANS_BOLD, 17, 57, y, text);
        return y - 20;
    }

    private static float line(PDPageContentStream out, float y, String text) throws IOException {
        show(out, REGULAR, SIZE, 57, y, text);
        return y - 12;
    }

    /** A list entry as a ReportLab table row: the marker in a cell at x 65, the text in the next at x 80. */
    private static float cell(PDPageContentStream out, float y, String marker, String text) throws IOException {
        show(out, REGULAR, SIZE, 65, y, marker);
        show(out, REGULAR, SIZE, 80, y, text);
        return 80 + REGULAR.getStringWidth(text) / 1000 * SIZE;
    }

    /** A footnote call in 8 pt raised by a text rise of 5 pt, right after the entry's last word. */
    private static void raisedCall(PDPageContentStream out, float x, float y, String mark) throws IOException {
        out.beginText();
        out.setFont(REGULAR, 8);
        out.setTextRise(5);
        out.newLineAtOffset(x, y);
        out.showText(mark);
        out.setTextRise(0);
        out.endText();
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
