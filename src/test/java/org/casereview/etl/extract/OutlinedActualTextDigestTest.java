package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 31's b55 kind 2: a design tool's digest whose heading, titles and list labels are drawn as glyph outlines
 * (paths, no font) inside a marked-content sequence whose /ActualText gives their words; the summaries, items and
 * links are real text. No reader saw the titles or labels, and the digest was taken for a report. The /ActualText is
 * the document's own text for them: it is read as a line where the outlines are drawn. Every child, family and place
 * here is invented.
 */
class OutlinedActualTextDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font OUTLINES = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void titlesAndLabelsDrawnAsOutlinesWithActualTextAreRead() throws Exception {
        Path pdf = dir.resolve("outlined.pdf");
        write(pdf, false);

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(text.text()).contains("Learning from reviews: March 2031");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TX: Child safeguarding practice review", "Child UX: Serious case review");
        DigestEntry tx = digest.entries().get(0);
        assertThat(tx.summary()).isEqualTo("Serious harm to a 9-year-old girl in 2030 who was burned with a cigarette "
                + "by her mother's partner, aged 31. Child TX is White British.");
        assertThat(items(tx, SectionType.LEARNING)).containsExactly("the school did not ask about the marks",
                "the partner's history was not checked");
        assertThat(items(tx, SectionType.RECOMMENDATIONS)).containsExactly("check the history of every new partner");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "the baby's bruise was not referred", "the father's anger was not explored");
    }

    @Test
    void wordsOutlinedOverTwoRowsAreSharedOutByTheRowsAndGlyphsWithActualTextAreLeftAsPdfBoxReadsThem() throws Exception {
        Path pdf = dir.resolve("rows.pdf");
        write(pdf, true);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            PdfPageLines.Pages pages = PdfPageLines.read(document);
            List<String> lines = pages.lines().get(0).stream().map(PdfPageLines.Line::text).toList();
            assertThat(lines).containsSubsequence("Learning from reviews: March 2031", "Child TX: Child safeguarding",
                    "practice review", "Serious harm to a 9-year-old girl in 2030 who was burned with a cigarette by her "
                    + "mother's");
            // glyphs inside a sequence with /ActualText: PDFBox gives the /ActualText in their place, once
            assertThat(lines).contains("Read the full review (PDF)").doesNotContain("Read it");
        }
    }

    @Test
    void outlinesWithActualTextInsideFormsPlacedOnThePageAndInOneAnotherAreRead() throws Exception {
        Path pdf = dir.resolve("forms.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDResources resources = new PDResources();
            page.setResources(resources);
            COSName font = resources.add(REGULAR);
            // the heading's outlines in a form placed 700 pt up; the title's in a form placed inside another form
            PDFormXObject heading = form(document, new PDResources(), 0, 0, 18, "Learning from reviews: March 2031");
            heading.setMatrix(new AffineTransform(1, 0, 0, 1, 0, 700));
            PDResources outerResources = new PDResources();
            PDFormXObject title = form(document, new PDResources(), 0, 0, 13, "Child TX: Child safeguarding practice review");
            PDFormXObject outer = new PDFormXObject(document);
            outer.setBBox(PDRectangle.A4);
            outer.setResources(outerResources);
            COSName inner = outerResources.add(title);
            outerResources.put(COSName.getPDFName("Self"), outer); // a form naming itself is read once
            try (OutputStream out = outer.getContentStream().createOutputStream()) {
                out.write(("q 1 0 0 1 0 640 cm /" + inner.getName() + " Do Q\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            StringBuilder cs = new StringBuilder();
            cs.append("q 1 0 0 1 56 80 cm /").append(resources.add(heading).getName()).append(" Do Q\n");
            cs.append("q 1 0 0 1 56 80 cm /").append(resources.add(outer).getName()).append(" Do Q\n");
            text(cs, font, 56, 756, "Two reviews were published in March 2031.");
            text(cs, font, 56, 700, "Serious harm to a 9-year-old girl in 2030. Child TX is White British.");
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cs.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            PDPage again = new PDPage(PDRectangle.A4); // the heading's form placed on a second page too
            document.addPage(again);
            again.setResources(resources);
            PDStream second = new PDStream(document);
            try (OutputStream out = second.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(("q 1 0 0 1 56 80 cm /" + resources.add(heading).getName() + " Do Q\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            again.setContents(second);
            document.save(pdf.toFile());
        }
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            List<List<PdfPageLines.Line>> pages = PdfPageLines.read(document).lines();
            List<String> lines = pages.get(0).stream().map(PdfPageLines.Line::text).toList();

            assertThat(pages.get(1)).extracting(PdfPageLines.Line::text).containsExactly("Learning from reviews: March 2031");

            // in the order drawn: the two forms first
            assertThat(lines).containsExactly("Learning from reviews: March 2031",
                    "Child TX: Child safeguarding practice review", "Two reviews were published in March 2031.",
                    "Serious harm to a 9-year-old girl in 2030. Child TX is White British.");
        }
    }

    /** A form whose content is the words' outlines at (x, y) in a sequence whose /ActualText gives them. */
    private static PDFormXObject form(PDDocument document, PDResources resources, float x, float y, float size,
                                      String words) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(PDRectangle.A4);
        form.setResources(resources);
        StringBuilder cs = new StringBuilder();
        outlined(cs, resources, x, y, size, words);
        try (OutputStream out = form.getContentStream().createOutputStream()) {
            out.write(cs.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return form;
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf, boolean wrapTitle) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDResources resources = new PDResources();
            page.setResources(resources);
            COSName font = resources.add(REGULAR);
            StringBuilder cs = new StringBuilder();
            outlined(cs, resources, 56, 780, 18, "Learning from reviews: March 2031");
            text(cs, font, 56, 756, "Two reviews were published in March 2031. Every child, family and place in them "
                    + "is invented.");
            float y = 720;
            if (wrapTitle) {
                outlinedRows(cs, 56, y, 13, "Child TX: Child safeguarding", "practice review");
                y -= 16;
            } else {
                outlined(cs, resources, 56, y, 13, "Child TX: Child safeguarding practice review");
            }
            y = entry(cs, resources, font, y - 18, List.of(
                    "Serious harm to a 9-year-old girl in 2030 who was burned with a cigarette by her mother's",
                    "partner, aged 31. Child TX is White British."), List.of("the school did not ask about the marks",
                    "the partner's history was not checked"), List.of("check the history of every new partner"));
            outlined(cs, resources, 56, y - 20, 13, "Child UX: Serious case review");
            entry(cs, resources, font, y - 38, List.of(
                    "Serious harm to a 5-month-old boy in 2030 who was found with a bruise on his ear. Child UX is",
                    "Black African."), List.of("the baby's bruise was not referred", "the father's anger was not explored"),
                    List.of("see every bruised baby the same day"));
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cs.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            document.save(pdf.toFile());
        }
    }

    private static float entry(StringBuilder cs, PDResources resources, COSName font, float top, List<String> summary,
                               List<String> learning, List<String> recommendations) throws IOException {
        float y = top;
        for (String line : summary) {
            text(cs, font, 56, y, line);
            y -= 14;
        }
        y = list(cs, resources, font, y - 6, "Learning includes:", learning);
        y = list(cs, resources, font, y - 6, "Recommendations include:", recommendations);
        // a link whose glyphs carry an /ActualText of their own: PDFBox reads the /ActualText for them
        cs.append("/Span << /ActualText ").append(hex("Read the full review (PDF)")).append(" >> BDC\n");
        text(cs, font, 56, y - 6, "Read it");
        cs.append("EMC\n");
        return y - 30;
    }

    private static float list(StringBuilder cs, PDResources resources, COSName font, float y, String label,
                              List<String> items) throws IOException {
        outlined(cs, resources, 56, y, 10, label);
        for (String item : items) {
            y -= 14;
            text(cs, font, 66, y, "\u2022 " + item);
        }
        return y - 14;
    }

    private static void text(StringBuilder cs, COSName font, float x, float y, String s) {
        cs.append(String.format(Locale.ROOT, "BT /%s 10 Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET%n", font.getName(), x, y,
                s.replace("\u2022", "\u0095").replace("(", "\\(").replace(")", "\\)")));
    }

    /**
     * The words as the bold face's glyph outlines, filled, in a sequence whose /ActualText gives them: every other
     * one inline, the rest through the page's /Properties.
     */
    private static void outlined(StringBuilder cs, PDResources resources, float x, float y, float size, String words)
            throws IOException {
        if (words.length() % 2 == 0) {
            cs.append("/Span << /ActualText ").append(hex(words)).append(" >> BDC\n");
        } else {
            PDPropertyList properties = PDPropertyList.create(new org.apache.pdfbox.cos.COSDictionary());
            properties.getCOSObject().setString(COSName.ACTUAL_TEXT, words);
            cs.append("/Span /").append(resources.add(properties).getName()).append(" BDC\n");
        }
        glyphs(cs, x, y, size, words);
        cs.append("EMC\n");
    }

    /** A title outlined over two rows in one sequence, its /ActualText the whole title. */
    private static void outlinedRows(StringBuilder cs, float x, float y, float size, String first, String second)
            throws IOException {
        cs.append("/Span << /ActualText ").append(hex(first + " " + second)).append(" >> BDC\n");
        glyphs(cs, x, y, size, first);
        glyphs(cs, x, y - 16, size, second);
        cs.append("EMC\n");
    }

    private static void glyphs(StringBuilder cs, float x, float y, float size, String words) throws IOException {
        cs.append("q 0.1 0.2 0.5 rg\n");
        float at = x;
        for (char c : words.toCharArray()) {
            String name = OUTLINES.getEncoding().getName(OUTLINES.encode(String.valueOf(c))[0] & 0xff);
            GeneralPath glyph = OUTLINES.getPath(name);
            AffineTransform place = new AffineTransform(size / 1000, 0, 0, size / 1000, at, y);
            PathIterator it = glyph.getPathIterator(place);
            float[] p = new float[6];
            while (!it.isDone()) {
                switch (it.currentSegment(p)) {
                    case PathIterator.SEG_MOVETO -> cs.append(String.format(Locale.ROOT, "%.2f %.2f m%n", p[0], p[1]));
                    case PathIterator.SEG_LINETO -> cs.append(String.format(Locale.ROOT, "%.2f %.2f l%n", p[0], p[1]));
                    case PathIterator.SEG_CUBICTO -> cs.append(String.format(Locale.ROOT,
                            "%.2f %.2f %.2f %.2f %.2f %.2f c%n", p[0], p[1], p[2], p[3], p[4], p[5]));
                    case PathIterator.SEG_QUADTO -> cs.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f v%n",
                            p[0], p[1], p[2], p[3]));
                    default -> cs.append("h\n");
                }
                it.next();
            }
            at += OUTLINES.getWidth(OUTLINES.encode(String.valueOf(c))[0] & 0xff) / 1000 * size;
        }
        cs.append("f Q\n");
    }

    private static String hex(String words) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (char c : words.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.append('>').toString();
    }
}
