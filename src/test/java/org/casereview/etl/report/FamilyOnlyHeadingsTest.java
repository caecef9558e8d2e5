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
 * A designed template's headings set at the body's size (11 pt), regular and upright, in a sans family over a serif
 * body: the family is all that sets them apart. They open typed sections with their items; a short sans line that
 * names no section ('Source: agency records', a caption) stays in the text, and a document with one sans line naming a
 * section has no heading family.
 */
class FamilyOnlyHeadingsTest {

    private static final PDFont BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float LEADING = 14;

    @TempDir
    Path dir;

    @Test
    void headingsInAnotherFamilyAtTheBodySizeOpenTypedSections() throws Exception {
        Path pdf = dir.resolve("family.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = section(out, 780, "Introduction", "Child A was four when she was admitted to hospital with a",
                        "serious head injury. Every name in this review is invented for software testing.");
                show(out, SANS, y + LEADING, "Source: agency records");
                y = section(out, y - LEADING, "Background", "Child A lived with her mother and her grandparents, who",
                        "cared for her on most weekdays while her mother worked shifts at the hospital.");
                y = section(out, y, "Learning", "\u2022 A child in need plan must say what will happen if the family",
                        "does not engage with the support it offers.");
                section(out, y, "Recommendations", "1. Children's services should add a contingency section to the",
                        "child in need plan template.");
            }
            doc.save(pdf.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Background", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text()).contains("Source: agency records");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A child in need plan must say what will happen if the family does not "
                        + "engage with the support it offers."),
                tuple(SectionType.RECOMMENDATIONS, "Children's services should add a contingency section to the child "
                        + "in need plan template."));
    }

    @Test
    void oneSectionNameInAnotherFamilyIsNoHeadingStyle() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : new String[] {"Child A was four when she was admitted to hospital with a serious",
                        "head injury. Every name in this review is invented for software testing."}) {
                    show(out, BODY, y, line);
                    y -= LEADING;
                }
                show(out, SANS, y, "Background");
                show(out, BODY, y - LEADING, "Child A lived with her mother and her grandparents.");
            }
            doc.save(pdf.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading).doesNotContain("Background");
    }

    private static float section(PDPageContentStream out, float y, String title, String... lines) throws IOException {
        show(out, SANS, y, title);
        y -= 1.5f * LEADING;
        boolean list = lines[0].startsWith("\u2022 ") || lines[0].startsWith("1. ");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (list && i == 0) {
                show(out, BODY, 72, y, line.substring(0, line.indexOf(' ')));
                show(out, BODY, 86, y, line.substring(line.indexOf(' ') + 1));
            } else {
                show(out, BODY, list ? 86 : 72, y, line);
            }
            y -= LEADING;
        }
        return y - LEADING;
    }

    private static void show(PDPageContentStream out, PDFont font, float y, String text) throws IOException {
        show(out, font, 72, y, text);
    }

    private static void show(PDPageContentStream out, PDFont font, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, 11);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
