package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
 * Items that stand where no list or items section puts them: bold-lead bullets under a findings heading, a bold 'Recommendation N:' run inside a numbered findings
 * paragraph, run-in 'Learning point N.' labels whose paragraphs wrap back under the label, and a numbered list whose
 * numbers after '1.' are missing from the text (as an OCR text layer loses them). Each PDF is drawn here.
 */
class ItemsInsideParagraphsAndTablesTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final float LEFT = 60;

    @TempDir
    Path dir;

    /** '• <b>A whole bold sentence.</b> Regular text' entries in a findings section are its learning points. */
    @Test
    void boldLeadBulletsUnderAFindingsHeadingAreLearning() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(boldLeadBullets(dir.resolve("bullets.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "School absences were logged but never added up. Each term looked "
                        + "fine on its own."),
                tuple(SectionType.LEARNING, "The stepfather was never asked about his role in the home. "
                        + "Visits were booked when he was out."));
    }

    /** A bold numbered label after a sentence inside a paragraph opens a recommendation; the prose before is none. */
    @Test
    void aBoldRecommendationLabelInsideAFindingsParagraphIsAnItem() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(labelsInParagraphs(dir.resolve("inside.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should train every early help worker in the "
                        + "neglect toolkit by June."),
                tuple(SectionType.RECOMMENDATIONS, "Schools should record the name of every adult who collects a "
                        + "child under five."));
    }

    /** 'Learning point N.' run into its paragraph, the paragraph's lines wrapping back to the label's margin. */
    @Test
    void runInLabelParagraphsKeepTheWordsUnderTheLabel() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(runInLabels(dir.resolve("run-in.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Leaving a violent partner does not end the risk to the children; "
                        + "handovers for contact can become the place where the abuse goes on."),
                tuple(SectionType.LEARNING, "Small worries written down by a nursery need to be read together by "
                        + "someone who can act on what they show."));
    }

    /** Paragraphs at the text indent of a list's entry '1.', set apart, no '2.' after them: the next entries. */
    @Test
    void paragraphsAfterTheFirstEntryOfAListWithLostNumbersAreEntries() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(lostNumbers(dir.resolve("lost.pdf"), false));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Records that do not follow a family who moves leave the next service "
                        + "without the history."),
                tuple(SectionType.LEARNING, "An injury explained by a parent should still be shared with the health "
                        + "visitor."),
                tuple(SectionType.LEARNING, "A call to the police about a quarrel at home is about the children "
                        + "living there too."));
    }

    /** The same paragraphs before an entry '2.' are the first entry's own: one entry holds them. */
    @Test
    void paragraphsOfAnEntryBeforeTheNextNumberStayInIt() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(lostNumbers(dir.resolve("kept.pdf"), true));

        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "Records that do not follow a family who moves leave the next service without the history. An injury "
                        + "explained by a parent should still be shared with the health visitor. A call to the police "
                        + "about a quarrel at home is about the children living there too.",
                "Agencies should read each other's records before they close a case.");
    }

    /**
     * Capitals headings at the body size, numbered, each at the top of its page, as an OCR text layer gives them:
     * a comma read for one number's stop ('3, RECOMMENDATIONS') and a speck before another ('_4. CONCLUSION') still
     * number top-level headings running on from '2.'.
     */
    @Test
    void ocrVariantsOfHeadingNumbersStillNumberTheHeadings() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(ocrHeadings(dir.resolve("ocr.pdf")));

        assertThat(report.document().sections()).extracting(s -> s.type(), s -> s.pageStart()).containsExactly(
                tuple(SectionType.INTRODUCTION, 1), tuple(SectionType.BACKGROUND, 2),
                tuple(SectionType.RECOMMENDATIONS, 3), tuple(SectionType.CONCLUSION, 4));
    }

    private static Path ocrHeadings(Path file) throws IOException {
        String[][] pages = {
            {"1. INTRODUCTION", "This overview report was commissioned by the board after the death of a child",
                "who had been known to several agencies over the two years before."},
            {"2. BACKGROUND", "The family moved between three addresses in the area and registered with two",
                "different practices, so that no single agency held the whole history."},
            {"3, RECOMMENDATIONS", "The board accepted every recommendation in the report and asked each agency",
                "to send an action plan within three months of its publication."},
            {"_4. CONCLUSION", "The review could not say that the death was predictable, but it found several",
                "times when sharing what was known would have changed the plan."}};
        try (PDDocument document = new PDDocument()) {
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    text(out, REGULAR, LEFT, 760, lines[0]);
                    prose(out, 735, lines[1], lines[2]);
                    text(out, REGULAR, 290, 40, String.valueOf(document.getNumberOfPages()));
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static Path boldLeadBullets(Path file) throws IOException {
        return draw(file, (out, y) -> {
            y = heading(out, y, "What we found");
            y = bullet(out, y, "School absences were logged but never added up.", "Each term looked fine on its own.");
            y = bullet(out, y, "The stepfather was never asked about his role in the home.",
                    "Visits were booked when he was out.");
            return conclusion(out, y - 6);
        });
    }

    private static float bullet(PDPageContentStream out, float y, String lead, String rest) throws IOException {
        text(out, REGULAR, LEFT, y, "\u2022");
        text(out, BOLD, LEFT + 12, y, lead);
        text(out, REGULAR, LEFT + 12 + BOLD.getStringWidth(lead + " ") / 1000 * SIZE, y, rest);
        return y - LEADING - 6;
    }

    private static Path labelsInParagraphs(Path file) throws IOException {
        return draw(file, (out, y) -> {
            y = heading(out, y, "Findings: recognising neglect");
            y = prose(out, y, "3.1 In most of the cases the first worry was raised by a nursery, and practitioners",
                    "described the home well. The report recommended nothing here: that came later.");
            y = mixed(out, y, new String[][] {{"3.2 Only three workers had used the toolkit. Most said they had not"},
                {"been trained. ", "*Recommendation 1:", " The partnership should train every early help worker"},
                {"in the neglect toolkit by June. This will be checked by the audit group."}});
            y = mixed(out, y, new String[][] {{"3.3 Nobody knew who collected the children from nursery on most days. ",
                "*Recommendation"}, {"*2:", " Schools should record the name of every adult who collects a child"},
                {"under five. Progress will be reported to the board."}});
            return conclusion(out, y);
        });
    }

    private static Path runInLabels(Path file) throws IOException {
        return draw(file, (out, y) -> {
            y = heading(out, y, "Learning");
            y = runIn(out, y, "Learning point 1.", "Leaving a violent partner does not end the risk to the",
                    "children; handovers for contact can become the place where the abuse",
                    "goes on.");
            y = runIn(out, y, "Learning point 2.", "Small worries written down by a nursery need to be read",
                    "together by someone who can act on what they show.");
            return conclusion(out, y);
        });
    }

    /** A bold label, a quad, then words one by one; later lines start at the label's x. */
    private static float runIn(PDPageContentStream out, float y, String label, String... lines) throws IOException {
        float x = LEFT;
        for (String word : label.split(" ")) {
            text(out, BOLD, x, y, word);
            x += BOLD.getStringWidth(word + " ") / 1000 * SIZE;
        }
        x += 12;
        for (int l = 0; l < lines.length; l++) {
            for (String word : lines[l].split(" ")) {
                text(out, REGULAR, x, y, word);
                x += REGULAR.getStringWidth(word + " ") / 1000 * SIZE;
            }
            y -= LEADING;
            x = LEFT;
        }
        return y - 8;
    }

    private static Path lostNumbers(Path file, boolean secondNumbered) throws IOException {
        return draw(file, (out, y) -> {
            y = heading(out, y, "Lessons learnt");
            text(out, REGULAR, LEFT, y, "1.");
            y = prose(out, LEFT + 22, y, "Records that do not follow a family who moves leave the next service",
                    "without the history.");
            y = prose(out, LEFT + 22, y - 8, "An injury explained by a parent should still be shared with the health",
                    "visitor.");
            y = prose(out, LEFT + 22, y - 8, "A call to the police about a quarrel at home is about the children",
                    "living there too.");
            if (secondNumbered) {
                text(out, REGULAR, LEFT, y - 8, "2.");
                y = prose(out, LEFT + 22, y - 8, "Agencies should read each other's records before they close a case.");
            }
            return conclusion(out, y - 8);
        });
    }

    private interface Body {
        float draw(PDPageContentStream out, float y) throws IOException;
    }

    private static Path draw(Path file, Body body) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, BOLD, 16, LEFT, 790, "Rapid Review: Baby K");
                float y = heading(out, 750, "Introduction");
                y = prose(out, y, "The partnership held this review after the baby was admitted to hospital with",
                        "injuries. It looked at the year before the admission.");
                body.draw(out, y - 6);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float conclusion(PDPageContentStream out, float y) throws IOException {
        y = heading(out, y - 10, "Conclusion");
        return prose(out, y, "The baby has recovered and lives with her grandmother.");
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        text(out, BOLD, 13, LEFT, y, text);
        return y - 20;
    }

    private static float prose(PDPageContentStream out, float y, String... lines) throws IOException {
        return prose(out, LEFT, y, lines);
    }

    private static float prose(PDPageContentStream out, float x, float y, String... lines) throws IOException {
        for (String line : lines) {
            text(out, REGULAR, x, y, line);
            y -= LEADING;
        }
        return y - 6;
    }

    /** Lines of runs; a run starting with '*' is bold. */
    private static float mixed(PDPageContentStream out, float y, String[][] lines) throws IOException {
        for (String[] runs : lines) {
            float x = LEFT;
            for (String run : runs) {
                boolean bold = run.startsWith("*");
                String text = bold ? run.substring(1) : run;
                PDType1Font font = bold ? BOLD : REGULAR;
                text(out, font, x, y, text.strip());
                x += font.getStringWidth(text.endsWith(" ") ? text : text + " ") / 1000 * SIZE;
            }
            y -= LEADING;
        }
        return y - 6;
    }

    private static void text(PDPageContentStream out, PDType1Font font, float x, float y, String text)
            throws IOException {
        text(out, font, SIZE, x, y, text);
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
