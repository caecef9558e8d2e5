package org.casereview.etl.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * A test PDF whose font (Helvetica, not embedded, no ToUnicode) names codes 1 to 5 in its /Differences with the
 * Adobe Glyph List's ligature names 'f_i', 'f_l', 'f_f', 'f_f_i', 'uni00660066006C' (as a layout program writes its
 * ligatures): lines of text in which '\u0001' to '\u0005' stand for those glyphs.
 */
public final class LigatureFontPdf {

    private LigatureFontPdf() {
    }

    public static void write(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "Helvetica");
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(1));
            for (String name : List.of("f_i", "f_l", "f_f", "f_f_i", "uni00660066006C")) {
                differences.add(COSName.getPDFName(name));
            }
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.setItem(COSName.ENCODING, encoding);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(font));
            page.setResources(resources);
            StringBuilder content = new StringBuilder("BT /F1 10 Tf 14 TL 60 780 Td\n");
            for (String line : lines) {
                content.append('<');
                for (byte b : line.getBytes(StandardCharsets.ISO_8859_1)) {
                    content.append(String.format("%02X", b & 0xff));
                }
                content.append("> Tj T*\n");
            }
            content.append("ET\n");
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            doc.save(file.toFile());
        }
    }
}
