package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page newsletter with an 'In this issue' column down its left side: numbered entries, one wrapped, each
 * printed again as an article heading in the text beside it, the first two level with the column's title and its
 * note. Read across, the column's lines would join those headings and hide them; read as a region of its own,
 * every article is a section. A numbered column whose entries are printed nowhere as headings is left alone.
 */
class ContentsSidebarTest {

    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float SIDE = 46;
    private static final float FIRST = 160;

    @TempDir
    Path dir;

    @Test
    void aNumberedColumnWhoseEntriesRecurBesideItAsHeadingsIsReadByItself() throws Exception {
        Path pdf = dir.resolve("newsletter.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, PlacedText.HELVETICA_BOLD, 30, 50, 70, "Practice notes");
                show(out, PlacedText.HELVETICA, 12, 50, 95, "Brimley Safeguarding Children Partnership | Issue 3");
                show(out, PlacedText.HELVETICA, 12, 50, 128, "Featured: Child Safeguarding Practice Review: Child T");
                show(out, PlacedText.HELVETICA_BOLD, 11, SIDE, 170, "In this issue");
                lines(out, PlacedText.HELVETICA, 11, SIDE, 190, "1. Why we looked", "2. What happened", "3. What we",
                        "    learned", "4. What changes");
                lines(out, PlacedText.HELVETICA, 9, SIDE, 262, "Every name in this", "issue is invented.");
                show(out, PlacedText.HELVETICA_BOLD, 14, FIRST, 171, "Why we looked");
                lines(out, PlacedText.HELVETICA, 11, FIRST, 190, "This issue looks at the review about",
                        "Child T, a boy of seven who was", "neglected at home for two years", "before anyone acted.");
                show(out, PlacedText.HELVETICA_BOLD, 14, FIRST, 262, "What happened");
                lines(out, PlacedText.HELVETICA, 11, FIRST, 282, "Child T often came to school hungry and in the same clothes.",
                        "Staff gave him breakfast each morning but did not make a referral.");
                show(out, PlacedText.HELVETICA_BOLD, 14, FIRST, 330, "What we learned");
                lines(out, PlacedText.HELVETICA, 11, FIRST, 350, "Hunger seen every day is a sign of neglect, not a reason",
                        "for kindness alone.");
                show(out, PlacedText.HELVETICA_BOLD, 14, FIRST, 398, "What changes");
                lines(out, PlacedText.HELVETICA, 11, FIRST, 418, "Schools will refer a child seen hungry on three days in",
                        "one month.");
            }
            doc.save(pdf.toFile());
        }

        var document = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(document.sections()).extracting(Section::heading)
                .containsExactly("Why we looked", "What happened", "What we learned", "What changes");
    }

    @Test
    void aNumberedColumnWhoseEntriesArePrintedNowhereAsHeadingsIsNoContentsColumn() {
        List<TextFragment> fragments = new ArrayList<>();
        String[] labels = {"1. Scope", "2. Method", "3. Findings", "4. Actions"};
        for (int i = 0; i < labels.length; i++) {
            float y = 200 + 14 * i;
            fragments.add(new TextFragment(labels[i], SIDE, SIDE + 60, y, 11, false));
            fragments.add(new TextFragment("Text of the numbered paragraph beside its label", FIRST, FIRST + 220, y, 11, false));
        }
        fragments.add(new TextFragment("Scope and method", FIRST, FIRST + 100, 300, 11, false));

        assertThat(ContentsSidebar.column(LineAssembler.lines(1, fragments))).isEmpty();
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float top, String text)
            throws IOException {
        PlacedText.show(out, font, size, x, HEIGHT - top, text);
    }

    private static void lines(PDPageContentStream out, PDType1Font font, float size, float x, float top,
                              String... lines) throws IOException {
        PlacedText.lines(out, font, size, x, HEIGHT - top, 13, lines);
    }
}
