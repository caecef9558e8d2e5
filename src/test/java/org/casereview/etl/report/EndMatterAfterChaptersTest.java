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
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbered chapters ("1. Introduction", 14 pt) with numbered sub-headings ("3.1 The first report", 12 pt), then an
 * unnumbered end-matter heading in the sub-heading size after the last chapter (troff -mm's `.HU "Notes"`): a
 * sub-heading of that style carries its chapter's number, so the unnumbered one is a section of its own, not part of
 * the last chapter.
 */
class EndMatterAfterChaptersTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float LEFT = 72;
    private static final float BODY = 10;
    private static final float LEADING = 13;

    @TempDir
    Path dir;

    @Test
    void notesInTheSubHeadingSizeAfterTheLastChapterOpenASection() throws Exception {
        ReportDocument report = extract("Notes");

        assertThat(report.sections()).extracting(Section::heading).containsExactly("1. Introduction",
                "2. Background", "3. Findings", "4. Learning", "5. Recommendations", "Notes");
    }

    @Test
    void aGlossaryThereOpensOneToo() throws Exception {
        ReportDocument report = extract("Glossary");

        assertThat(report.sections()).extracting(Section::heading).endsWith("5. Recommendations", "Glossary");
    }

    private ReportDocument extract(String endMatter) throws Exception {
        Path pdf = dir.resolve("mm.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.LETTER);
            doc.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                line(out, BOLD, 12, LEFT, 640, "Kestermoor Safeguarding Children Partnership (invented)");
                line(out, BOLD, 22, LEFT, 560, "Child Safeguarding Practice Review: Child R");
                line(out, REGULAR, 12, LEFT, 520, "April 2025");
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 720;
                y = chapter(out, y, "1. Introduction", "This review looks at the help given to Child R, aged nine.");
                y = chapter(out, y, "2. Background", "Child R lived with his mother and two younger sisters.");
                y = chapter(out, y, "3. Findings", "The review found three things that made a difference.");
                y = sub(out, y, "3.1 The first report", "A teacher reported a bruise that was not followed up.");
                y = sub(out, y, "3.2 The second report", "A neighbour rang the police about shouting at night.");
                y = chapter(out, y, "4. Learning", "Reports from different people were never put side by side.");
                y = chapter(out, y, "5. Recommendations", "The partnership should keep one chronology per child.");
                sub(out, y, endMatter, "Every name in this review is invented and no real child is described.");
            }
            doc.save(pdf.toFile());
        }
        return ReportExtractor.withDefaultSynonyms().extract(pdf);
    }

    private static float chapter(PDPageContentStream out, float y, String heading, String text) throws IOException {
        line(out, BOLD, 14, LEFT, y, heading);
        line(out, REGULAR, BODY, LEFT, y - 2 * LEADING, text);
        return y - 5 * LEADING;
    }

    private static float sub(PDPageContentStream out, float y, String heading, String text) throws IOException {
        line(out, BOLD, 12, LEFT, y, heading);
        line(out, REGULAR, BODY, LEFT, y - 2 * LEADING, text);
        return y - 5 * LEADING;
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
