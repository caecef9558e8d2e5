package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
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
 * A landscape learning summary in two columns whose baselines drift in and out of phase (both columns keep one
 * line pitch but space paragraphs and headings differently): the rows that hold text in both columns mostly hold
 * a short last line or a heading of the right column. The columns are judged by their own lines, so the page is
 * read column by column; its headings differ from the body only by colour.
 */
class OutOfPhaseColumnsTest {

    private static final float LEFT = 45;
    private static final float RIGHT = 441;
    private static final float RIGHT_TEXT = 455;
    private static final float BODY = 11;
    private static final Color HEADING = new Color(200, 60, 20);
    private static final Color INK = new Color(30, 30, 30);

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private float height;

    @Test
    void columnsWhoseLinesRarelyShareABaselineAreReadColumnByColumn() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, bold, 20, INK, LEFT, 87, "Child Safeguarding Practice Review: Morgan");
                text(out, regular, 12, INK, LEFT, 111, "Learning summary, published March 2026");
                leftColumn(out);
                rightColumn(out);
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Why we did this review", SectionType.INTRODUCTION),
                tuple("What happened", SectionType.BACKGROUND),
                tuple("What we learned", SectionType.LEARNING),
                tuple("What went well", SectionType.GOOD_PRACTICE),
                tuple("What will change", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text()).isEqualTo("Morgan was fifteen when she was taken "
                + "to hospital after an assault in a park in May 2025. She had been missing from home nine times "
                + "in the year before and was known to the early help team. The partnership carried out this review "
                + "to learn how the services answered her missing episodes and her low mood.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A missing episode is a chance to ask a child what is going on at home."),
                tuple(SectionType.LEARNING, "A case closed for a missed appointment leaves the worry with nobody."),
                tuple(SectionType.LEARNING, "Carers who report often are asking for a plan, not only a search."),
                tuple(SectionType.LEARNING, "Older children can still be groomed into carrying drugs for others."),
                tuple(SectionType.GOOD_PRACTICE, "The school nurse saw Morgan every week and wrote down what she said."),
                tuple(SectionType.GOOD_PRACTICE, "The police officer on the missing team linked the episodes quickly."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should see that every return interview is held in "
                        + "person by someone the child knows."),
                tuple(SectionType.RECOMMENDATIONS, "Health services should call the referrer before closing a case "
                        + "for a child who is missing."));
    }

    /** One line pitch (15.9 pt); paragraphs 15.9 + 6.2 pt apart, headings 26.4 pt above their text. */
    private void leftColumn(PDPageContentStream out) throws IOException {
        heading(out, LEFT, 177.1f, "Why we did this review");
        lines(out, 192.9f, "Morgan was fifteen when she was taken to hospital after an",
                "assault in a park in May 2025. She had been missing from home",
                "nine times in the year before and was known to the early help",
                "team. The partnership carried out this review to learn how the",
                "services answered her missing episodes and her low mood.");
        heading(out, LEFT, 282.8f, "What happened");
        lines(out, 298.7f, "Morgan lived with her father and his partner and a younger brother.",
                "She stopped going to lessons in Year 10 and spent her evenings in",
                "town with older friends. Return interviews were offered after each",
                "episode but were done by phone, and Morgan said very little. Her",
                "school nurse referred her to the mental health service twice; both",
                "referrals were closed when she did not attend the appointments.",
                "Her father told the police he felt nobody was listening to him.");
        lines(out, 416.0f, "In the spring of 2025 Morgan was found in a flat forty miles away",
                "with two adults the police knew. She was taken home the same night",
                "and the case was discussed at the exploitation panel, which agreed",
                "to gather more information and to meet again a month later. The",
                "panel met once more in June, and Morgan was not seen by any of the",
                "services again before the assault in the park.");
    }

    private void lines(PDPageContentStream out, float top, String... lines) throws IOException {
        for (int i = 0; i < lines.length; i++) {
            body(out, LEFT, top + 15.9f * i, lines[i]);
        }
    }

    /** The same pitch, but other gaps between items and before headings: the phase drifts. */
    private void rightColumn(PDPageContentStream out) throws IOException {
        heading(out, RIGHT, 177.1f, "What we learned");
        item(out, 192.9f, "A missing episode is a chance to ask a child what is going", "on at home.");
        item(out, 230.9f, "A case closed for a missed appointment leaves the worry", "with nobody.");
        item(out, 266.9f, "Carers who report often are asking for a plan, not only a", "search.");
        item(out, 306.9f, "Older children can still be groomed into carrying drugs for", "others.");
        heading(out, RIGHT, 346.3f, "What went well");
        item(out, 362.2f, "The school nurse saw Morgan every week and wrote down", "what she said.");
        item(out, 400.1f, "The police officer on the missing team linked the episodes", "quickly.");
        heading(out, RIGHT, 447.8f, "What will change");
        numbered(out, 463.7f, "1.", "The partnership should see that every return interview is",
                "held in person by someone the child knows.");
        numbered(out, 495.4f, "2.", "Health services should call the referrer before closing a case",
                "for a child who is missing.");
    }

    private void item(PDPageContentStream out, float top, String first, String last) throws IOException {
        numbered(out, top, "-", first, last);
    }

    private void numbered(PDPageContentStream out, float top, String marker, String first, String last)
            throws IOException {
        body(out, RIGHT, top, marker);
        body(out, RIGHT_TEXT, top, first);
        body(out, RIGHT_TEXT, top + 15.9f, last);
    }

    private void heading(PDPageContentStream out, float x, float top, String text) throws IOException {
        text(out, regular, BODY, HEADING, x, top, text);
    }

    private void body(PDPageContentStream out, float x, float top, String text) throws IOException {
        text(out, regular, BODY, INK, x, top, text);
    }

    private void text(PDPageContentStream out, PDFont font, float size, Color colour, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setNonStrokingColor(colour);
        out.setFont(font, size);
        out.newLineAtOffset(x, height - top);
        out.showText(text);
        out.endText();
    }
}
