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
 * A page in two parallel columns 10.5 pt apart with a thin rule in the gutter, as LaTeX's paracol sets them: each
 * heading and paragraph of one column starts on the same baseline as its twin in the other, so every heading row is
 * bold on both sides of the gutter, as a table's header row is; a title block runs across the page above them. Bold
 * rows that recur, each after rows of regular text, are headings over columns, not a table header. On this bilingual
 * page (Welsh left, English right) the Welsh column is a translation and is left out.
 */
class ParallelColumnsTest {

    private static final float TOP = 842;
    private static final float LEFT = 56.7f;
    private static final float RIGHT = 302.6f;
    private static final float PITCH = 13.5f;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    @Test
    void leavesOutTheWelshColumnOfABilingualPage() throws Exception {
        ExtractedReport report = read("bilingual.pdf", new String[][] {
                {"1 Cyflwyniad", "Mae’r bwrdd wedi cynnal yr adolygiad hwn ar ôl", "i Blentyn P gael ei derbyn i’r ysbyty gyda llosgiadau."},
                {"2 Dysgu", "1. Dylai ymarferwyr ofyn am y cartref pan fydd", "plentyn ifanc yn cael ei weld gydag anaf."},
                {"3 Argymhellion", "1. Dylai’r bwrdd adolygu sut mae ymwelwyr iechyd", "yn cael gwybod am newid cyfeiriad y teulu."}},
                new String[][] {
                {"1 Introduction", "The board carried out this review after Child P", "was admitted to hospital with burns."},
                {"2 Learning", "1. Practitioners should ask about the home", "whenever a young child is seen with an injury."},
                {"3 Recommendations", "1. The board should review how health visitors", "are told about a family’s change of address."}});
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Introduction", SectionType.INTRODUCTION), tuple("2 Learning", SectionType.LEARNING),
                tuple("3 Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING,
                        "Practitioners should ask about the home whenever a young child is seen with an injury."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The board should review how health visitors are told about a family’s change of address."));
    }

    /**
     * The two languages as separate stories, each column's blocks one under another at its own pace (the Welsh runs
     * longer), so no Welsh heading stands level with its English twin: the columns part at a plain gutter and the
     * Welsh one is still a translation, its headings no sections of the report.
     */
    @Test
    void leavesOutAWelshColumnWhoseHeadingsStandAtOtherHeights() throws Exception {
        String[][] welsh = {
                {"Cyflwyniad", "Mae’r bwrdd wedi cynnal yr adolygiad hwn ar ôl i", "Blentyn P gael ei derbyn i’r ysbyty gyda", "llosgiadau yn ystod y gaeaf."},
                {"Dysgu ar gyfer ymarfer", "1. Dylai ymarferwyr ofyn am y cartref pan fydd", "plentyn ifanc yn cael ei weld gydag anaf, a", "chofnodi pwy sy’n byw yno gyda’r teulu."},
                {"Argymhellion", "1. Dylai’r bwrdd adolygu sut mae ymwelwyr iechyd", "yn cael gwybod am newid cyfeiriad y teulu", "neu am symud i ardal arall."}};
        String[][] english = {
                {"Introduction", "The board carried out this review after Child P", "was admitted to hospital with burns."},
                {"Learning for practice", "1. Practitioners should ask about the home", "whenever a young child is seen with an injury."},
                {"Recommendations", "1. The board should review how health visitors", "are told about a family’s change of address."}};
        Path pdf = dir.resolve("stories.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, bold, 16, 170, 80, "Child Practice Review: Child P");
                text(out, regular, 10, 120, 100, "Reference CPR 4/2025, published 3 March 2025, a review invented for tests");
                story(out, LEFT, welsh);
                story(out, RIGHT, english);
            }
            doc.save(pdf.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION), tuple("Learning for practice", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "Practitioners should ask about the home whenever a young child is seen with an injury.",
                "The board should review how health visitors are told about a family’s change of address.");
    }

    private void story(PDPageContentStream out, float x, String[][] blocks) throws IOException {
        float top = 140;
        for (String[] block : blocks) {
            block(out, x, top, block);
            top += (block.length + 1) * PITCH + 12;
        }
    }

    /** Blocks of a heading and two lines, each block's twin in the other column on the same baselines. */
    private ExtractedReport read(String name, String[][] left, String[][] right) throws Exception {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, bold, 16, 170, 80, "Child Practice Review: Child P");
                text(out, regular, 10, 120, 100, "Reference CPR 4/2025, published 3 March 2025, a review invented for tests");
                float top = 140;
                for (int b = 0; b < Math.max(left.length, right.length); b++) {
                    block(out, LEFT, top, b < left.length ? left[b] : null);
                    block(out, RIGHT, top, b < right.length ? right[b] : null);
                    top += 4 * PITCH + 12;
                }
                out.setLineWidth(0.4f);
                out.moveTo(297.5f, TOP - 130);
                out.lineTo(297.5f, TOP - top);
                out.stroke();
            }
            doc.save(pdf.toFile());
        }
        return ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
    }

    private void block(PDPageContentStream out, float x, float top, String[] lines) throws IOException {
        if (lines == null) {
            return;
        }
        text(out, bold, 11, x, top, lines[0]);
        for (int i = 1; i < lines.length; i++) {
            boolean listed = lines[1].matches("\\d\\. .*");
            text(out, regular, 10, listed && i > 1 ? x + 12 : x, top + 4 + i * PITCH, lines[i]);
        }
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, TOP - top);
        out.showText(text);
        out.endText();
    }
}
