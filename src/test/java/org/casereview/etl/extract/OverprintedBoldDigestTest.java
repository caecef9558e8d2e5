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
 * Session 30's b53 kind 2: a digest printed through a driver that simulates bold (the font has no bold face): every
 * title and label is drawn twice in the regular face, the copy 0.4 pt to the right, and the heading a third time as a
 * grey shadow 1.2 pt off. A viewer shows each once, heavier; the text layer read every title twice ('Child KV: Child
 * safeguarding practice reviewChild KV: ...'). A run drawn again over itself is read once. Every child, family and
 * place here is invented.
 */
class OverprintedBoldDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    @Test
    void aTitleOrLabelDrawnTwiceOverItselfIsReadOnce() throws Exception {
        Path pdf = dir.resolve("fake-bold.pdf");
        write(pdf);

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(text.text()).containsOnlyOnce("Case reviews digest: July 2031");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child KV: Child safeguarding practice review", "Baby LV: Serious case review");
        DigestEntry kv = digest.entries().get(0);
        assertThat(kv.summary()).isEqualTo("Serious harm to an 11-year-old girl in 2030 who was hit by her stepfather, "
                + "aged 36. Child KV is White British.");
        assertThat(items(kv, SectionType.LEARNING)).containsExactly("the school nurse's concerns were not followed up",
                "the girl was not seen alone");
        assertThat(items(kv, SectionType.RECOMMENDATIONS)).containsExactly("see every child alone at a home visit");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "the mother's low mood after the birth was missed", "the health visitor did not meet the father");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                float y = 790;
                cs.setNonStrokingColor(0f, 0f, 0f);
                bold(cs, 16, 56, y, "Case reviews digest: July 2031");
                cs.setNonStrokingColor(0.6f, 0.6f, 0.6f);
                text(cs, 16, 57.2f, y - 1.2f, "Case reviews digest: July 2031");
                cs.setNonStrokingColor(0f, 0f, 0f);
                y = text(cs, 10, 56, y - 22, "Two case reviews were published in July 2031. Every child, family and "
                        + "place in them is invented.") - 14;
                y = entry(cs, y, "Child KV: Child safeguarding practice review", List.of(
                        "Serious harm to an 11-year-old girl in 2030 who was hit by her stepfather, aged 36.",
                        "Child KV is White British."), List.of(
                        List.of("Learning includes:", "the school nurse's concerns were not followed up",
                                "the girl was not seen alone"),
                        List.of("Recommendations include:", "see every child alone at a home visit")));
                entry(cs, y, "Baby LV: Serious case review", List.of(
                        "Serious harm to a 4-month-old boy in 2030 who was shaken by his father, aged 23."), List.of(
                        List.of("Learning includes:", "the mother's low mood after the birth was missed",
                                "the health visitor did not meet the father")));
            }
            document.save(pdf.toFile());
        }
    }

    /** A title and each list's label in simulated bold, the summary and items regular; where the next entry goes. */
    private static float entry(PDPageContentStream cs, float top, String title, List<String> summary,
                               List<List<String>> lists) throws IOException {
        float y = bold(cs, 12, 56, top, title) - 4;
        for (String line : summary) {
            y = text(cs, 10, 56, y, line);
        }
        for (List<String> list : lists) {
            y = bold(cs, 10, 56, y - 6, list.get(0));
            for (String item : list.subList(1, list.size())) {
                y = text(cs, 10, 68, y, "\u2022 " + item);
            }
        }
        return text(cs, 10, 56, y - 6, "Read the full review") - 16;
    }

    /** The words drawn twice, the copy 0.4 pt right of the first, as a driver emboldens a regular face. */
    private static float bold(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
        text(cs, size, x, y, s);
        return text(cs, size, x + 0.4f, y, s);
    }

    private static float text(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(REGULAR, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
        return y - 1.4f * size;
    }
}
