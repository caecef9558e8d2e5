package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (an easy read version): one idea per row in 16 pt type beside a drawn picture, rows set far apart, no
 * list marker, every line of body text at the one margin beside the pictures. Each row of a section of items is an
 * item ("We will ..." commits to an action: a recommendation); a picture's small circles are no bullet.
 */
class EasyReadRowsTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final float TEXT_X = 165;
    private static final float ROW = 105;

    @TempDir
    Path dir;

    private static final class Booklet implements AutoCloseable {
        final PDDocument document = new PDDocument();
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDPageContentStream content;

        void page() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        }

        void text(float x, float y, String text, PDFont font, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, TOP - y);
            content.showText(text);
            content.endText();
        }

        void disc(float cx, float cy, float r) throws IOException {
            float y = TOP - cy;
            float k = 0.552f * r;
            content.moveTo(cx + r, y);
            content.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
            content.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
            content.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
            content.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
            content.fill();
        }

        /** A talk bubble: a filled rounded area 85 pt wide with three small white circles in it, beside a row. */
        void bubble(float rowTop) throws IOException {
            content.setNonStrokingColor(0.5f, 0.7f, 0.6f);
            content.addRect(57, TOP - (rowTop + 70), 85, 60);
            content.fill();
            content.setNonStrokingColor(1f, 1f, 1f);
            for (int i = 0; i < 3; i++) {
                disc(120 + 6 * i, rowTop + 12, 2.2f);
            }
            content.setNonStrokingColor(0f, 0f, 0f);
        }

        /** A picture of plain shapes (a house) beside a row. */
        void house(float rowTop) throws IOException {
            content.setNonStrokingColor(0.95f, 0.8f, 0.56f);
            content.addRect(62, TOP - (rowTop + 75), 75, 50);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }

        void rows(float firstTop, String... rows) throws IOException {
            for (int i = 0; i < rows.length; i++) {
                float top = firstTop + ROW * i;
                if (i % 2 == 1) {
                    bubble(top);
                } else {
                    house(top);
                }
                text(TEXT_X, top + 16, rows[i], regular, 16);
            }
        }

        Path save(Path file) throws IOException {
            content.close();
            document.save(file.toFile());
            return file;
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    private static Path booklet(Path file, boolean prose) throws IOException {
        try (Booklet b = new Booklet()) {
            b.page();
            b.text(57, 100, "Child safeguarding practice review: Child P", b.bold, 24);
            b.text(57, 140, "Easy read version", b.regular, 16);
            b.page();
            b.text(57, 80, "About this booklet", b.bold, 24);
            b.rows(120, "This booklet tells you about a review.", "A review looks at what happened to a child.",
                    "We have changed names to keep the family private.");
            b.page();
            b.text(57, 80, "What we learned", b.bold, 24);
            if (prose) {
                b.text(TEXT_X, 136, "Workers did not see what life was like for the child at home.", b.regular, 16);
                b.text(TEXT_X, 160, "They talked to the mother but not to the child on his own.", b.regular, 16);
                b.text(TEXT_X, 184, "The school was worried but did not know who to tell.", b.regular, 16);
            } else {
                b.rows(120, "Workers did not see what life was like for the child at home.",
                        "Workers talked to the mother but not to the child on his own.",
                        "The school was worried but did not know who to tell.");
            }
            b.page();
            b.text(57, 80, "What we will do", b.bold, 24);
            b.rows(120, "We will train workers to talk to children on their own.",
                    "We will help schools tell others when they are worried.",
                    "We will check that plans think about the children first.");
            return b.save(file);
        }
    }

    @Test
    void rowsBesidePicturesAreItemsAndAPicturesCirclesAreNoBullet() throws Exception {
        ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(booklet(dir.resolve("rows.pdf"), false));

        assertThat(document.sections()).extracting(Section::heading)
                .containsExactly("About this booklet", "What we learned", "What we will do");
        assertThat(document.sections()).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.LEARNING, SectionType.RECOMMENDATIONS);
        assertThat(document.sections().get(0).items()).isEmpty();
        assertThat(document.sections().get(1).items()).extracting(Item::text).containsExactly(
                "Workers did not see what life was like for the child at home.",
                "Workers talked to the mother but not to the child on his own.",
                "The school was worried but did not know who to tell.");
        assertThat(document.sections().get(2).items()).extracting(Item::text).containsExactly(
                "We will train workers to talk to children on their own.",
                "We will help schools tell others when they are worried.",
                "We will check that plans think about the children first.");
    }

    @Test
    void paragraphsOneBelowTheOtherAtTheMarginStayProse() throws Exception {
        ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(booklet(dir.resolve("prose.pdf"), true));

        assertThat(document.sections().get(1).type()).isEqualTo(SectionType.LEARNING);
        assertThat(document.sections().get(1).items()).isEmpty();
    }

    @Test
    void dotsInsideAPictureLeftOfTheTextAreNoBulletButDotsInABoxHoldingTheTextAre() throws Exception {
        try (Booklet b = new Booklet()) {
            b.page();
            b.bubble(100);
            b.text(TEXT_X, 116, "Workers talked to the mother.", b.regular, 16);
            b.content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            b.content.addRect(50, TOP - 320, 400, 80);
            b.content.fill();
            b.content.setNonStrokingColor(0f, 0f, 0f);
            b.disc(70, 270, 2.2f);
            b.text(80, 276, "The school noticed he was hungry.", b.regular, 16);
            b.content.close();
            List<String> lines = new PositionedTextStripper().read(b.document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).contains("Workers talked to the mother.", "\u2022 The school noticed he was hungry.");
        }
    }
}
