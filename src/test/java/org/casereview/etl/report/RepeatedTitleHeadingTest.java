package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * Issue 9, batch44 kind 3 (an invented partnership and child): an executive summary and the full report in one file,
 * the full report opening on a page of body text with the document's title printed again over 'Full report'. The
 * repeated title heads a part of the document, not a section: it gives no section, and the report's own sections stay.
 */
class RepeatedTitleHeadingTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final String TITLE = "Child Safeguarding Practice Review: Child K";

    @TempDir
    Path dir;

    @Test
    void theTitleRepeatedOverTheFullReportIsNoSection() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(write(dir.resolve("k.pdf")));

        assertThat(report.document().metadata().title()).isEqualTo(TITLE);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .containsExactly(tuple("Executive summary", SectionType.SUMMARY, 2),
                        tuple("1. Introduction", SectionType.INTRODUCTION, 3),
                        tuple("2. Learning", SectionType.LEARNING, 3),
                        tuple("3. Recommendations", SectionType.RECOMMENDATIONS, 3));
        assertThat(report.items()).extracting(ReportItem::type).containsExactly(SectionType.LEARNING,
                SectionType.LEARNING, SectionType.RECOMMENDATIONS, SectionType.RECOMMENDATIONS);
    }

    private static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (Page p = new Page(doc)) {
                p.line(REGULAR, 14, "Eastmere Children's Safeguarding Partnership", 30);
                p.line(BOLD, 22, TITLE, 40);
                p.line(REGULAR, 12, "Published May 2025", 20);
                p.line(REGULAR, 10, "This review and every person and place in it are invented for software testing.", 0);
            }
            try (Page p = new Page(doc)) {
                p.line(BOLD, 16, "Executive summary", 24);
                p.line(BOLD, 11, "Why this review was undertaken", 16);
                p.line(REGULAR, 11, "Child K, aged fourteen, was seriously injured in a town centre. He had been", 14);
                p.line(REGULAR, 11, "excluded from school twice in the year before and was known to the police.", 22);
                p.line(BOLD, 11, "What needs to change", 16);
                p.line(REGULAR, 11, "Agencies need to see a child carrying drugs far from home as a possible victim.", 14);
                p.line(REGULAR, 11, "The full report, which follows, sets out the learning and recommendations.", 0);
            }
            try (Page p = new Page(doc)) {
                p.line(BOLD, 16, TITLE, 22);
                p.line(REGULAR, 12, "Full report", 30);
                p.line(BOLD, 14, "1. Introduction", 20);
                p.line(REGULAR, 11, "This is the full report of the review of the circumstances of Child K. The", 14);
                p.line(REGULAR, 11, "partnership commissioned it in February 2025 after he was found injured.", 26);
                p.line(BOLD, 14, "2. Learning", 20);
                p.line(REGULAR, 11, "\u2022 A child found carrying drugs far from home should be seen as a victim first.", 16);
                p.line(REGULAR, 11, "\u2022 Exclusion from school can leave a child open to those who exploit children.", 26);
                p.line(BOLD, 14, "3. Recommendations", 20);
                p.line(REGULAR, 11, "1. The partnership should make sure every child found with drugs is screened.", 16);
                p.line(REGULAR, 11, "2. Schools should tell the child's social worker before any exclusion is made.", 0);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** One A4 page written top down: each line at the left margin, then the given space to the next baseline. */
    private static final class Page implements AutoCloseable {
        private final PDPageContentStream out;
        private float y = 770;

        Page(PDDocument doc) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
        }

        void line(PDType1Font font, float size, String text, float below) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(60, y);
            out.showText(text);
            out.endText();
            y -= below;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
