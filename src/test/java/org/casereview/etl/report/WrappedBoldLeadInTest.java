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
 * Learning paragraphs that open with a bold sentence too long for one line: the first line is all bold, the
 * bold sentence ends on the second line and regular text follows it there. The all-bold first line is the
 * start of the lead-in, not a sub-heading, and the paragraph is one item from its first line.
 */
class WrappedBoldLeadInTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font HEAD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 11;
    private static final float PITCH = 14.8f;

    @TempDir
    Path dir;

    @Test
    void aBoldLeadInWrappedOverTwoLinesOpensItsItem() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(learningBrief(dir.resolve("wrapped-lead.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Leaving school early can cut a young person off from the adults"
                        + " she trusts. Plans should weigh the loss of those relationships."),
                tuple(SectionType.LEARNING, "A debt owed to people who exploit a child is a serious threat to"
                        + " her safety. It should be treated as a risk of harm, not as a money problem."),
                tuple(SectionType.LEARNING, "Plans must travel with the child. The new area needs the full"
                        + " picture of risk on the day she arrives."));
    }

    private static Path learningBrief(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 560;
                y = heading(out, y, "Why was this review carried out?");
                y = plain(out, y, "Amira was sixteen when she was seriously hurt in an assault in the town",
                        "centre. She had been a child in care for a year. The partnership carried out this",
                        "review to understand how the risks to her were known and managed.");
                y = heading(out, y, "What did we learn?");
                y = lead(out, y, "Leaving school early can cut a young person off from the adults",
                        "she trusts.", " Plans should weigh the loss of those", "relationships.");
                y = lead(out, y, "A debt owed to people who exploit a child is a serious threat to",
                        "her safety.", " It should be treated as a risk of harm, not as a money", "problem.");
                y = lead(out, y, null, "Plans must travel with the child.", " The new area needs the full",
                        "picture of risk on the day she arrives.");
                heading(out, y, "What happens next?");
                plain(out, y - 28, "The partnership will publish this summary and check on progress in a year.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        show(out, HEAD, 14, 33, y, text);
        return y - 28;
    }

    private static float plain(PDPageContentStream out, float y, String... lines) throws IOException {
        for (String line : lines) {
            show(out, REGULAR, SIZE, 33, y, line);
            y -= PITCH;
        }
        return y - 10;
    }

    /** A paragraph whose bold first sentence may fill a first line; regular text follows it on the next. */
    private static float lead(PDPageContentStream out, float y, String boldLine, String boldEnd, String regular,
                              String lastLine) throws IOException {
        if (boldLine != null) {
            show(out, BOLD, SIZE, 44, y, boldLine);
            y -= PITCH;
        }
        show(out, BOLD, SIZE, 44, y, boldEnd);
        show(out, REGULAR, SIZE, 44 + BOLD.getStringWidth(boldEnd) / 1000 * SIZE, y, regular);
        show(out, REGULAR, SIZE, 44, y - PITCH, lastLine);
        return y - 2 * PITCH - 10;
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
