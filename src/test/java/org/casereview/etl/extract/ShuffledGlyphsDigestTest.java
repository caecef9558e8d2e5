package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

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
 * Session 36's b65 kind 1: a generator that draws every glyph in a text object of its own (BT, Tf, Tm, Tj, ET; no space
 * glyphs), the glyphs of a page in a random order. The stream order is no order, so the page is read by position
 * ({@code pdf.LineSteps}: its pieces in stream order are single glyphs jumping up and down the page); and the word gaps
 * measured between glyphs that were neighbours in the stream are not put between glyphs that are neighbours on the
 * line ({@code LineWordGaps}). On main the sniff said report and the text was letter salad; read by position alone,
 * words were parted inside ('Learn ing includes'). Every child, family and place here is invented.
 */
class ShuffledGlyphsDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    private record Glyph(PDFont font, float size, float x, float y, String text) {
    }

    @Test
    void aPageWhoseGlyphsAreDrawnOneByOneInRandomOrderIsReadByPosition() throws Exception {
        Path pdf = dir.resolve("shuffled.pdf");
        write(pdf);

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QX: Child safeguarding practice review", "Child RX: Learning review");
        DigestEntry qx = digest.entries().get(0);
        assertThat(qx.summary()).isEqualTo("Serious harm to a 4-year-old girl in 2030 who swallowed cleaning fluid "
                + "kept in a drinks bottle. Her father, aged 33, was at work. Child QX is White British.");
        assertThat(items(qx, SectionType.LEARNING)).containsExactly("the health visitor did not ask about storage",
                "the girl's earlier swallowing was not recorded");
        assertThat(items(qx, SectionType.RECOMMENDATIONS)).containsExactly("give every family a cupboard lock");
        DigestEntry rx = digest.entries().get(1);
        assertThat(rx.summary()).isEqualTo("Neglect of a 9-year-old boy in Scotland in 2029 who was often hungry "
                + "at school. Child RX is White Scottish.");
        assertThat(items(rx, SectionType.LEARNING)).containsExactly("his hunger was not shared with the school nurse");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        line(glyphs, BOLD, 16, 56, 780, "Case review summaries: May 2031");
        line(glyphs, REGULAR, 10, 56, 758, "Two case reviews were published in May 2031. Every child, family and "
                + "place in them is invented.");
        line(glyphs, BOLD, 12, 56, 728, "Child QX: Child safeguarding practice review");
        line(glyphs, REGULAR, 10, 56, 710, "Serious harm to a 4-year-old girl in 2030 who swallowed cleaning fluid "
                + "kept in a drinks bottle. Her");
        line(glyphs, REGULAR, 10, 56, 696, "father, aged 33, was at work. Child QX is White British.");
        line(glyphs, BOLD, 10, 56, 678, "Learning includes:");
        line(glyphs, REGULAR, 10, 66, 664, "\u2022 the health visitor did not ask about storage");
        line(glyphs, REGULAR, 10, 66, 650, "\u2022 the girl's earlier swallowing was not recorded");
        line(glyphs, BOLD, 10, 56, 632, "Recommendations include:");
        line(glyphs, REGULAR, 10, 66, 618, "\u2022 give every family a cupboard lock");
        line(glyphs, BOLD, 12, 56, 590, "Child RX: Learning review");
        line(glyphs, REGULAR, 10, 56, 572, "Neglect of a 9-year-old boy in Scotland in 2029 who was often hungry at "
                + "school. Child RX is");
        line(glyphs, REGULAR, 10, 56, 558, "White Scottish.");
        line(glyphs, BOLD, 10, 56, 540, "Learning includes:");
        line(glyphs, REGULAR, 10, 66, 526, "\u2022 his hunger was not shared with the school nurse");
        line(glyphs, REGULAR, 10, 56, 496, "Makes no recommendations as the school has already changed its "
                + "breakfast club.");
        Collections.shuffle(glyphs, new Random(65));
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                for (Glyph g : glyphs) {
                    out.beginText();
                    out.setFont(g.font(), g.size());
                    out.newLineAtOffset(g.x(), g.y());
                    out.showText(g.text());
                    out.endText();
                }
            }
            document.save(pdf.toFile());
        }
    }

    /** The line's glyphs at their places, every space left out (as the generator draws none). */
    private static void line(List<Glyph> glyphs, PDFont font, float size, float x, float y, String text)
            throws IOException {
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            if (!c.equals(" ")) {
                glyphs.add(new Glyph(font, size, at, y, c));
            }
            at += font.getStringWidth(c) / 1000 * size;
        }
    }
}
