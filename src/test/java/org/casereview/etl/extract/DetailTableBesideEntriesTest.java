package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.ReviewFacts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.normalise.ReviewText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (b51 kinds 1 and 2): an untagged digest whose entries have a name-only title ('Child KQ') and, beside the
 * summary, a bordered label / value table of the entry's facts (bold labels, a value wrapping in its cell), written
 * after the entry's flow in the stream. The table's rows came after the entry's link in the text: 'Review type' read
 * as a section, the value-only blocks rejected, the rest lost, and the next entry's short title swallowed with them.
 * The table's rows are now read at the height where the table starts (between title and summary) as 'Field: value'
 * details the entry states: its review type, age, sex, ethnicity, area and date. A summary whose full first line looks
 * like a title but ends on a word that needs more ('..., aged' over '22, who ...') is one paragraph, not a title over
 * the rest. Every child and place is invented.
 */
class DetailTableBesideEntriesTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aLabelValueTableBesideEachSummaryGivesTheEntrysDetails() throws Exception {
        Path file = dir.resolve("facts-table-2030-03.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = show(content, BOLD, 18, 60, 800, "Case review digest: March 2030") - 10;
                y = show(content, REGULAR, 10, 60, y, "Two reviews were published in March 2030. Every child and"
                        + " place here is invented.") - 10;
                y = entry(content, y, "Child KQ", List.of("Serious injury to a 9-year-old boy in 2029 who was hit",
                        "by a car after running from his foster home. He had gone missing", "three times that year."),
                        List.of("missing episodes were not linked", "the carers had no out-of-hours support"),
                        List.of(new String[] {"Review type", "Serious case", "review"}, new String[] {"Age", "9 years"},
                                new String[] {"Sex", "Male"}, new String[] {"Ethnicity", "White Irish"},
                                new String[] {"Area", "Northbrook"}, new String[] {"Published", "March 2030"}));
                entry(content, y, "Child LM", List.of("Child neglect of a 3-month-old girl in 2029 by her father, aged",
                        "22, who left her alone at night. Her mother, aged 19, had been", "discharged from hospital early."),
                        List.of("the young mother's support ended at discharge"),
                        List.of(new String[] {"Review type", "Child safeguarding", "practice review"},
                                new String[] {"Age", "3 months"}, new String[] {"Sex", "Female"},
                                new String[] {"Ethnicity", "Black African"}, new String[] {"Area", "Eastwold"},
                                new String[] {"Published", "March 2030"}));
            }
            doc.save(file.toFile());
        }
        ExtractedText text = new DocumentTextExtractor().extract(file);

        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child KQ", "Child LM");
        assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly("Northbrook", "Eastwold");
        assertThat(digest.entries().get(0).summary()).startsWith("Serious injury to a 9-year-old boy")
                .endsWith("three times that year.");
        assertThat(learning(digest.entries().get(0))).containsExactly("missing episodes were not linked",
                "the carers had no out-of-hours support");
        assertThat(learning(digest.entries().get(1))).containsExactly("the young mother's support ended at discharge");
        // the summary's first line, title-like but ending on 'aged', goes on with the next: no title of its own
        assertThat(digest.entries().get(1).summary()).startsWith("Child neglect of a 3-month-old girl in 2029 by her"
                + " father, aged 22, who left her alone at night.");
        ReviewNormaliser normaliser = ReviewNormaliser.withDefaultVocabulary();
        ReviewFacts first = normaliser.normalise(ReviewText.of(digest.entries().get(0)));
        ReviewFacts second = normaliser.normalise(ReviewText.of(digest.entries().get(1)));
        assertThat(first.reviewType()).isEqualTo("serious_case_review");
        assertThat(first.ethnicity()).isEqualTo("White Irish");
        assertThat(first.sex()).isEqualTo("male");
        assertThat(second.reviewType()).isEqualTo("child_safeguarding_practice_review");
        assertThat(second.ethnicity()).isEqualTo("Black African");
        assertThat(second.sex()).isEqualTo("female");
        assertThat(second.ageText()).isEqualTo("3-month-old");
    }

    /**
     * The left cell (title over it, summary lines, 'Learning includes:' and its points, the link line), then the right
     * cell: one row a label in bold and its value, a value's wrapped lines under it at the value's x.
     */
    private static float entry(PDPageContentStream content, float y, String title, List<String> summary,
                               List<String> points, List<String[]> rows) throws IOException {
        y = show(content, BOLD, 14, 60, y, title) - 4;
        float top = y;
        for (String line : summary) {
            y = show(content, REGULAR, 10, 60, y, line);
        }
        y = show(content, BOLD, 10, 60, y - 4, "Learning includes:");
        for (String point : points) {
            show(content, REGULAR, 10, 66, y, "\u2022");
            y = show(content, REGULAR, 10, 76, y, point);
        }
        y = show(content, REGULAR, 10, 60, y - 4, "Read the full report (PDF)");
        float row = top + 2;
        for (String[] cells : rows) {
            show(content, BOLD, 9, 380, row, cells[0]);
            for (int i = 1; i < cells.length; i++) {
                row = show(content, REGULAR, 9, 442, row, cells[i]);
            }
            row -= 6;
        }
        return Math.min(y, row) - 20;
    }

    private static float show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - 13;
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
