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
 * A concise review whose learning points each open with an icon glyph (a pencil, U+270E, from a symbol font, in a
 * column of its own left of the text) instead of a bullet: a symbol glyph repeated at the start of several lines
 * at one x is a list's marker whatever the symbol. A symbol that opens one line alone is decoration, no marker.
 */
class IconBulletsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont DINGBATS = new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS);
    private static final String PENCIL = "\u270e";
    private static final float ICON_X = 72;
    private static final float TEXT_X = 100;
    private static final float BODY = 11;
    private static final float LEADING = 15;

    @TempDir
    Path dir;

    @Test
    void linesOpeningWithTheSameIconGlyphAreListEntries() throws Exception {
        Path pdf = dir.resolve("icons.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            doc.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                write(out, BOLD, 12, ICON_X, 720, "Penmarsh Safeguarding Board (an invented board)");
                write(out, BOLD, 24, ICON_X, 640, "Concise Child Practice Review: Child T");
                write(out, REGULAR, BODY, ICON_X, 600, "June 2025. Every person and place in it is invented.");
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 760;
                y = heading(out, y, "Background");
                y = prose(out, y, "Child T was fourteen and lived in a residential home. She went missing eleven",
                        "times in four months and was found each time in the same town.");
                y = heading(out, y, "Practice and organisational learning");
                y = icon(out, y, "Return home interviews were offered after every missing episode but none",
                        "took place within three days.");
                y = icon(out, y, "Missing episodes were counted by each agency but never read together.");
                y = icon(out, y, "Staff in the residential home did not know who to call out of hours.");
                y = heading(out, y, "Recommendations");
                y = prose(out, y, "1. The board should audit return home interviews within six months.");
                prose(out, y, "2. Agencies should share a single record of missing episodes.");
            }
            doc.save(pdf.toFile());
        }

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Return home interviews were offered after every missing episode but"
                        + " none took place within three days."),
                tuple(SectionType.LEARNING, "Missing episodes were counted by each agency but never read together."),
                tuple(SectionType.LEARNING, "Staff in the residential home did not know who to call out of hours."),
                tuple(SectionType.RECOMMENDATIONS, "The board should audit return home interviews within six months."),
                tuple(SectionType.RECOMMENDATIONS, "Agencies should share a single record of missing episodes."));
    }

    @Test
    void aSymbolOpeningOneLineAloneIsNoMarker() {
        List<TextLine> lines = List.of(
                line(100, fragment("\u260e", ICON_X), fragment("Contact the partnership team", TEXT_X)),
                line(130, fragment("Call the duty desk before five on a weekday.", ICON_X)));

        assertThat(IconBullets.mark(lines)).extracting(TextLine::text).containsExactly(
                "\u260e Contact the partnership team", "Call the duty desk before five on a weekday.");
    }

    @Test
    void theSameSymbolAtOneXOnSeveralLinesBecomesABullet() {
        List<TextLine> lines = List.of(
                line(100, fragment("\u2605", ICON_X), fragment("Plans named one lead professional.", TEXT_X)),
                line(130, fragment("\u2605", ICON_X), fragment("Reviews were held on time.", TEXT_X)));

        assertThat(IconBullets.mark(lines)).extracting(TextLine::text).containsExactly(
                "\u2022 Plans named one lead professional.", "\u2022 Reviews were held on time.");
        assertThat(ListMarkers.isBullet(IconBullets.mark(lines).get(0).text())).isTrue();
    }

    private static TextFragment fragment(String text, float x) {
        return new TextFragment(text, x, x + text.length() * 5.5f, 0, BODY, false);
    }

    private static TextLine line(float y, TextFragment... fragments) {
        List<TextFragment> placed = new ArrayList<>();
        for (TextFragment f : fragments) {
            placed.add(new TextFragment(f.text(), f.x(), f.endX(), y, f.fontSize(), f.bold()));
        }
        return new TextLine(1, String.join(" ", placed.stream().map(TextFragment::text).toList()), placed);
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        write(out, BOLD, 15, ICON_X, y - 10, text);
        return y - 10 - 2 * LEADING;
    }

    private static float prose(PDPageContentStream out, float y, String... lines) throws IOException {
        for (String line : lines) {
            write(out, REGULAR, BODY, ICON_X, y, line);
            y -= LEADING;
        }
        return y - LEADING;
    }

    private static float icon(PDPageContentStream out, float y, String... lines) throws IOException {
        write(out, DINGBATS, 16, ICON_X, y, PENCIL);
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
