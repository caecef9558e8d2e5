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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A briefing whose lists are typed with an ASCII '>' before each entry (a bold '>' in a column of its own, the
 * entry's words and wrapped lines at one indent right of it): the '>' lines are list entries. A '>' that only
 * opens a wrapped line of prose, or quotes e-mail text line by line, is no marker.
 */
class ArrowBulletsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float ARROW_X = 72;
    private static final float TEXT_X = 96;
    private static final float BODY = 11;
    private static final float LEADING = 15;

    @TempDir
    Path dir;

    @Test
    void arrowLinesInAColumnOfTheirOwnAreListEntries() throws Exception {
        Path pdf = dir.resolve("arrows.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            doc.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                write(out, BOLD, 12, ARROW_X, 720, "Holmbury Safeguarding Children Partnership");
                write(out, BOLD, 26, ARROW_X, 640, "7-minute briefing");
                write(out, BOLD, 18, ARROW_X, 600, "Child Safeguarding Practice Review: Child V");
                write(out, REGULAR, BODY, ARROW_X, 560, "March 2026");
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 760;
                y = heading(out, y, "Background");
                y = prose(out, y, "Child V was twelve when she was seriously hurt by an older teenager she had met",
                        "online. Her school had recorded that she was often missing from lessons.");
                y = heading(out, y, "What went well");
                y = arrow(out, y, "The school's safeguarding lead kept a clear record of every absence",
                        "and shared it with children's social care.");
                y = arrow(out, y, "The police acted on the first report the same day.");
                y = heading(out, y, "What you should do");
                y = arrow(out, y, "Ask who a child is talking to online when they start missing school.");
                y = arrow(out, y, "Share what you know about an older young person with the police.");
                arrow(out, y, "Use the exploitation screening tool and record the result.");
            }
            doc.save(pdf.toFile());
        }

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.GOOD_PRACTICE, "The school's safeguarding lead kept a clear record of every"
                        + " absence and shared it with children's social care."),
                tuple(SectionType.GOOD_PRACTICE, "The police acted on the first report the same day."),
                tuple(SectionType.RECOMMENDATIONS, "Ask who a child is talking to online when they start missing"
                        + " school."),
                tuple(SectionType.RECOMMENDATIONS, "Share what you know about an older young person with the police."),
                tuple(SectionType.RECOMMENDATIONS, "Use the exploitation screening tool and record the result."));
    }

    @Test
    void aLoneArrowEntryWhoseTextHangsIsAnEntry() {
        List<TextLine> lines = List.of(
                line(100, fragment(">", ARROW_X, true), fragment("Check who else lives in the home.", TEXT_X, false)),
                line(115, fragment("and record their names.", TEXT_X, false)));

        assertThat(ArrowBullets.mark(lines).get(0).text()).isEqualTo("\u27a4 Check who else lives in the home.");
    }

    @Test
    void comparisonsWrappedToTheStartOfALineAreProse() {
        List<TextLine> lines = List.of(
                line(100, fragment("Most referrals waited longer than expected; many waited", ARROW_X, false)),
                line(115, fragment("> 18 weeks before the first appointment was offered. Children", ARROW_X, false)),
                line(130, fragment("referred twice waited longer still, often", ARROW_X, false)),
                line(145, fragment("> 26 weeks, and no one reviewed the risk while they waited.", ARROW_X, false)));

        assertThat(ArrowBullets.mark(lines)).extracting(TextLine::text).containsExactly(
                "Most referrals waited longer than expected; many waited",
                "> 18 weeks before the first appointment was offered. Children",
                "referred twice waited longer still, often",
                "> 26 weeks, and no one reviewed the risk while they waited.");
    }

    @Test
    void quotedTextGoingOnFromLineToLineIsNoList() {
        List<TextLine> lines = List.of(
                line(100, fragment("> I have been worried about the children for some time and", ARROW_X, false)),
                line(115, fragment("> would like someone to visit this week.", ARROW_X, false)),
                line(130, fragment("> Thank you.", ARROW_X, false)));

        assertThat(ArrowBullets.mark(lines)).extracting(TextLine::text).allMatch(t -> t.startsWith("> "));
    }

    private static TextFragment fragment(String text, float x, boolean bold) {
        return new TextFragment(text, x, x + text.length() * 5.5f, 0, BODY, bold);
    }

    private static TextLine line(float y, TextFragment... fragments) {
        List<TextFragment> placed = new ArrayList<>();
        for (TextFragment f : fragments) {
            placed.add(new TextFragment(f.text(), f.x(), f.endX(), y, f.fontSize(), f.bold()));
        }
        return new TextLine(1, String.join(" ", placed.stream().map(TextFragment::text).toList()), placed);
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        write(out, BOLD, 15, ARROW_X, y - 10, text);
        return y - 10 - 2 * LEADING;
    }

    private static float prose(PDPageContentStream out, float y, String... lines) throws IOException {
        for (String line : lines) {
            write(out, REGULAR, BODY, ARROW_X, y, line);
            y -= LEADING;
        }
        return y - LEADING;
    }

    private static float arrow(PDPageContentStream out, float y, String... lines) throws IOException {
        write(out, BOLD, 13, ARROW_X, y, ">");
        for (String line : lines) {
            write(out, REGULAR, BODY, TEXT_X, y, line);
            y -= LEADING;
        }
        return y - LEADING / 2;
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
