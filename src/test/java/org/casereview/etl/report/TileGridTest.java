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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page briefing printed as a grid of headed tiles (a landscape page, a row of four tiles over
 * another row): each tile is read down before the next, so its heading opens a section of its own
 * text; a table whose header row is in the body's size is still read across.
 */
class TileGridTest {

    private static final float BODY = 11;
    private static final float TILE = 190;
    private static final float LEFT = 36;

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void eachTileIsReadDownAndItsHeadingOpensASection() throws Exception {
        Path pdf = dir.resolve("tiles.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float top = page.getMediaBox().getHeight();
                tile(out, bold, regular, top, 0, 60, "Seven Minute Briefing", List.of(
                        "Child Safeguarding Practice", "Review: Child W", "Brindle Safeguarding", "Partnership",
                        "Published June 2026"));
                tile(out, bold, regular, top, 1, 60, "1 Background", List.of("Child W, aged six, was hurt",
                        "by an adult who visited", "the home most weekends."));
                tile(out, bold, regular, top, 2, 60, "2 Key learning", List.of("\u2022 Ask who visits the home",
                        "   and how often they stay.", "\u2022 A change in behaviour may", "   be a sign of harm."));
                tile(out, bold, regular, top, 3, 60, "3 Good practice", List.of("\u2022 The teacher wrote down",
                        "   the child's own words."));
                tile(out, bold, regular, top, 0, 300, "4 Recommendations", List.of("\u2022 Record every adult",
                        "   who lives in the home.", "\u2022 Share worries about a", "   visitor with the police."));
                tile(out, bold, regular, top, 1, 300, "5 Questions to consider", List.of("Who lives with the",
                        "children you work with?", "How would you find out?"));
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Background", SectionType.BACKGROUND),
                tuple("2 Key learning", SectionType.LEARNING),
                tuple("3 Good practice", SectionType.GOOD_PRACTICE),
                tuple("4 Recommendations", SectionType.RECOMMENDATIONS),
                tuple("5 Questions to consider", SectionType.OTHER));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Ask who visits the home and how often they stay."),
                tuple(SectionType.LEARNING, "A change in behaviour may be a sign of harm."),
                tuple(SectionType.GOOD_PRACTICE, "The teacher wrote down the child's own words."),
                tuple(SectionType.RECOMMENDATIONS, "Record every adult who lives in the home."),
                tuple(SectionType.RECOMMENDATIONS, "Share worries about a visitor with the police."));
    }

    @Test
    void aTableWithABodySizeHeaderRowStaysReadAcross() {
        List<TextLine> rows = List.of(
                row(100, true, "No.", "Recommendation", "Lead agency"),
                row(116, false, "1", "The partnership should audit", "Children's services"),
                row(130, false, "", "referrals every quarter.", ""),
                row(146, false, "2", "Schools should record every", "Education"),
                row(160, false, "", "missed day as a concern.", ""));
        assertThat(TileColumns.read(1, 842, rows)).isNull();
    }

    private static TextLine row(float y, boolean bold, String... cells) {
        List<TextFragment> fragments = new java.util.ArrayList<>();
        float[] xs = {40, 200, 560};
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                fragments.add(new TextFragment(cells[c], xs[c], xs[c] + cells[c].length() * 5.5f, y, BODY, bold));
            }
        }
        return new TextLine(1, String.join(" ", cells), fragments);
    }

    private static void tile(PDPageContentStream out, PDFont bold, PDFont regular, float pageTop, int column,
                             float y, String heading, List<String> lines) throws IOException {
        float x = LEFT + column * (TILE + 14);
        write(out, bold, 15, x, pageTop - y, heading);
        float line = y + 26;
        for (String text : lines) {
            write(out, regular, BODY, x, pageTop - line, text);
            line += BODY * 1.3f;
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
