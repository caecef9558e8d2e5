package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ReviewFacts;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.normalise.ReviewText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9.6 (digests b18, kind 4): PostScript's ISOLatin1Encoding puts /minus at 0x2D, so a PDF made from it draws
 * every hyphen with the minus glyph and its text reads "14\u2212year\u2212old". Between letters that is a hyphen.
 */
class MinusGlyphHyphensTest {
    @TempDir
    Path dir;

    /** Times-Roman re-encoded as ISOLatin1Encoding does it for 0x2D: the hyphen's code shows /minus. */
    private static PDType1Font timesWithMinusAtHyphen() throws java.io.IOException {
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(0x2D));
        differences.add(COSName.getPDFName("minus"));
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, "Times-Roman");
        font.setItem(COSName.ENCODING, encoding);
        return new PDType1Font(font);
    }

    private Path digestPdf(String... lines) throws Exception {
        Path file = dir.resolve("digest-2031-08.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(timesWithMinusAtHyphen(), 11);
                content.setLeading(22);
                content.newLineAtOffset(60, 780);
                for (String line : lines) {
                    content.showText(line.replace('-', '\u2212'));
                    content.newLine();
                }
                content.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void theChildsAgeIsReadThroughHyphensDrawnAsMinusSigns() throws Exception {
        Path pdf = digestPdf("Case reviews published in August 2031",
                "1. Child QG: Child safeguarding practice review",
                "Sexual exploitation of a 14-year-old girl in 2030. Her mother, aged 35, misused alcohol.",
                "Child QG is White British.",
                "Learning includes:",
                "- the girl's missing episodes were not linked");
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        assertThat(text.text()).contains("14\u2212year\u2212old");

        DigestEntry qg = new DigestParser().parse(text.text(), text.pageBreaks()).entries().get(0);
        ReviewFacts facts = ReviewNormaliser.withDefaultVocabulary().normalise(ReviewText.of(qg));

        assertThat(qg.summary()).contains("a 14-year-old girl");
        assertThat(facts.ageText()).isEqualTo("14-year-old");
        assertThat(facts.ageYears()).isEqualByComparingTo(new BigDecimal("14"));
    }
}
