package org.casereview.etl.extract;

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
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet printed with gridlines and its row and column headings (b43 kinds 3 and 4): grey cells 'A', 'B' ...
 * over the columns and '1', '2' ... beside the rows. The row numbers are no column of the digest table (each row's
 * title is its Review cell, not its number), and the link words set under a title in its cell, over a link
 * annotation, are the entry's link, not the end of its title.
 */
class PrintedSheetHeadingsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 8;
    private static final float LINE = 10;
    /** Left edges of the row-heading column and of the columns A to D. */
    private static final float[] X = {30, 50, 210, 420, 620, 810};
    private static final String[] HEADER = {"Review", "Summary", "Learning includes", "Recommendations include"};

    @TempDir
    Path dir;

    private record Row(List<String> review, String link, List<String> summary, List<String> learning,
                       List<String> recommendations) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(List.of("Child SA: Child safeguarding", "practice review"), "https://example.org/media/sa.pdf",
                    List.of("Neglect of a 5-year-old boy in 2023.", "His mother, aged 27, misused alcohol."),
                    List.of("- the school did not share its concerns", "- no one saw him alone"),
                    List.of("- share attendance concerns with health")),
            new Row(List.of("Child SB: Serious case review"), "https://example.org/media/sb.pdf",
                    List.of("Death of a 3-month-old girl in 2019."),
                    List.of("- the father was not seen"),
                    List.of("- see every adult living with a baby", "- refer bruising in babies")),
            new Row(List.of("Child SC: Child practice review"), "https://example.org/media/sc.pdf",
                    List.of("Sexual exploitation of a 14-year-old girl", "between 2022 and 2024."),
                    List.of("- missing episodes were dealt with one by one"),
                    List.of("- hold a strategy meeting after the third", "missing episode")));

    @Test
    void rowNumbersAreNoColumnAndTheLinkUnderATitleIsTheEntrysLink() throws Exception {
        Path file = sheet();
        assertThat(new PdfDigestSniffer(new DigestParser()).test(file)).isTrue();
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::linkTarget).containsExactly(
                tuple("Child SA: Child safeguarding practice review", "https://example.org/media/sa.pdf"),
                tuple("Child SB: Serious case review", "https://example.org/media/sb.pdf"),
                tuple("Child SC: Child practice review", "https://example.org/media/sc.pdf"));
        assertThat(digest.entries().get(0).summary()).startsWith("Neglect of a 5-year-old boy in 2023.");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("see every adult living with a baby", "refer bruising in babies");
    }

    private Path sheet() throws IOException {
        Path file = dir.resolve("sheet.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float top = 560;
                content.setNonStrokingColor(0.85f);
                content.addRect(X[0], top - 14, X[X.length - 1] - X[0], 14);
                content.fill();
                content.setNonStrokingColor(0f);
                String letters = "ABCDE";
                for (int c = 1; c < X.length - 1; c++) {
                    show(content, REGULAR, String.valueOf(letters.charAt(c - 1)), (X[c] + X[c + 1]) / 2 - 3, top - 10);
                }
                float y = top - 14;
                int number = 1;
                y = row(content, y, number++, List.of(List.of("Case reviews published in April 2026")), true);
                y = row(content, y, number++, List.of(List.of("Reviews added in April 2026, one row each.")), false);
                y = row(content, y, number++, List.of(List.of(HEADER[0]), List.of(HEADER[1]), List.of(HEADER[2]),
                        List.of(HEADER[3])), true);
                for (Row r : ROWS) {
                    List<String> review = new ArrayList<>(r.review());
                    review.add("Read the review (PDF)");
                    float rowTop = y;
                    y = row(content, y, number++, List.of(review, r.summary(), r.learning(), r.recommendations()), false);
                    float linkY = rowTop - 3 - review.size() * LINE;
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(X[1] + 3, linkY - 2, 90, LINE));
                    PDActionURI uri = new PDActionURI();
                    uri.setURI(r.link());
                    link.setAction(uri);
                    page.getAnnotations().add(link);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** One sheet row: its number in the grey heading cell, each cell's lines from its column's left; ruled below. */
    private static float row(PDPageContentStream content, float top, int number, List<List<String>> cells, boolean bold)
            throws IOException {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        float height = lines * LINE + 6;
        content.setNonStrokingColor(0.85f);
        content.addRect(X[0], top - height, X[1] - X[0], height);
        content.fill();
        content.setNonStrokingColor(0f);
        show(content, REGULAR, String.valueOf(number), X[0] + 6, top - height / 2 - 3);
        for (int c = 0; c < cells.size(); c++) {
            for (int i = 0; i < cells.get(c).size(); i++) {
                show(content, bold ? BOLD : REGULAR, cells.get(c).get(i), X[c + 1] + 3, top - 3 - (i + 1) * LINE + 2);
            }
        }
        content.setLineWidth(0.3f);
        content.moveTo(X[0], top - height);
        content.lineTo(X[X.length - 1], top - height);
        for (float x : X) {
            content.moveTo(x, top);
            content.lineTo(x, top - height);
        }
        content.stroke();
        return top - height;
    }

    private static void show(PDPageContentStream content, PDType1Font font, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
