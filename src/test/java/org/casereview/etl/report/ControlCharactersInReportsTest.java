package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report text enters the pipeline glyph by glyph: a font whose ToUnicode map gives NUL or BEL
 * (damaged or hostile fonts do) must not bring them into sections, items or metadata.
 */
class ControlCharactersInReportsTest {

    @TempDir
    Path dir;

    /** Helvetica whose ToUnicode map turns '~' into NUL and '^' into BEL. */
    private static PDType1Font hostileHelvetica(PDDocument doc) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, "Helvetica");
        font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
        String cmap = """
                /CIDInit /ProcSet findresource begin 12 dict begin begincmap
                /CMapName /Hostile def /CMapType 2 def
                1 begincodespacerange <00> <FF> endcodespacerange
                2 beginbfchar <7E> <0000> <5E> <0007> endbfchar
                endcmap CMapName currentdict /CMap defineresource pop end end
                """;
        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (OutputStream out = toUnicode.createOutputStream()) {
            out.write(cmap.getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return new PDType1Font(font);
    }

    @Test
    void nulAndBelFromAFontNeverReachTheReport() throws Exception {
        Path pdf = dir.resolve("hostile.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), hostileHelvetica(doc));
            page.setResources(resources);
            doc.addPage(page);
            String content = "BT /F1 20 Tf 72 700 Td (Child~ Q: practice review^) Tj ET\n"
                    + "BT /F1 14 Tf 72 650 Td (Recommendations~) Tj ET\n"
                    + "BT /F1 11 Tf 72 620 Td 15 TL (1. Share the plan~ with the school^.) Tj T*"
                    + " (2. Ask the child what they think~.) Tj ET\n";
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(new PDStream(stream));
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Child\u0000 Q\u0007 review");
            doc.setDocumentInformation(info);
            doc.save(pdf.toFile());
        }

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        ReportDocument document = report.document();
        List<String> texts = new ArrayList<>();
        for (Section s : document.sections()) {
            texts.add(s.heading());
            texts.add(s.text());
        }
        report.items().forEach(i -> texts.add(i.text()));
        texts.add(document.metadata().title());
        assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(String.valueOf(t)).doesNotContainPattern("[\\p{Cc}&&[^\\n\\t]]"));
        assertThat(String.join("\n", texts.stream().map(String::valueOf).toList())).contains("Share the plan with the school");
    }
}
