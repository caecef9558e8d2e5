package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
 * Learning points set as italic 8.5 pt side notes in a narrow column left of an 11 pt text column (groff's .mk / .rt
 * margin notes), each level with the first line of the finding it belongs to, no note call in the body: the notes are
 * the review's points, read as entries after their paragraphs and as learning items of the findings section.
 */
class SideNoteItemsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

    @Test
    void sentenceNotesBesideFindingsAreReadAfterTheirParagraphsAsLearning(@TempDir Path dir) throws Exception {
        byte[] pdf = findingsWithSideNotes();
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsSubsequence("The family moved three times in the year and each move",
                    "before the review began.", "\u2022 A family that moves often", "must have its health",
                    "records sent before the move.", "The school noticed that the girl was often hungry on a",
                    "Monday and recorded it, but nobody told the health visitor.", "\u2022 Hunger seen at school must",
                    "be shared with the health", "visitor the same week.", "Recommendations");
        }
        Path file = dir.resolve("side-notes.pdf");
        Files.write(file, pdf);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(
                "A family that moves often must have its health records sent before the move.",
                "Hunger seen at school must be shared with the health visitor the same week.");
    }

    @Test
    void labelsAndReferencesInTheLeftMarginStayOutOfTheLines() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, BOLD, 13, 190, 720, "Findings");
                write(out, REGULAR, 11, 190, 700, "The family moved three times in the year and each move");
                write(out, REGULAR, 11, 190, 686, "took the children further from their grandmother.");
                write(out, ITALIC, 8.5f, 60, 700, "See the housing policy");
                write(out, ITALIC, 8.5f, 60, 690, "of March 2023");
            }
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactly("Findings", "The family moved three times in the year and each move",
                    "took the children further from their grandmother.");
        }
    }

    private static byte[] findingsWithSideNotes() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, BOLD, 16, 190, 780, "Local Child Safeguarding Practice Review: Child Q");
                write(out, BOLD, 13, 190, 740, "Introduction");
                write(out, REGULAR, 11, 190, 722, "This review concerns Child Q, a girl of nine who lived with");
                write(out, REGULAR, 11, 190, 708, "her mother and two brothers. Every name in it is invented.");
                write(out, BOLD, 13, 190, 680, "Findings");
                String[] first = {"The family moved three times in the year and each move",
                    "took the children further from their grandmother, and no",
                    "health record followed them until the third school asked",
                    "before the review began."};
                String[] second = {"The school noticed that the girl was often hungry on a",
                    "Monday and recorded it, but nobody told the health visitor."};
                float y = 662;
                for (String line : first) {
                    write(out, REGULAR, 11, 190, y, line);
                    y -= 13.5f;
                }
                float secondTop = y;
                for (String line : second) {
                    write(out, REGULAR, 11, 190, y, line);
                    y -= 13.5f;
                }
                write(out, ITALIC, 8.5f, 60, 662, "A family that moves often");
                write(out, ITALIC, 8.5f, 60, 652, "must have its health");
                write(out, ITALIC, 8.5f, 60, 642, "records sent before the move.");
                write(out, ITALIC, 8.5f, 60, secondTop, "Hunger seen at school must");
                write(out, ITALIC, 8.5f, 60, secondTop - 10, "be shared with the health");
                write(out, ITALIC, 8.5f, 60, secondTop - 20, "visitor the same week.");
                write(out, BOLD, 13, 190, y - 20, "Recommendations");
                write(out, REGULAR, 11, 190, y - 38, "1. The partnership should ask schools to share hunger.");
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
