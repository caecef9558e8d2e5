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
 * An untagged page set in three (or four) columns of one width, lines of every column on shared
 * baselines, is read column by column; lines that run across the columns (a title band, a heading
 * spanning them) stay where they stand, between the runs of column text above and below them.
 */
class ThreeColumnPagesTest {

    private static final float BODY = 10;
    private static final float MARGIN = 50;
    private static final float GUTTER = 18;
    private static final float LEADING = 13;

    static final String BACKGROUND = "Child V lived with her mother and two brothers in a small flat near the town "
            + "centre. The family had moved three times in two years and each move meant a new school, a new "
            + "health visitor and a new social worker who did not know the history.";
    static final String HISTORY = "Records held by the earlier services were not passed on, so each new "
            + "worker started again without knowing what had already been tried with the family.";
    static final List<String> LEARNING = List.of(
            "When a family moves, the records of every service should move with them on the same day.",
            "A child who changes school often needs one adult who knows the whole story.",
            "Neglect builds up over time and is easy to miss when each worker sees only a few weeks.");
    static final List<String> RECOMMENDATIONS = List.of(
            "The partnership should agree how records follow a family that moves between areas.",
            "Schools should name a trusted adult for every child who joins in the middle of a year.",
            "Health visitors should read the whole chronology before a first visit to a new family.");

