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
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulletin whose entries label their sections with questions, as briefings title theirs (b43 kind 2): "What did the
 * review learn?", "What needs to change?", "What went well?" are the labels the report headings' vocabulary types
 * learning, recommendations and good practice; read so, the file is a digest, not a report.
 */
class QuestionLabelsDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font BOLD_ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE);

    @TempDir
    Path dir;

    private static final List<String> LINES = List.of(
            "#Learning from case reviews - March 2026", "",
            "*Child QA: Child safeguarding practice review",
            "Neglect of a 6-year-old boy in 2023. The family moved three times in a year.",
            "?What did the review learn?",
            "- Records did not follow the family when they moved.",
            "- The school's concerns about attendance were not shared.",
            "?What needs to change?",
            "- Health and education records should transfer with the child.",
            "?What went well?",
            "- The school nurse saw the boy weekly.", "",
            "*Child QB: Serious case review",
            "Death of a 7-month-old girl in 2019. Her mother was 19.",
            "?What did the review learn?",
            "- The father's history of violence was not known to the health visitor.",
            "?What needs to change?",
            "- Fathers should be included in antenatal assessments.",
            "- Agencies should check police records for new partners.", "",
            "*Child QC: Local child safeguarding practice review",
            "Physical abuse of a 2-year-old boy in 2022.",
            "?What did the review learn?",
            "- Bruising in a non-mobile child was not escalated.",
            "?What went well?",
            "- The GP referred promptly once the bruise was seen.");

    private Path bulletin() throws IOException {
        Path file = dir.resolve("questions.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 790;
                for (String line : LINES) {
                    if (line.isEmpty()) {
                        y -= 10;
                        continue;
                    }
                    char mark = line.charAt(0);
                    PDType1Font font = mark == '#' || mark == '*' ? BOLD : mark == '?' ? BOLD_ITALIC : REGULAR;
                    float size = mark == '#' ? 16 : mark == '*' ? 12 : 10;
                    String text = mark == '#' || mark == '*' || mark == '?' ? line.substring(1) : line;
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(text.startsWith("- ") ? 60 : 50, y);
                    content.showText(text);
                    content.endText();
                    y -= size + 6;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void questionLabelsOpenTheirSections() throws Exception {
        Path file = bulletin();
        assertThat(new PdfDigestSniffer(new DigestParser()).test(file)).isTrue();

        String text = new DocumentTextExtractor().extract(file).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child QA: Child safeguarding practice review", "Child QB: Serious case review",
                "Child QC: Local child safeguarding practice review");
        assertThat(entries.get(0).sections()).filteredOn(s -> s.type().hasItems()).extracting(s -> s.type()).containsExactly(SectionType.LEARNING,
                SectionType.RECOMMENDATIONS, SectionType.GOOD_PRACTICE);
        assertThat(entries.get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "Records did not follow the family when they moved",
                "The school's concerns about attendance were not shared");
        assertThat(entries.get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items()).hasSize(2);
        assertThat(entries.get(2).sections()).filteredOn(s -> s.type().hasItems()).extracting(s -> s.type()).containsExactly(SectionType.LEARNING,
                SectionType.GOOD_PRACTICE);
        assertThat(entries).allSatisfy(e -> assertThat(e.summary()).doesNotContain("?"));
    }

    /** The text layer as the sniffer reads it: no blank lines, the question run into the paragraph before and after. */
    @Test
    void aQuestionLabelRunIntoItsParagraphEndsAtItsQuestionMark() {
        String text = String.join("\n", "Learning from case reviews - March 2026",
                "Child QA: Child safeguarding practice review",
                "Neglect of a 6-year-old boy in 2023. The family moved three times in a year.",
                "What did the review learn?", "records did not follow the family", "What needs to change?",
                "records should transfer with the child", "Read practice review (PDF)",
                "Child QB: Serious case review", "Death of a 7-month-old girl in 2019.",
                "What did the review learn?", "the father was not seen", "Read overview report (PDF)");
        List<DigestEntry> entries = new DigestParser().parseWithListSections(text).orElseThrow().entries();

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child QA: Child safeguarding practice review", "Child QB: Serious case review");
        assertThat(entries.get(0).section(SectionType.LEARNING).orElseThrow().text())
                .startsWith("records did not follow the family");
        assertThat(entries.get(0).section(SectionType.RECOMMENDATIONS)).isPresent();
        assertThat(entries.get(0).summary()).doesNotContain("What did");
    }
}
