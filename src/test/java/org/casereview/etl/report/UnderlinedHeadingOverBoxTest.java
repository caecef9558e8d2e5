package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose headings are each underlined by a rule across the text width (a Word paragraph border), one of them
 * set right over a shaded, bordered learning box whose top edge runs a point under that underline: the box's sides
 * hang from its own, narrower top edge, so the heading keeps its underline and stands in the same style as the others
 * (an invented report: names, places and agencies made up).
 */
class UnderlinedHeadingOverBoxTest {

    private static final float BODY = 11f;
    private static final float HEADING = 14f;
    private static final float LEFT = 72f;
    private static final float WIDTH = 468f;
    private static final float INSET = 9f;

    @TempDir
    Path dir;

    @Test
    void theHeadingOverTheBoxOpensItsSectionLikeTheOthers() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(write(dir.resolve("box.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "Introduction", "Background", "Findings", "Learning", "Recommendations");
        assertThat(report.document().sections()).extracting(Section::type).containsExactly(
                SectionType.INTRODUCTION, SectionType.BACKGROUND, SectionType.FINDINGS, SectionType.LEARNING,
                SectionType.RECOMMENDATIONS);
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly("A plan that keeps a child at home should first ask whether home is safe.",
                        "A family's request to move needs one agency to own the decision.");
    }

    private static Path write(Path path) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font boldSerif = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            float y = page.getMediaBox().getHeight() - 72;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, bold, 20, LEFT, y, "Child Safeguarding Practice Review: Child P");
                text(out, regular, BODY, LEFT, y -= 24, "Ashwick Safeguarding Children Partnership, May 2026");
                y = section(out, regular, bold, y - 40, "Introduction",
                        "Child P was fourteen when he was injured in a park in Ashwick in 2025.");
                y = section(out, regular, bold, y - 30, "Background",
                        "The family had asked to move to another area after threats to Child P.");
                y = section(out, regular, bold, y - 30, "Findings",
                        "The plan relied on Child P staying at home in the evenings.",
                        "No agency saw the family's request to move as its own decision.");
                y = heading(out, bold, y - 30, "Learning");
                y = box(out, regular, boldSerif, y - 1.1f,
                        "Learning point 1", "A plan that keeps a child at home should first ask whether home is safe.",
                        "Learning point 2", "A family's request to move needs one agency to own the decision.");
                section(out, regular, bold, y - 30, "Recommendations",
                        "1. Children's services and housing should agree a protocol for moves after threats.",
                        "2. The partnership should audit safety plans that rely on a child staying at home.");
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static float section(PDPageContentStream out, PDType1Font regular, PDType1Font bold, float y,
                                 String heading, String... paragraphs) throws IOException {
        float at = heading(out, bold, y, heading) - 12;
        for (String paragraph : paragraphs) {
            text(out, regular, BODY, LEFT, at -= 12, paragraph);
            at -= 6;
        }
        return at;
    }

    /** The heading and its underline, a rule across the text width 2.6 points under the baseline; returns the rule. */
    private static float heading(PDPageContentStream out, PDType1Font bold, float y, String heading)
            throws IOException {
        text(out, bold, HEADING, LEFT, y, heading);
        float rule = y - 2.6f;
        out.setStrokingColor(0.55f, 0.1f, 0.1f);
        out.setLineWidth(0.75f);
        line(out, LEFT, rule, LEFT + WIDTH, rule);
        return rule;
    }

    /** A shaded box inset from the text width, its border stroked edge by edge, label and point lines inside. */
    private static float box(PDPageContentStream out, PDType1Font regular, PDType1Font bold, float top,
                             String... labelsAndPoints) throws IOException {
        float left = LEFT + INSET;
        float right = LEFT + WIDTH - INSET;
        float bottom = top - 14 * labelsAndPoints.length - 8;
        out.setNonStrokingColor(0.96f, 0.91f, 0.91f);
        out.addRect(left, bottom, right - left, top - bottom);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        out.setLineWidth(0.5f);
        line(out, left, top, right, top);
        line(out, left + 0.5f, top + 0.5f, left + 0.5f, bottom);
        line(out, right - 0.5f, top + 0.5f, right - 0.5f, bottom);
        line(out, left, bottom, right, bottom);
        float at = top - 4;
        for (int i = 0; i < labelsAndPoints.length; i++) {
            text(out, i % 2 == 0 ? bold : regular, BODY, LEFT + 14, at -= 14, labelsAndPoints[i]);
        }
        return bottom;
    }

    private static void line(PDPageContentStream out, float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
