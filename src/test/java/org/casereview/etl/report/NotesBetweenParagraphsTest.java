package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;

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
 * An untagged report (as an HTML page opened in a word processor prints it) that sets its notes in 7.5 pt right after
 * the paragraph or list entry calling them, not at the page's foot: '1 The guidance ...' under a paragraph whose last
 * word carries a raised small '1', and a note between learning points 2 and 3 (the numbered list going on with '3.'
 * after it). The notes are in no section's text and no item; a numbered small-print line out of the notes' order is
 * left as it is. Invented text, drawn with PDFBox.
 */
class NotesBetweenParagraphsTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final float BODY = 11f;
    private static final float NOTE = 7.5f;
    private static final float LEADING = 15f;

    @TempDir
    Path dir;

    @Test
    void smallTypeNotesAfterTheirParagraphsAreInNoSectionAndNoItem() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(report(dir.resolve("n.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly("Terms of reference",
                "Learning", "Recommendations");
        assertThat(report.document().sections()).extracting(Section::text).noneMatch(text -> text.contains("guidance")
                || text.contains("supervision group") || text.contains("invented"));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Every check on a person who poses a risk must use every spelling held."),
                tuple(SectionType.LEARNING, "Youth workers need supervision that helps them notice talk of older friends."),
                tuple(SectionType.LEARNING, "Parents must be told of a risk by the agency that knows of it first."),
                tuple(SectionType.RECOMMENDATIONS, "The police should audit how names are checked before a disclosure."),
                tuple(SectionType.RECOMMENDATIONS, "The board should say which agency tells a family about a risk."));
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                PlacedText.show(out, HELVETICA_BOLD, 18, 56, TOP - 60, "Case Management Review: Child W");
                PlacedText.show(out, TIMES, BODY, 56, TOP - 80, "Safeguarding Board of Ardnaglass (invented)");
                float y = TOP - 120;
                PlacedText.show(out, HELVETICA_BOLD, 14, 56, y, "Terms of reference");
                y = called(out, y - 22, "The board agreed to undertake this review in the spring of 2022.", "1");
                y = note(out, y, "1 The guidance on reviews in Ardnaglass, an invented edition, section 14.");
                y = line(out, y - 4, "The review looked at the work of four agencies over two years.");
                y -= 16;
                PlacedText.show(out, HELVETICA_BOLD, 14, 56, y, "Learning");
                y = line(out, y - 22, "1. Every check on a person who poses a risk must use every spelling held.");
                y = called(out, y, "2. Youth workers need supervision that helps them notice talk of older friends.",
                        "2");
                y = note(out, y, "2 The youth service has since set up a monthly supervision group for its staff.");
                y = line(out, y - 4, "3. Parents must be told of a risk by the agency that knows of it first.");
                y -= 16;
                PlacedText.show(out, HELVETICA_BOLD, 14, 56, y, "Recommendations");
                y = line(out, y - 22, "1. The police should audit how names are checked before a disclosure.");
                line(out, y, "2. The board should say which agency tells a family about a risk.");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static float line(PDPageContentStream out, float y, String text) throws IOException {
        PlacedText.show(out, TIMES, BODY, 56, y, text);
        return y - LEADING;
    }

    /** A line whose last word carries a note's call: a raised small number. */
    private static float called(PDPageContentStream out, float y, String text, String call) throws IOException {
        PlacedText.show(out, TIMES, BODY, 56, y, text);
        PlacedText.show(out, TIMES, 6.5f, 56 + TIMES.getStringWidth(text) / 1000 * BODY, y + 4, call);
        return y - LEADING;
    }

    private static float note(PDPageContentStream out, float y, String text) throws IOException {
        PlacedText.show(out, TIMES, NOTE, 56, y + 3, text);
        return y - 8;
    }
}
