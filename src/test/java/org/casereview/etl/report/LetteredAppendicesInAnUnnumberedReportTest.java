package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unnumbered report whose headings are bold capitals a little smaller than the body (a Word template's small-caps
 * Heading 1), and whose only labelled headings are its appendices, 'APPENDIX A: ...' and 'APPENDIX B: ...'. The
 * appendix labels number no chapters, so every body heading in the one style opens a section, the ones whose words
 * are no standard heading ('HOW WE PUT THIS REVIEW TOGETHER', 'THE BROTHERS AND SISTERS') as well.
 */
class LetteredAppendicesInAnUnnumberedReportTest {

    private static final float LEFT = 72f;
    private static final float PITCH = 15f;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private float height;

    @Test
    void appendixLabelsDoNotMakeTheBodyHeadingsSubHeadings() throws Exception {
        Path pdf = dir.resolve("review.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage body = new PDPage(PDRectangle.A4);
            PDPage appendices = new PDPage(PDRectangle.A4);
            doc.addPage(body);
            doc.addPage(appendices);
            height = body.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, body)) {
                float y = 80;
                y = part(out, y, "SUMMARY", "This review concerns three brothers and sisters who lived with their",
                        "grandmother. Agencies knew of the neglect for six years before they acted on it.");
                y = part(out, y, "HOW WE PUT THIS REVIEW TOGETHER", "An independent reviewer met the practitioners in",
                        "two workshops and read the records of every agency involved with the family.");
                y = part(out, y, "THE BROTHERS AND SISTERS", "The eldest child looked after the younger two on most",
                        "evenings. Her school attendance fell below eighty per cent in her first year.");
                part(out, y, "WHAT WE FOUND", "Each assessment described the family as it was that week and did not",
                        "look back at what had happened when earlier plans were closed.");
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, appendices)) {
                float y = part(out, 80, "APPENDIX A: KEY EVENTS", "2017 First child protection plan for neglect.",
                        "2020 Plan ended after conditions at home improved.");
                part(out, y, "APPENDIX B: GLOSSARY", "Early help: support offered before a child needs a statutory",
                        "service, agreed with the family.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("SUMMARY", SectionType.SUMMARY),
                tuple("HOW WE PUT THIS REVIEW TOGETHER", SectionType.OTHER),
                tuple("THE BROTHERS AND SISTERS", SectionType.BACKGROUND),
                tuple("WHAT WE FOUND", SectionType.FINDINGS),
                tuple("APPENDIX A: KEY EVENTS", SectionType.APPENDIX),
                tuple("APPENDIX B: GLOSSARY", SectionType.APPENDIX));
    }

    /** A bold 10 pt capitals heading over an 11 pt paragraph; returns where the next part starts. */
    private float part(PDPageContentStream out, float top, String heading, String... lines) throws IOException {
        text(out, bold, 10, top, heading);
        for (int i = 0; i < lines.length; i++) {
            text(out, regular, 11, top + 22 + PITCH * i, lines[i]);
        }
        return top + 22 + PITCH * lines.length + 30;
    }

    private void text(PDPageContentStream out, PDFont font, float size, float top, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(LEFT, height - top);
        out.showText(text);
        out.endText();
    }
}
