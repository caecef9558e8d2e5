package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 34's b61 kind 1: a spreadsheet printed too wide for its paper, its columns cut over pages: page 1 holds the
 * columns 'Review | Summary' (each summary cell ending in the link's words on a line of their own), page 2 the columns
 * 'Learning includes: | Recommendations include:', each row ruled at the same heights on both pages; inside a cell an
 * item wraps flush left and a label stands on its own line under the items, as a sheet's wrapped cell sets them. On main
 * the file was sniffed a report and, read as a digest, page 2's lists were no entry's. Invented reviews.
 */
class ColumnsCutOverPagesDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 40;
    private static final float RIGHT = 555;
    private static final float TOP = 120;
    private static final float HEAD = 18;
    private static final float ROW = 96;
    private static final float LEAD = 11;

    @TempDir
    Path dir;

    @Test
    void aSheetWhoseColumnsAreCutOverPagesIsReadRowByRowAcrossThem() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        write(pdf);

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child RJ: Serious case review", "Child SK: Child safeguarding practice review");
        DigestEntry rj = digest.entries().get(0);
        assertThat(rj.summary()).isEqualTo("Neglect of a 6-year-old boy in 2029 who was often hungry at school. "
                + "His mother, aged 30, misused alcohol.");
        assertThat(rj.linkText()).isEqualTo("Read the overview report (PDF)");
        assertThat(items(rj, SectionType.LEARNING)).containsExactly("his hunger was not shared with the health visitor",
                "the mother's drinking was not asked about");
        DigestEntry sk = digest.entries().get(1);
        assertThat(items(sk, SectionType.RECOMMENDATIONS)).containsExactly(
                "schools to tell the school nurse about every child who comes in hungry and tired");
        assertThat(items(sk, SectionType.GOOD_PRACTICE)).containsExactly("the dinner staff who kept food back for him");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            page(document, 200, List.of("Review", "Summary"), List.of(
                    List.of(List.of("Child RJ: Serious case review"), List.of(
                            "Neglect of a 6-year-old boy in 2029 who was often hungry at school. His",
                            "mother, aged 30, misused alcohol.", "Read the overview report (PDF)")),
                    List.of(List.of("Child SK: Child safeguarding", "practice review"), List.of(
                            "Physical abuse of a 9-year-old boy in 2030 by his father, aged 41, who",
                            "hit him with a belt.", "Read the practice review (PDF)"))), true);
            page(document, 300, List.of("Learning includes:", "Recommendations include:"), List.of(
                    List.of(List.of("\u2022 his hunger was not shared with the health visitor",
                            "\u2022 the mother's drinking was not asked about"),
                            List.of("\u2022 schools to share hunger with the school nurse")),
                    List.of(List.of("\u2022 the belt marks were put down to sport"),
                            List.of("\u2022 schools to tell the school nurse about every child who", "comes in hungry and tired",
                                    "Identifies good practice including:", "\u2022 the dinner staff who kept food back for him"))),
                    false);
            document.save(pdf.toFile());
        }
    }

    /** One page of the sheet: a header row and two rows of two ruled cells each, the column wall at {@code split}. */
    private static void page(PDDocument document, float split, List<String> head, List<List<List<String>>> rows,
            boolean first) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            if (first) {
                show(out, BOLD, 15, LEFT, height - 60, "Case reviews of autumn 2030");
                show(out, REGULAR, 10, LEFT, height - 78, "Two case reviews were published. Every child here is invented.");
            }
            float bottom = TOP + HEAD + ROW * rows.size();
            out.setLineWidth(0.6f);
            for (float y = TOP; y <= bottom + 0.1f; y += y == TOP ? HEAD : ROW) {
                line(out, LEFT, height - y, RIGHT, height - y);
            }
            for (float x : new float[] {LEFT, split, RIGHT}) {
                line(out, x, height - TOP, x, height - bottom);
            }
            show(out, BOLD, 9, LEFT + 3, height - TOP - 12, head.get(0));
            show(out, BOLD, 9, split + 3, height - TOP - 12, head.get(1));
            for (int r = 0; r < rows.size(); r++) {
                float top = TOP + HEAD + ROW * r;
                cell(out, first ? BOLD : REGULAR, LEFT + 3, height - top - 12, rows.get(r).get(0));
                cell(out, REGULAR, split + 3, height - top - 12, rows.get(r).get(1));
            }
        }
    }

    private static void cell(PDPageContentStream out, PDFont font, float x, float y, List<String> lines)
            throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            show(out, font, 9, x, y - i * LEAD, lines.get(i));
        }
    }

    private static void line(PDPageContentStream out, float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
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
