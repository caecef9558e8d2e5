package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ReviewFacts;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.normalise.ReviewText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 (digests b25, kind 4): an OCR text layer reads the hyphen after an age's number as an em dash. */
class DashGlyphAgePdfTest {
    @TempDir
    Path dir;

    private Path digestPdf(String... lines) throws Exception {
        Path file = dir.resolve("digest-2030-02.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(22);
                content.newLineAtOffset(60, 780);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void theChildsAgeIsReadThroughAnEmDashAfterItsNumber() throws Exception {
        Path pdf = digestPdf("Case reviews published in February 2030",
                "1. Child QE: Child safeguarding practice review",
                "Death of a 4\u2014year-old girl in 2029 after she swallowed her father's tablets.",
                "Child QE is White British.",
                "Learning includes:",
                "- medicines in the home were not discussed at the family's visits");
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        assertThat(text.text()).contains("4\u2014year-old");

        DigestEntry qe = new DigestParser().parse(text.text(), text.pageBreaks()).entries().get(0);
        ReviewFacts facts = ReviewNormaliser.withDefaultVocabulary().normalise(ReviewText.of(qe));

        assertThat(qe.summary()).contains("a 4-year-old girl");
        assertThat(facts.ageText()).isEqualTo("4-year-old");
        assertThat(facts.ageYears()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(facts.ageBand()).isEqualTo("1_5");
    }
}
