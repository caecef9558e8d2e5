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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft printed with its markup shown: comment balloons ('Comment [RO9]: ...', 7.5 pt in a margin pane right of
 * the text column, each a whole sentence) beside the findings. The balloons are the drafters' remarks, not the
 * review's points: no item, and no word of them in the sections' text. Side notes that are points, with no such label,
 * are still read as entries ({@link SideNoteItems}).
 */
class MarkupBalloonsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void commentBalloonsInTheMarginAreNoItemsAndNoText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("markup.pdf");
        write(file, true);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "A parent's account of an injury should be checked with at least one other agency.",
                "Every adult in the household should be seen and spoken with, including a new partner.");
        assertThat(report.document().sections()).allSatisfy(s -> assertThat(s.text())
                .doesNotContain("Comment").doesNotContain("Legal advice").doesNotContain("panel agreed"));
        assertThat(report.document().sections()).filteredOn(s -> s.type() == SectionType.FINDINGS).singleElement()
                .satisfies(s -> assertThat(s.text())
                        .contains("The strategy discussion was held by telephone and did not include the school"));
    }

    @Test
    void sideNotesThatArePointsAreStillRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.pdf");
        write(file, false);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).extracting(ReportItem::text).anySatisfy(text -> assertThat(text)
                .startsWith("Legal advice was received and the paragraph can remain as it was first drafted."));
    }

    private static void write(Path file, boolean labelled) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 60, 790, "Local Child Safeguarding Practice Review: Child D");
                line(out, BOLD, 14, 60, 756, "Introduction");
                line(out, REGULAR, 11, 60, 738,
                        "Child D was four. Every name in this review is invented for testing.");
                line(out, BOLD, 14, 60, 708, "Analysis");
                float y = 690;
                String[] body = {"The strategy discussion was held by telephone and did",
                    "not include the school or the health visiting service.",
                    "Information that would have changed the decision was",
                    "held by an agency that was not invited to take part.",
                    "The escalation procedure was known to managers but",
                    "was less well understood by frontline staff."};
                for (String text : body) {
                    line(out, REGULAR, 11, 60, y, text);
                    y -= 15;
                }
                if (labelled) {
                    line(out, BOLD, 7.5f, 420, 690, "Comment [RO9]:");
                    line(out, SANS, 7.5f, 478, 690, "Legal advice received. This");
                    line(out, SANS, 7.5f, 420, 681, "paragraph can remain as drafted.");
                    line(out, BOLD, 7.5f, 420, 660, "Comment [JB10]:");
                    line(out, SANS, 7.5f, 482, 660, "The panel agreed this");
                    line(out, SANS, 7.5f, 420, 651, "wording at its meeting on 12 May.");
                } else {
                    line(out, SANS, 7.5f, 420, 690, "Legal advice was received and the");
                    line(out, SANS, 7.5f, 420, 681, "paragraph can remain as it was first drafted.");
                }
                line(out, BOLD, 14, 60, 600, "Learning");
                line(out, REGULAR, 11, 68, 582, "\u2022");
                line(out, REGULAR, 11, 80, 582, "A parent's account of an injury should be checked");
                line(out, REGULAR, 11, 80, 567, "with at least one other agency.");
                line(out, REGULAR, 11, 68, 549, "\u2022");
                line(out, REGULAR, 11, 80, 549, "Every adult in the household should be seen and spoken with,");
                line(out, REGULAR, 11, 80, 534, "including a new partner.");
                line(out, BOLD, 14, 60, 504, "Conclusion");
                line(out, REGULAR, 11, 60, 486, "The partnership thanks the family for taking part in the review.");
            }
            document.save(file.toFile());
        }
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
