package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet printed with its gridlines as a spreadsheet program prints one (invented reviews): one long table of
 * two columns under a header row 'Field | Entry' repeated at the top of every page, one row per field or item, a list's
 * label beside its first item only; every horizontal gridline drawn across the sheet, the column line a segment per
 * row; the one-line cells written first and the wrapped cells (the summaries, a two-line label, a wrapped item) after
 * them all, as the program writes a page.
 */
class GridlineFieldSheetTest {

    @TempDir
    Path dir;

    private static final PDRectangle PAGE = new PDRectangle(420, 300);
    private static final float LEFT = 30;
    private static final float WALL = 120;
    private static final float RIGHT = 400;
    private static final float PITCH = 11;
    private static final float SIZE = 8;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A row: its label cell's lines and its entry cell's lines. */
    private record Row(List<String> label, List<String> entry) {
        static Row of(String label, String... entry) {
            return new Row(label.isEmpty() ? List.of() : List.of(label.split("\n")), List.of(entry));
        }
    }

    private static final List<Row> PAGE_ONE = List.of(
            Row.of("Review", "Child QA: Serious case review"),
            Row.of("Summary", "Neglect of a boy, aged 3, in 2023. His mother,", "aged 24, misused alcohol."),
            Row.of("Learning includes:", "the health visitor did not see the boy at home"),
            Row.of("", "the nursery did not report his absences"),
            Row.of("Recommendations\ninclude:", "health visitors to see every child at home at least", "once a year"),
            Row.of("", "nurseries to report absences of a week"),
            Row.of("Link", "Read the overview report (PDF)"),
            Row.of("Review", "Child QB: Learning review"),
            Row.of("Summary", "Sexual abuse of a girl, aged 9, in Scotland in", "2024."));
    private static final List<Row> PAGE_TWO = List.of(
            Row.of("Learning includes:", "her teacher's concerns were not shared"),
            Row.of("", "the school did not ask her what was happening"),
            Row.of("Recommendations", "Makes no recommendations as the partnership has", "already changed its procedure."),
            Row.of("Link", "Read the learning review (PDF)"));

    @Test
    void theGridlinesPartTheRowsAndEachReviewIsReadFromItsTitleRow() throws IOException {
        ParsedDigest digest = new DigestParser().parse(text(sheet(List.of(withHeader(PAGE_ONE), withHeader(PAGE_TWO))),
                LayoutDigestText::readTable));

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QA: Serious case review", "Child QB: Learning review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a boy, aged 3, in 2023. His mother, aged 24, misused alcohol.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly("the health visitor did not see the boy at home",
                "the nursery did not report his absences");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "health visitors to see every child at home at least once a year", "nurseries to report absences of a week");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.summary()).isEqualTo("Sexual abuse of a girl, aged 9, in Scotland in 2024.");
        assertThat(items(second, SectionType.LEARNING)).containsExactly("her teacher's concerns were not shared",
                "the school did not ask her what was happening");
        assertThat(second.noRecommendations()).isTrue();
    }

    @Test
    void twoColumnNamesOverRowsThatAreNoReviewsFieldsAreNoSheetOfReviews() throws IOException {
        Path pdf = sheet(List.of(List.of(Row.of("Name", "Role"), Row.of("Ann Lee", "Independent reviewer"),
                Row.of("Sam Cole", "Chair of the panel"), Row.of("", "Vice chair"))));

        assertThat(text(pdf, LayoutDigestText::readTable)).isEmpty();
    }

    @Test
    void aLaterListItemUnderAnEmptyFirstCellOverThePageBreakStaysItsOwnItem() {
        List<List<String>> rows = List.of(List.of("Field", "Entry"), List.of("Review", "Child QC: Serious case review"),
                List.of("Summary", "Neglect in 2022."), List.of("Learning includes:", "one point"));
        List<List<String>> more = List.of(List.of("Field", "Entry"), List.of("", "another point"),
                List.of("Link", "Read the overview report (PDF)"));

        List<List<String>> joined = DigestTable.joined(rows, more, 1);

        assertThat(DigestTable.entries(joined, 1).orElseThrow()).contains("Learning includes:\n- one point\n- another point\n");
    }

    private interface Reader {
        java.util.Optional<String> read(PDDocument document, int pages);
    }

    private static String text(Path pdf, Reader reader) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return reader.read(document, Integer.MAX_VALUE).orElse("");
        }
    }

    private static List<Row> withHeader(List<Row> rows) {
        List<Row> all = new ArrayList<>(List.of(Row.of("Field", "Entry")));
        all.addAll(rows);
        return all;
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    /** The sheet's pages: each row's gridlines, then its one-line cells, then every wrapped cell of the page. */
    private Path sheet(List<List<Row>> pages) throws IOException {
        Path file = dir.resolve("sheet.pdf");
        try (PDDocument document = new PDDocument()) {
            for (List<Row> rows : pages) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    float top = 30;
                    List<float[]> tops = new ArrayList<>();
                    for (Row row : rows) {
                        int lines = Math.max(row.label().size(), row.entry().size());
                        float bottom = top + lines * PITCH + 4;
                        line(cs, LEFT, top, RIGHT, top);
                        line(cs, WALL, top, WALL, bottom);
                        tops.add(new float[] {top});
                        top = bottom;
                    }
                    line(cs, LEFT, top, RIGHT, top);
                    line(cs, LEFT, 30, LEFT, top);
                    line(cs, RIGHT, 30, RIGHT, top);
                    cells(cs, rows, tops, false);
                    cells(cs, rows, tops, true);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The cells of one line ({@code wrapped} false) or of more. */
    private static void cells(PDPageContentStream cs, List<Row> rows, List<float[]> tops, boolean wrapped)
            throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            float top = tops.get(r)[0];
            if (row.label().size() > 1 == wrapped) {
                for (int i = 0; i < row.label().size(); i++) {
                    text(cs, BOLD, LEFT + 3, top + (i + 1) * PITCH, row.label().get(i));
                }
            }
            if (row.entry().size() > 1 == wrapped) {
                for (int i = 0; i < row.entry().size(); i++) {
                    text(cs, r == 0 || "Review".equals(row.label().isEmpty() ? "" : row.label().get(0)) ? BOLD : REGULAR,
                            WALL + 3, top + (i + 1) * PITCH, row.entry().get(i));
                }
            }
        }
    }

    private static void line(PDPageContentStream cs, float x1, float top1, float x2, float top2) throws IOException {
        cs.setLineWidth(0.1f);
        cs.moveTo(x1, PAGE.getHeight() - top1);
        cs.lineTo(x2, PAGE.getHeight() - top2);
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float baseline, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, PAGE.getHeight() - baseline);
        cs.showText(text);
        cs.endText();
    }
}