    static final String NOTE_START = "The reviewer spoke to the school nurse, the class teacher and the health visitor, and all three";
    static final String NOTE_END = "agreed to be named here.";

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void threeColumnsAreReadOneAfterAnotherUnderAFullWidthTitleBand() throws Exception {
        Path pdf = write("three.pdf", page -> {
            page.band("1 Background: Child V, her mother and brothers, and the services they knew", 14);
            Column[] columns = page.columns(3);
            columns[0].paragraph(BACKGROUND);
            columns[1].paragraph(HISTORY).heading("2 What we learned").bullet(LEARNING.get(0));
            columns[2].bullet(LEARNING.get(1)).bullet(LEARNING.get(2));
            page.draw(columns);
        });
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Background: Child V, her mother and brothers, and the services they knew",
                        SectionType.BACKGROUND),
                tuple("2 What we learned", SectionType.LEARNING));
        assertThat(report.document().sections().get(0).text()).isEqualTo(BACKGROUND + "\n" + HISTORY);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, LEARNING.get(0)),
                tuple(SectionType.LEARNING, LEARNING.get(1)),
                tuple(SectionType.LEARNING, LEARNING.get(2)));
    }

    @Test
    void aHeadingAcrossTheColumnsStaysBetweenTheColumnTextAboveAndBelowIt() throws Exception {
        Path pdf = write("heading-between.pdf", page -> {
            page.band("3 Recommendations for the partnership and for every agency in it", 14);
            Column[] upper = page.columns(3);
            upper[0].number(1, RECOMMENDATIONS.get(0));
            upper[1].number(2, RECOMMENDATIONS.get(1));
            upper[2].number(3, RECOMMENDATIONS.get(2));
            page.draw(upper);
            page.band("4 Good practice the review saw in the school and in health visiting", 14);
            page.wrappedNote(NOTE_START, NOTE_END);
            Column[] lower = page.columns(3);
            lower[0].paragraph(BACKGROUND);
            lower[1].paragraph(HISTORY);
            lower[2].paragraph("The school nurse noticed the weight loss and told the head teacher at once.");
            page.draw(lower);
        });
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("3 Recommendations for the partnership and for every agency in it",
                        SectionType.RECOMMENDATIONS),
                tuple("4 Good practice the review saw in the school and in health visiting",
                        SectionType.GOOD_PRACTICE));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, RECOMMENDATIONS.get(0)),
                tuple(SectionType.RECOMMENDATIONS, RECOMMENDATIONS.get(1)),
                tuple(SectionType.RECOMMENDATIONS, RECOMMENDATIONS.get(2)));
        // the note's last line, short and in the middle column, stays with its first line
        assertThat(report.document().sections().get(1).text()).isEqualTo(String.join("\n",
                NOTE_START + " " + NOTE_END, BACKGROUND, HISTORY,
                "The school nurse noticed the weight loss and told the head teacher at once."));
    }

    @Test
    void fourColumnsAreReadInOrderToo() throws Exception {
        Path pdf = write("four.pdf", page -> {
            page.band("2 What we learned", 16);
            Column[] columns = page.columns(4);
            for (int c = 0; c < 3; c++) {
                columns[c].bullet(LEARNING.get(c)).bullet(RECOMMENDATIONS.get(c));
            }
            columns[3].bullet(HISTORY);
            page.draw(columns);
        });
        assertThat(extractor.extractWithItems(pdf).items()).extracting(ReportItem::text).containsExactly(
                LEARNING.get(0), RECOMMENDATIONS.get(0), LEARNING.get(1), RECOMMENDATIONS.get(1),
                LEARNING.get(2), RECOMMENDATIONS.get(2), HISTORY);
    }

    @Test
    void twoColumnsStayReadLeftThenRight() throws Exception {
        Path pdf = write("two.pdf", page -> {
            page.band("1 Background", 16);
            Column[] columns = page.columns(2);
            columns[0].paragraph(BACKGROUND + " " + BACKGROUND);
            columns[1].paragraph(HISTORY + " " + HISTORY);
            page.draw(columns);
        });
        assertThat(extractor.extract(pdf).sections().get(0).text())
                .isEqualTo(BACKGROUND + " " + BACKGROUND + "\n" + HISTORY + " " + HISTORY);
    }

    /**
     * Headings level in the first and third columns, the middle column blank beside them (its text starts lower):
     * bold in two columns of a row is no table header (a header names every column), so the columns still part.
     */
    @Test
    void headingsLevelInTheFirstAndThirdColumnsAreNoTableHeader() throws Exception {
        Path pdf = write("level-headings.pdf", page -> {
            page.band("Learning from reviews: Child V", 16);
            page.y += 3 * LEADING; // white space under the headline, as under a newsletter's standfirst
            Column[] columns = page.columns(3);
            columns[0].heading("1 Background").paragraph(BACKGROUND);
            columns[1].lines.add(null);
            columns[1].paragraph(HISTORY);
            columns[2].heading("2 What we learned").bullet(LEARNING.get(0)).bullet(LEARNING.get(1));
            page.draw(columns);
        });
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Background", SectionType.BACKGROUND), tuple("2 What we learned", SectionType.LEARNING));
        assertThat(report.document().sections().get(0).text()).isEqualTo(BACKGROUND + "\n" + HISTORY);
        assertThat(report.items()).extracting(ReportItem::text).containsExactly(LEARNING.get(0), LEARNING.get(1));
    }

    @Test
    void aTableOfThreeEqualColumnsUnderABoldHeaderRowIsNoSetOfColumns() {
        List<TextLine> rows = new ArrayList<>();
        rows.add(row(100, true, "Recommendation", "Lead agency", "Response"));
        for (int r = 0; r < 9; r++) {
            rows.add(row(114 + r * 14, false, "Audit referrals every month", "Children's social care",
                    "Accepted in full"));
        }
        assertThat(ColumnGutters.find(rows, PDRectangle.A4.getWidth())).isEmpty();
        rows.remove(0);
        assertThat(ColumnGutters.find(rows, PDRectangle.A4.getWidth())).hasSize(2);
    }

    private static TextLine row(float y, boolean bold, String... cells) {
        List<TextFragment> fragments = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            float x = MARGIN + c * 170;
            fragments.add(new TextFragment(cells[c], x, x + 140, y, BODY, bold));
        }
        return new TextLine(1, String.join(" ", cells), fragments);
    }

    private interface PageContent {
        void fill(PageWriter page) throws IOException;
    }

    private Path write(String name, PageContent content) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                content.fill(new PageWriter(out, page.getMediaBox().getHeight()));
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** Writes from the top of an A4 page down: full-width lines, then runs of columns on shared baselines. */
    private static final class PageWriter {
        private final PDPageContentStream out;
        private final float pageTop;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private float y = 70;

        PageWriter(PDPageContentStream out, float pageTop) {
            this.out = out;
            this.pageTop = pageTop;
        }

        void band(String text, float size) throws IOException {
            y += size;
            show(bold, size, MARGIN, text);
            y += size;
        }

        /** A full-width line, its last words centred under it in the middle of the page. */
        void wrappedNote(String first, String last) throws IOException {
            y += LEADING;
            show(regular, BODY, MARGIN, first);
            y += LEADING;
            show(regular, BODY, (PDRectangle.A4.getWidth() - regular.getStringWidth(last) / 1000 * BODY) / 2, last);
            y += LEADING + 6; // a paragraph's space: less than the white space that ends a run of columns
        }

        Column[] columns(int count) {
            float width = (PDRectangle.A4.getWidth() - 2 * MARGIN - (count - 1) * GUTTER) / count;
            Column[] columns = new Column[count];
            for (int c = 0; c < count; c++) {
                columns[c] = new Column(MARGIN + c * (width + GUTTER), width, regular, bold);
            }
            return columns;
        }

        void draw(Column... columns) throws IOException {
            int rows = 0;
            for (Column column : columns) {
                for (int r = 0; r < column.lines.size(); r++) {
                    Line line = column.lines.get(r);
                    if (line != null) {
                        show(line.bold ? bold : regular, line.size, column.x + line.indent, y + r * LEADING, line.text);
                    }
                }
                rows = Math.max(rows, column.lines.size());
            }
            y += rows * LEADING + LEADING;
        }

        private void show(PDFont font, float size, float x, String text) throws IOException {
            show(font, size, x, y, text);
        }

        private void show(PDFont font, float size, float x, float top, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, pageTop - top);
            out.showText(text);
            out.endText();
        }
    }

    private record Line(String text, boolean bold, float indent, float size) {
        Line(String text, boolean bold, float indent) {
            this(text, bold, indent, BODY);
        }
    }

    /** One column's lines; null is an empty line (space between blocks). */
    private static final class Column {
        final float x;
        final float width;
        final PDFont regular;
        final PDFont bold;
        final List<Line> lines = new ArrayList<>();

        Column(float x, float width, PDFont regular, PDFont bold) {
            this.x = x;
            this.width = width;
            this.regular = regular;
            this.bold = bold;
        }

        Column heading(String text) throws IOException {
            space();
            wrap(text, bold, 0).forEach(t -> lines.add(new Line(t, true, 0, 14)));
            return this;
        }

        Column paragraph(String text) throws IOException {
            space();
            wrap(text, regular, 0).forEach(t -> lines.add(new Line(t, false, 0)));
            return this;
        }

        Column bullet(String text) throws IOException {
            return marked("\u2022", text);
        }

        Column number(int n, String text) throws IOException {
            return marked(n + ".", text);
        }

        private Column marked(String marker, String text) throws IOException {
            space();
            List<String> wrapped = wrap(text, regular, 12);
            // the marker and the entry's first words share a baseline; the rest hangs at the text's indent
            lines.add(new Line(marker + "  " + wrapped.get(0), false, 0));
            wrapped.subList(1, wrapped.size()).forEach(t -> lines.add(new Line(t, false, 12)));
            return this;
        }

        private void space() {
            if (!lines.isEmpty()) {
                lines.add(null);
            }
        }

        private List<String> wrap(String text, PDFont font, float indent) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * BODY > width - indent && !line.isEmpty()) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            out.add(line.toString());
            return out;
        }
    }
}
