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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appendices lettered after numbered chapters: LaTeX's {@code \appendix} prints 'A Terms of reference' with no word
 * 'Appendix', the letter set 1 em from the title as the chapter numbers are; texinfo prints 'Appendix A Terms of
 * reference' while its outline entry reads 'A Terms of reference'. PDFs written with PDFBox, a chapter a page.
 */
class LetteredAppendixHeadingsTest {

    private static final float BODY = 10;
    private static final float HEADING = 14;
    private static final float MARGIN = 72;
    /** Where a chapter's title starts after its number, 1 em and more from the margin as LaTeX sets it. */
    private static final float TITLE_X = MARGIN + 24;
    private static final float TOP = PDRectangle.A4.getHeight() - 90;

    @TempDir
    Path dir;

    @Test
    void aLetterSetApartFromItsTitleAfterNumberedChaptersIsAnAppendixWhileTheArticleAIsNot() throws Exception {
        Path pdf = dir.resolve("lettered.pdf");
        try (PDDocument doc = new PDDocument()) {
            chapters(doc, null);
            chapter(doc, null, "A", "Terms of reference", "The review was asked to consider the period from May 2022.");
            chapter(doc, null, null, "A note on language", "The report uses the words the family asked us to use.");
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(report.sections()).extracting(Section::heading, Section::type, Section::pageStart).containsExactly(
                tuple("1 Introduction", SectionType.INTRODUCTION, 1),
                tuple("2 Background", SectionType.BACKGROUND, 2),
                tuple("3 Recommendations", SectionType.RECOMMENDATIONS, 3),
                tuple("A Terms of reference", SectionType.APPENDIX, 4),
                tuple("A note on language", SectionType.OTHER, 5));
    }

    @Test
    void aPrintedHeadingThatAddsTheWordAppendixToItsOutlineEntryIsThatEntrysHeading() throws Exception {
        Path pdf = dir.resolve("texinfo.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            chapters(doc, outline);
            chapter(doc, outline, "Appendix A", "Terms of reference",
                    "The review was asked to consider the period from May 2022.");
            chapter(doc, outline, "Appendix B", "Glossary", "CAMHS Child and adolescent mental health services.");
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(report.sections()).extracting(Section::heading, Section::type, Section::pageStart).containsExactly(
                tuple("1 Introduction", SectionType.INTRODUCTION, 1),
                tuple("2 Background", SectionType.BACKGROUND, 2),
                tuple("3 Recommendations", SectionType.RECOMMENDATIONS, 3),
                tuple("Appendix A Terms of reference", SectionType.APPENDIX, 4),
                tuple("Appendix B Glossary", SectionType.APPENDIX, 5));
    }

    private static void chapters(PDDocument doc, PDDocumentOutline outline) throws IOException {
        chapter(doc, outline, "1", "Introduction", "The partnership commissioned this review after Child R was harmed.");
        chapter(doc, outline, "2", "Background", "Child R lived with her mother and grandmother in a rented flat.");
        chapter(doc, outline, "3", "Recommendations", "1. The partnership should review its guidance on home visits.");
    }

    /**
     * A page opening with the chapter's label and title in bold, a body line under it; the outline entry (when there
     * is an outline) is the label's last word and the title, as texinfo writes it.
     */
    private static void chapter(PDDocument doc, PDDocumentOutline outline, String label, String title, String text)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            if (label == null) {
                PlacedText.show(out, PlacedText.TIMES_BOLD, HEADING, MARGIN, TOP, title);
            } else if (label.contains(" ")) {
                PlacedText.show(out, PlacedText.TIMES_BOLD, HEADING, MARGIN, TOP, label + " " + title);
            } else {
                PlacedText.show(out, PlacedText.TIMES_BOLD, HEADING, MARGIN, TOP, label);
                PlacedText.show(out, PlacedText.TIMES_BOLD, HEADING, TITLE_X, TOP, title);
            }
            PlacedText.lines(out, PlacedText.TIMES, BODY, MARGIN, TOP - 2.5f * HEADING, 1.4f * BODY,
                    List.of(text, "It is written for practitioners and managers in every agency.").toArray(String[]::new));
        }
        if (outline != null) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(page);
            destination.setTop((int) (TOP + HEADING));
            PDOutlineItem item = new PDOutlineItem();
            String[] words = label.split(" ");
            item.setTitle(words[words.length - 1] + " " + title);
            item.setDestination(destination);
            outline.addLast(item);
        }
    }
}
