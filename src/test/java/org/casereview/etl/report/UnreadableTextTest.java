package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports a reader gets only part of, or nothing of, though the PDF opens (an invented review): text whose glyphs
 * decode to private-use code points (a font with no usable map, its glyph names no letters), and a report whose last
 * page is an image of the page with no OCR. The first is no text at all, with its cause; the second is read as far as
 * its text goes and says which page it could not read, so the self-check does not call it read whole.
 */
class UnreadableTextTest {

    private static final PDFont BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final List<String> TEXT = List.of(
            "This review concerns Child G, a boy of fourteen months who was admitted to hospital with a",
            "fractured leg. The explanation given by his parents did not fit the injury he had.");
    private static final List<String> LEARNING = List.of(
            "1. Bruising in babies is rare and should always lead to careful thought about how it happened.",
            "2. Protocols need to be known by locum and temporary staff as well as by permanent staff.");

    @TempDir
    Path dir;

    @Test
    void textDecodingToPrivateUseCodePointsIsNoTextAndSaysWhy() throws Exception {
        Path pdf = write("private-use.pdf", true, false);
        assertThatThrownBy(() -> ReportExtractor.withDefaultSynonyms().extractWithItems(pdf))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.NO_TEXT_LAYER);
                    assertThat(e.getMessage()).startsWith("no readable text: ")
                            .contains("characters decode to private-use code points and 0 to letters")
                            .endsWith("(fonts with no /ToUnicode map)");
                });
    }

    @Test
    void privateUseBulletsInReadableTextAreKept() throws Exception {
        // Wingdings-like bullets at U+F0B7 beside the letters: the report is read
        Path pdf = write("bullets.pdf", false, false);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).hasSize(2);
        assertThat(report.layoutNotes()).isEmpty();
    }

    @Test
    void aPageThatIsOnlyAnImageIsNotedAndTheReportIsDoubtful() throws Exception {
        Path pdf = write("image-page.pdf", false, true);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type).containsExactly(SectionType.LEARNING,
                SectionType.LEARNING);
        assertThat(report.layoutNotes()).containsExactly(
                "page 2 has no text layer (an image of the page): its text is not read");
        List<ItemRow> items = report.items().stream()
                .map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList();
        Verdict verdict = ReportChecks.judge(new ReportEvidence(2, report.document().sections(), items,
                report.layoutNotes()), null);
        assertThat(verdict.quality()).isEqualTo(Verdict.DOUBTFUL);
        assertThat(verdict.notes()).contains("page 2 has no text layer (an image of the page): its text is not read");
    }

    /**
     * Headings in Helvetica-Bold, text in Helvetica, each 'private' font with a /ToUnicode map sending every code to
     * U+E000 + code and glyph names no letter list knows; with {@code allPrivate} every font is so, else only the
     * bullet font drawn before each learning point. With {@code imagePage} a second page that is only an image.
     */
    private Path write(String name, boolean allPrivate, boolean imagePage) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDFont body = allPrivate ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : BODY;
            PDFont bold = allPrivate ? new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD) : BOLD;
            PDFont bullet = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = show(out, bold, 14, 90, 760, List.of("Introduction")) - 6;
                y = show(out, body, 10, 72, y, TEXT) - 10;
                y = show(out, bold, 14, 72, y, List.of("Learning")) - 6;
                show(out, bullet, 10, 60, y, List.of("o", "o"));
                show(out, body, 10, 72, y, LEARNING);
            }
            for (PDFont font : allPrivate ? List.of(body, bold, bullet) : List.of(bullet)) {
                makePrivate(doc, font);
            }
            if (imagePage) {
                PDPage scan = new PDPage(PDRectangle.A4);
                doc.addPage(scan);
                PDImageXObject image = LosslessFactory.createFromImage(doc,
                        new java.awt.image.BufferedImage(62, 88, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
                try (PDPageContentStream out = new PDPageContentStream(doc, scan)) {
                    out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** Once the page is drawn (PDFBox encodes with the font's own encoding): the map and names that read no letter. */
    private static void makePrivate(PDDocument doc, PDFont font) throws IOException {
        COSDictionary dict = font.getCOSObject();
        dict.setItem(COSName.TO_UNICODE, privateUseMap(doc));
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(32));
        for (int code = 32; code <= 126; code++) {
            differences.add(COSName.getPDFName("g" + code));
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        dict.setItem(COSName.ENCODING, encoding);
    }

    private static COSStream privateUseMap(PDDocument doc) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n95 beginbfchar\n");
        for (int code = 0x20; code <= 0x7e; code++) {
            cmap.append(String.format(Locale.ROOT, "<%02X> <%04X>%n", code, code == 'o' ? 0xF0B7 : 0xE000 + code));
        }
        cmap.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (var os = stream.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static float show(PDPageContentStream out, PDFont font, float size, float x, float y, List<String> lines)
            throws IOException {
        for (String line : lines) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(line);
            out.endText();
            y -= size * 1.4f;
        }
        return y;
    }
}
