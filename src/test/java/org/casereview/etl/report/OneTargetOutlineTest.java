package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outline whose bookmarks all point at one page (pdflatex's hyperref, with unnumbered sections, anchors every
 * one on the title page): the destinations say nothing, so each title is looked up in order through the text.
 */
class OneTargetOutlineTest {

    private static final float SIZE = 10;
    private static final float MARGIN = 72;

    @TempDir
    Path dir;

    @Test
    void bookmarksAllPointingAtTheTitlePageAreFoundInOrderThroughTheText() throws Exception {
        Path pdf = dir.resolve("one-target.pdf");
        PDFont font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDDocument doc = new PDDocument()) {
            PDPage title = page(doc, font, List.of("Serious Case Review: Child V", "Harrowdene Safeguarding Board"));
            // the headings are lines of the body's face and size: only the outline tells them
            page(doc, font, List.of("1 Introduction",
                    "The review was commissioned after Child V was found alone at home aged three.",
                    "2 Background",
                    "Child V lived with her father, who worked long shifts at a distribution centre."));
            page(doc, font, List.of("3 Learning",
                    "\u2022 Practitioners should ask who cares for a young child while a parent is at work.",
                    "4 Recommendations",
                    "1. The Board should ask agencies to record the childcare arrangements of lone parents."));
            PDDocumentOutline outline = new PDDocumentOutline();
            for (String heading : List.of("1 Introduction", "2 Background", "3 Learning", "4 Recommendations")) {
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(title);
                destination.setLeft(72);
                destination.setTop(770);
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(heading);
                item.setDestination(destination);
                outline.addLast(item);
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .containsExactly(tuple("1 Introduction", SectionType.INTRODUCTION, 2),
                        tuple("2 Background", SectionType.BACKGROUND, 2),
                        tuple("3 Learning", SectionType.LEARNING, 3),
                        tuple("4 Recommendations", SectionType.RECOMMENDATIONS, 3));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, 3), tuple(SectionType.RECOMMENDATIONS, 3));
    }

    private static PDPage page(PDDocument doc, PDFont font, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = PDRectangle.A4.getHeight() - 90;
            for (String line : lines) {
                out.beginText();
                out.setFont(font, SIZE);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
                y -= SIZE * 2;
            }
        }
        return page;
    }
}
