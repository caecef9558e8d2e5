package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untagged PDF digests with front matter, as book-like producers make them (a title page, a contents page whose lines
 * are numbered titles with page numbers, then numbered sections with an outline entry each): the front matter opens no
 * entry and the digest's heading is its title, not the contents title.
 */
class FrontMatterPagesTest {

    private static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final String TITLE = "Safeguarding reviews digest: May 2026";
    private static final String FIRST = "Child AB: Local child safeguarding practice review";
    private static final String SECOND = "Child CD: Serious case review";

    @TempDir
    Path dir;

    /** One line a page holds; a line starting with '#' is a heading with an outline entry (the '#' is not printed). */
    private Path pdf(List<List<String>> pages) throws IOException {
        Path file = dir.resolve("digest.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float y = 760;
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (String line : lines) {
                        String text = line.startsWith("#") ? line.substring(1) : line;
                        content.beginText();
                        content.setFont(ROMAN, line.startsWith("#") ? 15 : 11);
                        content.newLineAtOffset(72, y);
                        content.showText(text);
                        content.endText();
                        y -= line.startsWith("#") ? 28 : 16;
                        if (line.startsWith("#")) {
                            outline.addLast(bookmark(text.replaceFirst("^[\\d.]+ ", ""), page));
                        }
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        item.setDestination(destination);
        return item;
    }

    private static List<String> entries(String number) {
        return List.of("#" + number + "1 " + FIRST,
                "Death of a 4-month-old baby boy in 2025 after a fall. Child AB is White British.",
                "Learning includes:", "- the health visitor did not see the baby at home",
                "- the father was never asked about his own support",
                "Read practice review (PDF)",
                "#" + number + "2 " + SECOND,
                "Neglect of a 7-year-old girl over two years until 2024. Child CD is of mixed ethnicity.",
                "Learning includes:", "- school absences were not followed up",
                "Recommendations include:", "- share attendance records with children's social care",
                "Read serious case review (PDF)");
    }

    private ParsedDigest parse(Path pdf) throws Exception {
        return new DigestParser().parse(new DocumentTextExtractor().extract(pdf).text());
    }

    @Test
    void contentsLinesOfNumberedTitlesAndPageNumbersWithoutLeadersOpenNoEntry() throws Exception {
        Path file = pdf(List.of(List.of(TITLE),
                List.of("Contents", "1 " + FIRST + " 1", "2 " + SECOND + " 1"),
                withIntro(entries(""))));

        ParsedDigest digest = parse(file);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(FIRST, SECOND);
        assertThat(digest.problems()).isEmpty();
        assertThat(digest.heading()).isEqualTo(TITLE);
    }

    @Test
    void aContentsTitleOverTheListIsNotTheDigestsHeading() throws Exception {
        Path file = pdf(List.of(List.of("Contents", "1 " + FIRST + " 2", "2 " + SECOND + " 2"),
                withIntro(entries(""))));

        ParsedDigest digest = parse(file);

        assertThat(digest.heading()).isNotEqualTo("Contents");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(FIRST, SECOND);
    }

    @Test
    void aTitlePageWhoseTitleHeadsTheTextAgainOpensNoEntry() throws Exception {
        List<String> text = new java.util.ArrayList<>(List.of("#1 " + TITLE,
                "Two new case reviews were published in May 2026 and are summarised below."));
        text.addAll(entries("1."));
        Path file = pdf(List.of(List.of(TITLE, "Partnership Learning: summaries of newly published case reviews",
                "Safeguarding partnership library"), text));

        ParsedDigest digest = parse(file);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(FIRST, SECOND);
        assertThat(digest.heading()).isEqualTo(TITLE);
        assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 5));
    }

    private static List<String> withIntro(List<String> entries) {
        List<String> page = new java.util.ArrayList<>(List.of(
                "Two new case reviews were published in May 2026 and are summarised below."));
        page.addAll(entries);
        return page;
    }
}
