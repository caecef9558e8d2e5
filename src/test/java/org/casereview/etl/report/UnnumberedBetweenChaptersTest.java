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
 * The extended Welsh Child Practice Review set in LaTeX: numbered chapters ('2. Practice and organisational learning')
 * and, in the same bold face and size, unnumbered theme headings under chapter 2 (\section*) whose text is the
 * chapter's; the chapters run on to 3 and 4 after them. The themes are no sections: their text is chapter 2's.
 * A standard heading between two chapters ('Glossary') stays a section.
 */
class UnnumberedBetweenChaptersTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final String LEARN = "Missed health appointments for a child on a plan must be followed up the same week.";
    private static final String REC = "The Board should review how core groups record progress against the plan.";

    @Test
    void unnumberedHeadingsBetweenChapterTwoAndThreeDivideChapterTwo(@TempDir Path dir) throws Exception {
        Path file = write(dir, "The child protection plan and the core group", "Transfers between teams");
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "1. Brief outline of circumstances resulting in the review", "2. Practice and organisational learning",
                "3. Learning", "4. Improving systems and practice");
        Section themes = report.document().sections().get(1);
        assertThat(themes.text()).contains("The core group met six times", "The case moved between three teams");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, LEARN), tuple(SectionType.RECOMMENDATIONS, REC));
    }

    @Test
    void aStandardHeadingBetweenChaptersStaysASection(@TempDir Path dir) throws Exception {
        Path file = write(dir, "Glossary", "Transfers between teams");
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading).contains("Glossary",
                "Transfers between teams");
    }

    private static Path write(Path dir, String firstTheme, String secondTheme) throws IOException {
        Path file = dir.resolve("chapters.pdf");
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                line(out, BOLD, 17, 760, "1. Brief outline of circumstances resulting in the review");
                line(out, REGULAR, 11, 736, "Child J was two when she was admitted to hospital with injuries to her arm.");
                line(out, REGULAR, 11, 722, "Every name in this review is invented for software testing.");
            }
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                line(out, BOLD, 17, 760, "2. Practice and organisational learning");
                line(out, BOLD, 17, 724, firstTheme);
                line(out, REGULAR, 11, 700, "The core group met six times but did not record progress against the plan.");
                line(out, REGULAR, 11, 686, "Actions were carried over from one meeting to the next without a review.");
                line(out, BOLD, 17, 650, secondTheme);
                line(out, REGULAR, 11, 626, "The case moved between three teams in eight months and each began again.");
                line(out, REGULAR, 11, 612, "No handover visit was made to the family at any of the transfers.");
            }
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                line(out, BOLD, 17, 760, "3. Learning");
                line(out, REGULAR, 11, 736, "1. " + LEARN);
            }
            try (PDPageContentStream out = new PDPageContentStream(document, page(document))) {
                line(out, BOLD, 17, 760, "4. Improving systems and practice");
                line(out, REGULAR, 11, 736, "1. " + REC);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void line(PDPageContentStream out, PDFont font, float size, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(72, y);
        out.showText(text);
        out.endText();
    }
}
