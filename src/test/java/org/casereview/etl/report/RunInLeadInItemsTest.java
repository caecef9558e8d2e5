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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report with no headings: each section opens with a bold run-in label on its first paragraph. The findings
 * paragraph is prose of its own section, and a paragraph that only announces the list after it ("The review
 * identified the following learning.") is no item: the items are the list entries.
 */
class RunInLeadInItemsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void runInLeadParagraphsAreNotItems() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(runInReport(dir.resolve("run-in.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Children who move between relatives can fall between services."),
                tuple(SectionType.LEARNING, "Asking where a child sleeps should be routine when a carer changes."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should publish guidance on children who move "
                        + "between family members."),
                tuple(SectionType.RECOMMENDATIONS, "Housing services should ask about children when an adult seeks "
                        + "help."));
    }

    private static Path runInReport(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 780;
                y = paragraph(out, y, "Background.", "Child R was twelve when he was hurt in a fall at the flat",
                        "where he had been living with his father for three weeks.");
                y = paragraph(out, y, "Findings.", "The review found that the moves were treated as private family",
                        "arrangements. Nobody asked whether the father's flat was safe for a child.");
                y = paragraph(out, y, "Learning.", "The review identified the following learning.");
                y = entry(out, y, "\u2022", "Children who move between relatives can fall between services.");
                y = entry(out, y, "\u2022", "Asking where a child sleeps should be routine when a carer changes.");
                y = paragraph(out, y - 8, "Recommendations.", "The review identified the following recommendations.");
                y = entry(out, y, "1.", "The partnership should publish guidance on children who move between family "
                        + "members.");
                entry(out, y, "2.", "Housing services should ask about children when an adult seeks help.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A paragraph opening with a bold run-in label; returns the y below it. */
    private static float paragraph(PDPageContentStream out, float y, String label, String... lines)
            throws IOException {
        show(out, BOLD, 60, y, label);
        show(out, REGULAR, 60 + BOLD.getStringWidth(label + " ") / 1000 * 10.5f, y, lines[0]);
        for (int i = 1; i < lines.length; i++) {
            show(out, REGULAR, 60, y - 14 * i, lines[i]);
        }
        return y - 14 * lines.length - 10;
    }

    private static float entry(PDPageContentStream out, float y, String marker, String text) throws IOException {
        show(out, REGULAR, 72, y, marker);
        show(out, REGULAR, 86, y, text);
        return y - 20;
    }

    private static void show(PDPageContentStream out, PDType1Font font, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, 10.5f);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
