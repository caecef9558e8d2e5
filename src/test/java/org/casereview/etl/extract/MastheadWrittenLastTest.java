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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-page poster digest (A3 landscape) whose producer paints its floated review boxes before the in-flow masthead
 * (CSS painting order): the content stream holds the boxes first, then the masthead's heading and its intro at the top
 * of the page, then a foot line at the bottom. The masthead's intro is set smaller than the boxes' titles, so only the
 * heading is larger than everything written before it. Read in stream order the masthead would close the page and no
 * heading before the entries would name the month. Invented reviews.
 */
class MastheadWrittenLastTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDRectangle A3_LANDSCAPE = new PDRectangle(1191, 842);

    @TempDir
    Path dir;

    private PDPageContentStream stream;

    @Test
    void aMastheadWrittenAfterTheBoxesAndBeforeAFootHeadsThePage() throws Exception {
        ParsedDigest digest = parse(poster("masthead-last.pdf", true, true));

        assertThat(digest.heading()).isEqualTo("Case reviews: March 2026");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child PZ: Child safeguarding practice review", "Baby QZ: Learning review");
    }

    @Test
    void aMastheadWrittenLastWithoutAFootHeadsThePageToo() throws Exception {
        ParsedDigest digest = parse(poster("masthead-last-no-foot.pdf", true, false));

        assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(digest.entries()).hasSize(2);
    }

    @Test
    void aMastheadWrittenFirstReadsTheSame() throws Exception {
        ParsedDigest digest = parse(poster("masthead-first.pdf", false, true));

        assertThat(digest.heading()).isEqualTo("Case reviews: March 2026");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child PZ: Child safeguarding practice review", "Baby QZ: Learning review");
    }

    private Path poster(String name, boolean mastheadLast, boolean foot) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(A3_LANDSCAPE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                stream = content;
                if (!mastheadLast) {
                    masthead();
                }
                box(60, "Child PZ: Child safeguarding practice review", List.of(
                        "Neglect of a 6-year-old girl in 2024 who was often left alone while",
                        "her mother worked nights. Child PZ is White British."), List.of(
                        "the school did not ask why Child PZ was often late",
                        "the mother's working hours were not known to anyone"), List.of(
                        "schools to ask about care at home when a child is often late"));
                box(620, "Baby QZ: Learning review", List.of(
                        "Death of a 3-month-old baby boy in 2025 who slept on a sofa with",
                        "his father. Baby QZ is of Latvian heritage."), List.of(
                        "safe sleep advice was not given to the father"), List.of(
                        "health visitors to give safe sleep advice to both parents",
                        "maternity services to record who will care for the baby"));
                if (mastheadLast) {
                    masthead();
                }
                if (foot) {
                    text(REGULAR, 10, 40, 24, "Summaries written for testing: every child and family on this poster is invented.");
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The masthead: a large heading and a two-line intro smaller than the boxes' titles, at the top of the page. */
    private void masthead() throws IOException {
        text(BOLD, 40, 40, 770, "Case reviews: March 2026");
        text(REGULAR, 15, 40, 740, "Two case reviews published in March 2026, one box a review. The children and families on this");
        text(REGULAR, 15, 40, 722, "poster are invented for testing.");
    }

    private void box(float x, String title, List<String> summary, List<String> learning, List<String> recommendations)
            throws IOException {
        float y = 660;
        text(BOLD, 18, x, y, title);
        y -= 30;
        for (String line : summary) {
            text(REGULAR, 12.5f, x, y, line);
            y -= 17;
        }
        y = list(x, y - 10, "Learning includes:", learning);
        list(x, y - 10, "Recommendations include:", recommendations);
    }

    private float list(float x, float top, String label, List<String> items) throws IOException {
        float y = top;
        text(BOLD, 12.5f, x, y, label);
        for (String item : items) {
            y -= 17;
            text(REGULAR, 12.5f, x + 4, y, "\u2022");
            text(REGULAR, 12.5f, x + 16, y, item);
        }
        return y - 17;
    }

    private void text(PDFont font, float size, float x, float y, String words) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(words);
        stream.endText();
    }

    private static ParsedDigest parse(Path file) throws Exception {
        return new DigestParser().parse(new DocumentTextExtractor().extract(file).text());
    }
}
