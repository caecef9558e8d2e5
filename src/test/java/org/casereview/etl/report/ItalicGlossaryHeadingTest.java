package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * groff mm's numbered headings in italic at the body's size: '2. Glossary', a heading the vocabulary types as other,
 * is a heading as '1. Introduction' and '3. Background' are, so the glossary's lines are no part of the introduction.
 */
class ItalicGlossaryHeadingTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    @Test
    void anItalicNumberedGlossaryIsASection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mm.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 18, 70, 780, "Serious Case Review: Child C");
                line(out, ITALIC, 11, 70, 740, "1. Introduction");
                line(out, REGULAR, 11, 70, 720, "This serious case review concerns Child C, who died aged four months. Every");
                line(out, REGULAR, 11, 70, 706, "name in it is invented for software testing.");
                line(out, ITALIC, 11, 70, 680, "2. Glossary");
                line(out, REGULAR, 11, 70, 660, "ICPC          Initial child protection conference.");
                line(out, REGULAR, 11, 70, 640, "LADO          Local authority designated officer.");
                line(out, REGULAR, 11, 70, 620, "PLO           Public law outline, the pre-proceedings process.");
                line(out, ITALIC, 11, 70, 594, "3. Background");
                line(out, REGULAR, 11, 70, 574, "Child C's mother had a son aged five who had been subject to a child");
                line(out, REGULAR, 11, 70, 560, "protection plan for neglect, which ended before Child C was born.");
                line(out, ITALIC, 11, 70, 534, "4. Analysis");
                line(out, REGULAR, 11, 70, 514, "The end of the sibling's plan was seen as a sign of progress, and the");
                line(out, REGULAR, 11, 70, 500, "arrival of a new partner was not treated as a change.");
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("1. Introduction", "2. Glossary", "3. Background", "4. Analysis");
    }

    private static void line(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
