package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunctionType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradient lettering as a design tool writes it: the heading, the title and the label drawn as a clip only
 * ({@code 7 Tr}), then a colour gradient ({@code sh}) or a filled box painted through them before the graphics state is
 * restored. The page shows those words; a note drawn as a clip with nothing painted through it shows nothing. On main
 * every clip glyph was taken for invisible text (as an editor's {@code 3 Tr} note) and the heading, title and label were
 * lost. Invented review.
 */
class GradientTextDigestTest {

    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    @TempDir
    Path dir;

    @Test
    void wordsPaintedThroughTheirClipAreReadAndAClipNothingFillsIsNot() throws Exception {
        String text = new DocumentTextExtractor().extract(gradientPage()).text();

        assertThat(text).contains("Case reviews: December 2025")
                .contains("Child JW: Child safeguarding practice review")
                .contains("Learning includes:")
                .contains("Death of a 3-year-old boy in 2024 who swallowed a button battery.")
                .doesNotContain("Editor: check the ages");
        assertThat(text.indexOf("Child JW: Child")).isLessThan(text.indexOf("Death of a 3-year-old"));
        assertThat(text.indexOf("Learning includes:")).isLessThan(text.indexOf("button batteries were"));
    }

    private Path gradientPage() throws IOException {
        assumeTrue(Files.exists(REGULAR) && Files.exists(BOLD), "DejaVu fonts not installed");
        Path file = dir.resolve("gradient.pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, REGULAR.toFile());
            PDFont bold = PDType0Font.load(document, BOLD.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                throughShading(out, bold, 18, 780, "Case reviews: December 2025");
                show(out, regular, 10, 60, 760, "Four case reviews were published. Every child here is invented.");
                throughShading(out, bold, 12, 732, "Child JW: Child safeguarding practice review");
                show(out, regular, 10, 60, 714, "Death of a 3-year-old boy in 2024 who swallowed a button battery.");
                show(out, regular, 10, 60, 700, "Child JW is Black British. This review is invented for a test.");
                throughBox(out, bold, 10, 680, "Learning includes:");
                show(out, regular, 10, 74, 666, "the dangers of button batteries were not known");
                show(out, regular, 10, 74, 652, "the move to temporary housing was not shared");
                show(out, regular, 10, 60, 632, "Read the practice review (PDF)");
                out.saveGraphicsState(); // a clip nothing is painted through
                clipText(out, regular, 10, 300, 632, "Editor: check the ages");
                out.restoreGraphicsState();
                out.setNonStrokingColor(0.9f, 0.9f, 0.9f); // painted after the clip was restored: no gradient
                out.addRect(290, 620, 200, 30);
                out.fill();
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void throughShading(PDPageContentStream out, PDFont font, float size, float y, String text)
            throws IOException {
        out.saveGraphicsState();
        clipText(out, font, size, 60, y, text);
        out.shadingFill(axial(60, y, 60 + font.getStringWidth(text) / 1000 * size, y + size));
        out.restoreGraphicsState();
    }

    private static void throughBox(PDPageContentStream out, PDFont font, float size, float y, String text)
            throws IOException {
        out.saveGraphicsState();
        clipText(out, font, size, 60, y, text);
        out.setNonStrokingColor(0f, 0.45f, 0.4f);
        out.addRect(55, y - 4, 200, size + 6);
        out.fill();
        out.restoreGraphicsState();
    }

    private static void clipText(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setRenderingMode(RenderingMode.NEITHER_CLIP);
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static PDShading axial(float x0, float y0, float x1, float y1) {
        COSDictionary function = new COSDictionary();
        function.setInt(COSName.FUNCTION_TYPE, 2);
        function.setItem(COSName.DOMAIN, floats(0, 1));
        function.setItem(COSName.C0, floats(0.55f, 0.05f, 0.45f));
        function.setItem(COSName.C1, floats(0.1f, 0.3f, 0.8f));
        function.setInt(COSName.N, 1);
        PDShadingType2 shading = new PDShadingType2(new COSDictionary());
        shading.setShadingType(PDShading.SHADING_TYPE2);
        shading.setColorSpace(PDDeviceRGB.INSTANCE);
        shading.setCoords(floats(x0, y0, x1, y1));
        shading.setFunction(new PDFunctionType2(function));
        COSArray extend = new COSArray();
        extend.add(COSBoolean.FALSE);
        extend.add(COSBoolean.FALSE);
        shading.setExtend(extend);
        return shading;
    }

    private static COSArray floats(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
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
