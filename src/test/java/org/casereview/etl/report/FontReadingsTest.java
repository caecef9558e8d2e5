package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review (invented partnership and child) whose body font carries a /ToUnicode map that reads every letter 29 codes
 * below the letter drawn ('7KLV UHYLHZ' for 'This review'), as a subset's map written off by a constant does; its
 * headings are in a bold font with no map. The font's own encoding (WinAnsi) names the right letters, so the body is
 * read by the glyph names; a font whose names are wrong as well keeps its text and is noted for the self-check.
 */
class FontReadingsTest {

    private static final List<String> INTRODUCTION = List.of(
            "This review concerns Child J, a baby of four months who was taken to hospital with a",
            "broken arm. The family had moved to the area in the spring and were known to the health",
            "visiting service and to the housing team, but no one had met the father before the injury.");
    private static final List<String> LEARNING = List.of(
            "1. Any bruise on a baby who is not yet mobile must be seen by a paediatrician on the same day.",
            "2. Practitioners should ask who else lives in the home and who looks after the baby at night.");

    @TempDir
    Path dir;

    @Test
    void aBodyFontWhoseMapIsOffByAConstantIsReadByItsGlyphNames() throws Exception {
        Path pdf = write("shifted.pdf", false);
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION), tuple("Learning", SectionType.LEARNING));
        assertThat(report.document().sections().get(0).text()).startsWith(
                "This review concerns Child J, a baby of four months who was taken to hospital with a broken arm.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING,
                        "Any bruise on a baby who is not yet mobile must be seen by a paediatrician on the same day."),
                tuple(SectionType.LEARNING,
                        "Practitioners should ask who else lives in the home and who looks after the baby at night."));
        assertThat(report.layoutNotes()).isEmpty();
    }

    @Test
    void aBodyFontWhoseGlyphNamesMakeNoWordsEitherKeepsItsTextAndIsNoted() throws Exception {
        Path pdf = write("garbled.pdf", true);
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections().get(0).text()).startsWith("7KLV UHYLHZ FRQFHUQV &KLOG -");
        assertThat(report.layoutNotes()).containsExactly(
                "page 1: the text in font Helvetica reads as no words (its ToUnicode map may be wrong)");
    }

    @Test
    void aFontWhoseMapAgreesWithItsGlyphNamesIsNotSampled() throws Exception {
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(FontReadings.glyphNameReading(font)).isNull();
    }

    /** Body in Helvetica with a map 29 below each letter; with {@code namesWrong} its encoding names letters 2 on. */
    private Path write(String name, boolean namesWrong) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDFont body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float y = page.getMediaBox().getHeight() - 90;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                y = show(out, bold, 14, y, List.of("Introduction")) - 6;
                y = show(out, body, 10, y, INTRODUCTION) - 10;
                y = show(out, bold, 14, y, List.of("Learning")) - 6;
                show(out, body, 10, y, LEARNING);
            }
            COSDictionary font = body.getCOSObject();
            font.setItem(COSName.TO_UNICODE, shiftedMap(doc));
            if (namesWrong) {
                font.setItem(COSName.ENCODING, namesTwoOn());
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static float show(PDPageContentStream out, PDFont font, float size, float y, List<String> lines)
            throws IOException {
        for (String line : lines) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(72, y);
            out.showText(line);
            out.endText();
            y -= size * 1.4f;
        }
        return y;
    }

    private static COSStream shiftedMap(PDDocument doc) throws IOException {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n95 beginbfchar\n");
        for (int code = 0x20; code <= 0x7e; code++) {
            int mapped = Character.isLetter(code) ? code - 29 : code;
            cmap.append(String.format(Locale.ROOT, "<%02X> <%04X>%n", code, mapped));
        }
        cmap.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (var os = stream.createOutputStream()) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static COSDictionary namesTwoOn() {
        COSArray differences = new COSArray();
        differences.add(COSInteger.get('a'));
        for (char c = 'a'; c <= 'z'; c++) {
            differences.add(COSName.getPDFName(String.valueOf((char) ('a' + (c - 'a' + 2) % 26))));
        }
        differences.add(COSInteger.get('A'));
        for (char c = 'A'; c <= 'Z'; c++) {
            differences.add(COSName.getPDFName(String.valueOf((char) ('A' + (c - 'A' + 2) % 26))));
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        return encoding;
    }
}
