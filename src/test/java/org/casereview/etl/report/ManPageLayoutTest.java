package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A man page set as mandoc's PDF writer sets it: bold capital headings at the margin, the body indented under them,
 * every line at one pitch with no space after a heading; a tagged paragraph's bold tag on its own line further in;
 * the bullet drawn as '+' struck over 'o' at one position. PDF written with PDFBox on A5.
 */
class ManPageLayoutTest {

    private static final float SIZE = 11;
    private static final float PITCH = 15.4f;
    private static final float HEADING_X = 46.6f;
    private static final float BODY_X = 65.9f;
    private static final float TAG_TEXT_X = 85.1f;
    private static final float BULLET_TEXT_X = 83.1f;

    @TempDir
    Path dir;

    @Test
    void aBoldTagIndentedUnderAHeadingIsNoPartOfItAndAnOverstruckBulletIsOne() throws Exception {
        Path pdf = dir.resolve("man.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, (out, y) -> {
                y = heading(out, y, "INTRODUCTION");
                y = body(out, y, BODY_X, "The partnership commissioned this review after Child T was injured at home.",
                        "It looks at how agencies worked with the family in the year before.");
                y = heading(out, y, "GOOD PRACTICE");
                y = bullet(out, y, "The midwife made a prompt referral when the mother was not coping.");
                y = bullet(out, y, "The grandmother was assessed quickly so that Child T could go to her.");
                y = heading(out, y, "CONCLUSION");
                body(out, y, BODY_X, "Child T was harmed by a carer whose history was known to one agency.");
            });
            page(doc, (out, y) -> {
                y = heading(out, y, "APPENDIX: CHRONOLOGY OF KEY EVENTS");
                y = tag(out, y, "May 2022");
                y = body(out, y, TAG_TEXT_X, "The GP refers the mother to the perinatal mental health team.");
                y = tag(out, y, "June 2022");
                body(out, y, TAG_TEXT_X, "The perinatal team refers the family to children's social care.");
            });
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(s -> s.heading(), s -> s.type(), s -> s.pageStart())
                .containsExactly(tuple("INTRODUCTION", SectionType.INTRODUCTION, 1),
                        tuple("GOOD PRACTICE", SectionType.GOOD_PRACTICE, 1),
                        tuple("CONCLUSION", SectionType.CONCLUSION, 1),
                        tuple("APPENDIX: CHRONOLOGY OF KEY EVENTS", SectionType.APPENDIX, 2));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.GOOD_PRACTICE,
                        "The midwife made a prompt referral when the mother was not coping."),
                tuple(SectionType.GOOD_PRACTICE, "The grandmother was assessed quickly so that Child T could go to her."));
    }

    private interface Lines {
        void draw(PDPageContentStream out, float y) throws IOException;
    }

    private static void page(PDDocument doc, Lines lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A5);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            lines.draw(out, PDRectangle.A5.getHeight() - 66);
        }
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        PlacedText.show(out, PlacedText.TIMES_BOLD, SIZE, HEADING_X, y, text);
        return y - PITCH;
    }

    private static float tag(PDPageContentStream out, float y, String text) throws IOException {
        PlacedText.show(out, PlacedText.TIMES_BOLD, SIZE, BODY_X, y, text);
        return y - PITCH;
    }

    /** A paragraph's lines, then a blank line. */
    private static float body(PDPageContentStream out, float y, float x, String... lines) throws IOException {
        return PlacedText.lines(out, PlacedText.TIMES, SIZE, x, y, PITCH, lines) - PITCH;
    }

    /** mandoc's bullet: '+' and 'o' at one position, the text further in. */
    private static float bullet(PDPageContentStream out, float y, String text) throws IOException {
        PlacedText.show(out, PlacedText.TIMES, SIZE, BODY_X, y, "+");
        PlacedText.show(out, PlacedText.TIMES, SIZE, BODY_X + 0.35f, y, "o");
        PlacedText.show(out, PlacedText.TIMES, SIZE, BULLET_TEXT_X, y, text);
        return y - 2 * PITCH;
    }
}
