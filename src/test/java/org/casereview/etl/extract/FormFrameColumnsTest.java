package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsletter page set as a layout program sets it (digests-e2e-pending b41, kind 1): each of three columns is a
 * frame, its text drawn inside a Form XObject of its own placed on the page, and the page invokes the frames out of
 * their order (the middle one first) before drawing its masthead and intro above them. The frames are read as they
 * stand: the masthead, then the columns left to right. Every child and place here is invented.
 */
class FormFrameColumnsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float LEFT = 36;
    private static final float WIDTH = 165;
    private static final float GAP = 14;
    private static final float BOTTOM = 120;
    private static final float HEIGHT = 560;

    @TempDir
    Path dir;

    @Test
    void framesInvokedOutOfOrderAreReadColumnByColumnUnderTheMasthead() throws Exception {
        List<DigestEntry> entries = entries(page("out-of-order.pdf", new int[]{1, 2, 0}));

        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child QB: Serious case review",
                "Child RC: Local child safeguarding practice review", "Baby SD: Rapid review");
        assertThat(entries.get(0).summary()).isEqualTo(
                "Neglect of a 4-year-old girl in 2031 who was kept home from nursery for most of a year.");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly(
                "the school nurse was not told of his weight loss", "his father's new partner was never checked");
        assertThat(items(entries.get(2), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask midwives to record who lives in the home");
    }

    @Test
    void framesInvokedInOrderReadTheSame() throws Exception {
        List<DigestEntry> entries = entries(page("in-order.pdf", new int[]{0, 1, 2}));

        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child QB: Serious case review",
                "Child RC: Local child safeguarding practice review", "Baby SD: Rapid review");
    }

    private static List<DigestEntry> entries(Path file) throws Exception {
        String text = new DocumentTextExtractor().extract(file).text();
        return new DigestParser().parse(text).entries();
    }

    private Path page(String name, int[] invoked) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            List<List<String>> columns = List.of(
                    List.of("T:Child QB: Serious case review", "B:Neglect of a 4-year-old girl in 2031 who",
                            "B:was kept home from nursery for most of a", "B:year.", "L:Learning includes:",
                            "I:nobody asked why she had stopped", "C:coming to nursery", "L:Recommendations include:",
                            "I:follow up every long absence from", "C:nursery"),
                    List.of("T:Child RC: Local child safeguarding", "T:practice review",
                            "B:Serious harm to a 9-year-old boy in 2031", "B:who was starved by his father.",
                            "L:Learning includes:", "I:the school nurse was not told of his", "C:weight loss",
                            "I:his father's new partner was never", "C:checked"),
                    List.of("T:Baby SD: Rapid review", "B:Death of a 3-month-old boy in 2031 who",
                            "B:was found in his parents' bed.", "L:Recommendations include:",
                            "I:ask midwives to record who lives in", "C:the home"));
            PDFormXObject[] frames = new PDFormXObject[3];
            for (int c = 0; c < 3; c++) {
                frames[c] = frame(document, columns.get(c));
            }
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                for (int c : invoked) {
                    stream.saveGraphicsState();
                    stream.transform(Matrix.getTranslateInstance(LEFT + c * (WIDTH + GAP), BOTTOM));
                    stream.drawForm(frames[c]);
                    stream.restoreGraphicsState();
                }
                stream.setNonStrokingColor(0.1f, 0.25f, 0.45f);
                stream.addRect(0, 752, 595, 90);
                stream.fill();
                stream.setNonStrokingColor(1f, 1f, 1f);
                text(stream, BOLD, 20, LEFT, 790, "Safeguarding reviews: May 2032");
                stream.setNonStrokingColor(0f, 0f, 0f);
                text(stream, REGULAR, 10, LEFT, 730, "Three case reviews were published in May 2032. Every child and");
                text(stream, REGULAR, 10, LEFT, 717, "place below is made up for a test.");
                text(stream, REGULAR, 7, LEFT, 60, "Reviews newsletter, May 2032");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A column's frame: T title, B body, L label, I a bullet's first line, C its hanging line. */
    private static PDFormXObject frame(PDDocument document, List<String> lines) throws IOException {
        COSStream cos = document.getDocument().createCOSStream();
        PDFormXObject form = new PDFormXObject(cos);
        form.setBBox(new PDRectangle(0, 0, WIDTH, HEIGHT));
        form.setResources(new PDResources());
        try (PDFormContentStream stream = new PDFormContentStream(form)) {
            float y = HEIGHT;
            for (String spec : lines) {
                String kind = spec.substring(0, 1);
                String words = spec.substring(2);
                y -= "L".equals(kind) ? 18 : 12.5f;
                switch (kind) {
                    case "T" -> text(stream, BOLD, 10.5f, 0, y, words);
                    case "L" -> text(stream, BOLD, 9.5f, 0, y, words);
                    case "I" -> {
                        text(stream, REGULAR, 9.5f, 2, y, "\u2022");
                        text(stream, REGULAR, 9.5f, 12, y, words);
                    }
                    case "C" -> text(stream, REGULAR, 9.5f, 12, y, words);
                    default -> text(stream, REGULAR, 9.5f, 0, y, words);
                }
            }
        }
        cos.setItem(COSName.SUBTYPE, COSName.FORM);
        return form;
    }

    private static void text(PDPageContentStream stream, PDFont font, float size, float x, float y, String words)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(words);
        stream.endText();
    }

    private static void text(PDFormContentStream stream, PDFont font, float size, float x, float y, String words)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(words);
        stream.endText();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
