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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 39's b71 kind 3: a running head (the digest's heading and the page number, as ConTeXt sets it) a little
 * below the top 8% of the page, on both pages of a digest whose learning list runs over the page break. On main the
 * head on page 2 stayed in the text and was read as an entry, taking the rest of the list. Invented reviews.
 */
class RunningHeadInsideMarginTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aHeadOpeningEveryPageJustInsideTheMarginIsNotText() throws Exception {
        Path pdf = dir.resolve("head.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, 1, List.of("#Reviews in brief: July 2031", "Two case reviews were published in July 2031. All invented.",
                    "*Child TA: Serious case review", "Neglect of a 6-year-old boy in 2030. Child TA is White British.",
                    "*Learning includes:", "- the school's concerns were not shared"), 600);
            page(document, 2, List.of("- the GP was not told", "*Recommendations include:", "- share concerns with the GP",
                    "*Child TB: Learning review", "Death of a 1-year-old girl in Scotland in 2029. Child TB is White Scottish.",
                    "*Learning includes:", "- nobody asked about the dog"), 740);
            document.save(pdf.toFile());
        }

        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child TA: Serious case review", "Child TB: Learning review");
        DigestEntry first = digest.entries().get(0);
        assertThat(items(first, SectionType.LEARNING)).containsExactly("the school's concerns were not shared", "the GP was not told");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly("share concerns with the GP");
    }

    @Test
    void onlyALineAloneOpeningEveryPageAtOnePlaceWithinTheWiderBandIsRunning() {
        List<List<PdfPageLines.Line>> heads = List.of(
                List.of(new PdfPageLines.Line("Reviews in brief 1", false, 0.09f), new PdfPageLines.Line("Child TA", false, 0.2f)),
                List.of(new PdfPageLines.Line("Reviews in brief 2", false, 0.09f), new PdfPageLines.Line("Child TB", false, 0.3f)));
        List<List<PdfPageLines.Line>> bodyOpenings = List.of(
                List.of(new PdfPageLines.Line("Learning includes:", false, 0.1f), new PdfPageLines.Line("Child TA", false, 0.2f)),
                List.of(new PdfPageLines.Line("Recommendations include:", false, 0.1f)));
        List<List<PdfPageLines.Line>> tooLow = List.of(
                List.of(new PdfPageLines.Line("Reviews in brief 1", false, 0.15f)),
                List.of(new PdfPageLines.Line("Reviews in brief 2", false, 0.15f)));

        assertThat(PdfLayoutRepair.outermostOnEveryPage(heads)).containsExactlyInAnyOrder("Reviews in brief 1", "Reviews in brief 2");
        assertThat(PdfLayoutRepair.outermostOnEveryPage(bodyOpenings)).isEmpty();
        assertThat(PdfLayoutRepair.outermostOnEveryPage(tooLow)).isEmpty();
        List<List<PdfPageLines.Line>> besideTheFlow = List.of(
                List.of(new PdfPageLines.Line("This month", false, 0.09f), new PdfPageLines.Line("Reviews in brief", false, 0.093f)),
                List.of(new PdfPageLines.Line("This month", false, 0.09f), new PdfPageLines.Line("They had not been seen", false, 0.093f)));
        assertThat(PdfLayoutRepair.outermostOnEveryPage(besideTheFlow)).isEmpty();
    }

    /** A page with its head at 9.5% of the height (the page number after the heading), its lines from {@code y} down. */
    private static void page(PDDocument document, int number, List<String> lines, float y) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            text(out, REGULAR, 9, 70, 842 - 80, "Reviews in brief: July 2031");
            text(out, REGULAR, 9, 300, 842 - 80, String.valueOf(number));
            float at = y;
            for (String line : lines) {
                PDFont font = line.startsWith("*") || line.startsWith("#") ? BOLD : REGULAR;
                float size = line.startsWith("#") ? 16 : 10;
                String shown = line.startsWith("- ") ? "\u2022 " + line.substring(2) : line.replaceFirst("^[*#]", "");
                text(out, font, size, line.startsWith("- ") ? 84 : 70, at, shown);
                at -= 18;
            }
        }
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
