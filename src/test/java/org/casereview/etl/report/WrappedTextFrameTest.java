package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * A word processor's floating text frame (a call-out 'Learning point N' box filled and outlined at the right margin)
 * wrapped by its paragraph, drawn as a writer draws it: the frame's fill as a closed path and its outline as a
 * separate hairline, the frame's lines as their own run of text objects before the paragraph's, in the paragraph's
 * own face and size (only the leading is tighter). The paragraph's lines level with the frame stop short of it and
 * its lines under the frame run across the frame's column again. The frame is read as one block after its
 * paragraph, never line by line across both, and each frame gives one learning item.
 */
class WrappedTextFrameTest {

    private static final float SIZE = 10.5f;
    private static final float LEADING = 15.4f;
    private static final float FRAME_LEADING = 12.1f;
    private static final float LEFT = 62.5f;
    private static final float FRAME_LEFT = 351.5f;
    private static final float FRAME_RIGHT = 532.9f;

    /**
     * The paragraph before a frame at the page foot (the running foot level with the frame, beside it): its last line
     * short, the line before it running the full width.
     */
    private static final List<String> FOOT_LEAD_IN = List.of(
            "The review found one learning point. The school noticed in the autumn term that the girl",
            "had stopped answering in class.");

    private final PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont sansBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aFrameWrappedByItsParagraphIsReadAfterTheParagraph() throws Exception {
        Path pdf = dir.resolve("wrapped-frames.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float y = page.getMediaBox().getHeight() - 80;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, sansBold, 18, LEFT, y, "Local Child Safeguarding Practice Review: Child Q");
                y -= 36;
                show(out, sansBold, 14, LEFT, y, "1 Introduction");
                show(out, sans, SIZE, LEFT, y - 24, "This invented review concerns Child Q, a baby of four months.");
                y -= 60;
                show(out, sansBold, 14, LEFT, y, "7 Learning for the partnership");
                y -= 24;
                show(out, sans, SIZE, LEFT, y, "The review found two learning points, each set beside its practice.");
                y -= 24;
                y = wrapped(out, y, List.of("Learning point 1",
                                "A bruise on a baby who cannot",
                                "crawl must be referred the same",
                                "day, whatever explanation the",
                                "parent gives for it."),
                        List.of("Learning point 1 draws on the second and third",
                                "key practice episodes. At the learning event the",
                                "health visitors said that the gap in the record",
                                "was one they met often in their own work, and",
                                "that it would help them to have the point written"),
                        List.of("down. The partnership has accepted it as part of its learning and improvement",
                                "plan, and will check it in the audit next spring."));
                y -= 8;
                y = wrapped(out, y, List.of("Learning point 2",
                                "A plan that ends because a",
                                "parent says things are settled",
                                "should be checked with every",
                                "agency that knows the child."),
                        List.of("Learning point 2 draws on the fourth key practice",
                                "episode. The family support worker closed the",
                                "plan after one telephone call, and the school",
                                "and the nursery were not told that it had closed,",
                                "so neither of them knew that the support had gone"),
                        List.of("when the mother's letters to the school about her son's absences stopped.",
                                "Practitioners said this happens across the county."));
                y -= 30;
                show(out, sansBold, 14, LEFT, y, "8 Recommendations");
                show(out, sans, SIZE, LEFT, y - 24, "1. The partnership should publish a guide to bruising in babies.");
                show(out, sans, SIZE, LEFT, y - 24 - LEADING,
                        "2. Early help services should tell schools when a plan is closed.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.LEARNING, SectionType.RECOMMENDATIONS);
        assertThat(sections.get(1).text()).contains(
                "health visitors said that the gap in the record\nwas one they met often in their own work, and\n",
                "will check it in the audit next spring.\nLearning point 1 A bruise on a baby who cannot crawl must be "
                        + "referred the same day, whatever explanation the parent gives for it.\nLearning point 2 draws",
                "Practitioners said this happens across the county.\nLearning point 2 A plan that ends because");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A bruise on a baby who cannot crawl must be referred the same day, "
                        + "whatever explanation the parent gives for it."),
                tuple(SectionType.LEARNING, "A plan that ends because a parent says things are settled should be "
                        + "checked with every agency that knows the child."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should publish a guide to bruising in babies."),
                tuple(SectionType.RECOMMENDATIONS, "Early help services should tell schools when a plan is closed."));
    }

    @Test
    void aFrameAtThePageFootBesideAParagraphGoingOnOverleafIsReadAfterTheLinesBesideIt() throws Exception {
        Path pdf = dir.resolve("frame-at-foot.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(second);
            float height = first.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, first)) {
                float y = height - 80;
                show(out, sansBold, 18, LEFT, y, "Local Child Safeguarding Practice Review: Child V");
                show(out, sansBold, 14, LEFT, y - 36, "1 Introduction");
                show(out, sans, SIZE, LEFT, y - 60, "This invented review concerns Child V, a girl of eleven.");
                show(out, sansBold, 14, LEFT, 150, "6 Learning for the partnership");
                for (int i = 0; i < FOOT_LEAD_IN.size(); i++) {
                    show(out, sans, SIZE, LEFT, 126 - i * LEADING, FOOT_LEAD_IN.get(i));
                }
                float beside = 126 - FOOT_LEAD_IN.size() * LEADING - 7;
                wrapped(out, beside, List.of("Learning point 1",
                                "A child who stops speaking at",
                                "school should be asked what has",
                                "changed at home, by someone she",
                                "trusts, before anyone else."),
                        List.of("Learning point 1 draws on the school's own notes.",
                                "At the learning event the teachers said that the"),
                        List.of());
                show(out, sans, 9, 283.5f, 40, "Page 1");
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, second)) {
                float y = height - 70;
                show(out, sans, SIZE, LEFT, y, "silence had been put down to her age, and the partnership has accepted it.");
                show(out, sansBold, 14, LEFT, y - 40, "7 Recommendations");
                show(out, sans, SIZE, LEFT, y - 64, "1. Schools should record changes in a child's speech.");
                show(out, sans, SIZE, LEFT, y - 64 - LEADING, "2. The partnership should audit referrals from schools.");
                show(out, sans, 9, 283.5f, 40, "Page 2");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.LEARNING, SectionType.RECOMMENDATIONS);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, "A child who stops speaking at school should be asked what has changed "
                        + "at home, by someone she trusts, before anyone else.", 1),
                tuple(SectionType.RECOMMENDATIONS, "Schools should record changes in a child's speech.", 2),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should audit referrals from schools.", 2));
    }

    @Test
    void aShadedBoxUnderAFullWidthLineWithAColumnGoingOnBesideAndUnderItIsNoFloatedBox() {
        List<TextFragment> fragments = sidebarPage(false);
        FloatedBoxes.Panel panel = new FloatedBoxes.Panel(40, 150, 108, 200);

        List<TextLine> read = FloatedBoxes.assemble(1, 595, fragments, List.of(panel), List.of());

        assertThat(read).isEqualTo(LineAssembler.assemble(1, 595, fragments, List.of()));
    }

    @Test
    void theSameBoxWithTheTextUnderItRunningAcrossItsColumnIsReadAfterTheTextBesideIt() {
        List<TextFragment> fragments = sidebarPage(true);
        FloatedBoxes.Panel panel = new FloatedBoxes.Panel(40, 150, 108, 200);

        List<TextLine> read = FloatedBoxes.assemble(1, 595, fragments, List.of(panel), List.of());

        assertThat(read).extracting(TextLine::text).containsExactly("In this issue: a review of Child M",
                "column line 1", "column line 2", "column line 3", "column line 4", "column line 5", "column line 6",
                "under line 1", "under line 2", "under line 3",
                "In this issue", "1. About the review", "2. Key learning", "3. What went well");
    }

    @Test
    void aShadedBoxBesideTwoColumnsEndingWithItUnderAFullWidthLineIsNoFloatedBox() {
        List<TextFragment> fragments = new ArrayList<>();
        fragments.add(new TextFragment("Learning from reviews: Child M", 40, 500, 100, 10, false, false));
        for (int i = 0; i < 4; i++) {
            fragments.add(new TextFragment("In this issue " + (i + 1), 45, 140, 120 + i * 12, 10, false, false));
        }
        for (int i = 0; i < 6; i++) {
            fragments.add(new TextFragment("left column " + (i + 1), 160, 340, 121 + i * 13.5f, 10, false, false));
            fragments.add(new TextFragment("right column " + (i + 1), 370, 550, 119 + i * 13.5f, 10, false, false));
        }
        FloatedBoxes.Panel panel = new FloatedBoxes.Panel(40, 150, 108, 200);

        List<TextLine> read = FloatedBoxes.assemble(1, 595, fragments, List.of(panel), List.of());

        assertThat(read).isEqualTo(LineAssembler.assemble(1, 595, fragments, List.of()));
    }

    /**
     * A full-width line, a shaded box at the left (four lines) with six lines of one size beside it on the right, and
     * three more lines under the box: in the right-hand column, or from the left margin across the box's column.
     */
    private static List<TextFragment> sidebarPage(boolean underRunsAcross) {
        List<TextFragment> fragments = new ArrayList<>();
        fragments.add(new TextFragment("In this issue: a review of Child M", 40, 500, 100, 10, false, false));
        List<String> box = List.of("In this issue", "1. About the review", "2. Key learning", "3. What went well");
        for (int i = 0; i < box.size(); i++) {
            fragments.add(new TextFragment(box.get(i), 45, 140, 120 + i * 12, 10, false, false));
        }
        for (int i = 0; i < 6; i++) {
            fragments.add(new TextFragment("column line " + (i + 1), 160, 400, 120 + i * 15, 10, false, false));
        }
        for (int i = 0; i < 3; i++) {
            fragments.add(new TextFragment("under line " + (i + 1), underRunsAcross ? 40 : 160, 400, 210 + i * 15, 10,
                    false, false));
        }
        return fragments;
    }

    /**
     * A frame at the right margin, its first line level with the paragraph's first; the paragraph's lines beside it,
     * then (the frame's bottom spacing keeping one more line short) its lines across the page. Returns the baseline
     * after the paragraph.
     */
    private float wrapped(PDPageContentStream out, float y, List<String> frame, List<String> beside,
                          List<String> under) throws IOException {
        float top = y + 9.9f;
        float bottom = y - (frame.size() - 1) * FRAME_LEADING - 2.25f;
        out.setNonStrokingColor(0.937f, 0.91f, 0.969f);
        framePath(out, top, bottom);
        out.fillEvenOdd();
        out.setStrokingColor(0.204f, 0.396f, 0.643f);
        out.setLineWidth(0);
        framePath(out, top, bottom);
        out.stroke();
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < frame.size(); i++) {
            show(out, sans, SIZE, FRAME_LEFT, y - i * FRAME_LEADING, frame.get(i));
        }
        for (int i = 0; i < beside.size(); i++) {
            show(out, sans, SIZE, LEFT, y - i * LEADING, beside.get(i));
        }
        float under0 = y - beside.size() * LEADING;
        for (int i = 0; i < under.size(); i++) {
            show(out, sans, SIZE, LEFT, under0 - i * LEADING, under.get(i));
        }
        return under0 - under.size() * LEADING;
    }

    /** The frame's outline as a writer draws it: from the middle of the bottom edge round and back, closed. */
    private static void framePath(PDPageContentStream out, float top, float bottom) throws IOException {
        float middle = (FRAME_LEFT + FRAME_RIGHT) / 2;
        out.moveTo(middle, bottom);
        out.lineTo(FRAME_LEFT, bottom);
        out.lineTo(FRAME_LEFT, top);
        out.lineTo(FRAME_RIGHT, top);
        out.lineTo(FRAME_RIGHT, bottom);
        out.lineTo(middle, bottom);
        out.closePath();
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
