package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
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
import org.casereview.etl.document.Section;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untagged PDF digest whose labels are short words in capitals without a colon ('LEARNING', 'GOOD PRACTICE'), each
 * in a column of its own left of its list, under an icon: the icon takes the column's first line, so the word stands
 * level with the list's second line, or under a one-line list. Invented reviews.
 */
class SideLabelsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10;
    private static final float PITCH = 12.5f;
    private static final float LEFT = 60;
    private static final float LABEL_LEFT = 70;
    private static final float LIST = 190;

    private static final String[][] REVIEWS = {
            {"Child XQ: Child safeguarding practice review",
                    "Neglect of a 6-year-old girl in 2024 who was often absent from school. Child XQ is White British.",
                    "LEARNING", "the school did not ask why she was absent so often and did not tell|the health visitor",
                    "RECOMMENDATIONS", "visit the home after ten days of absence|share attendance worries with the GP"},
            {"Child XR: Serious case review",
                    "Death of a 3-month-old boy in 2023 from a head injury. Child XR is of Irish heritage.",
                    "LEARNING", "the father was not seen by any agency|the bruise at two months was not referred",
                    "RECOMMENDATIONS", "see every adult who lives with a baby",
                    "GOOD PRACTICE", "a midwife who asked about the father"}};

    @TempDir
    Path dir;

    @Test
    void wordsUnderIconsInPanelsOpenTheListsBesideThem() throws Exception {
        assertReadAsLabels(pdf(true));
    }

    @Test
    void wordsUnderIconsWithoutPanelsOpenTheListsBesideThem() throws Exception {
        assertReadAsLabels(pdf(false));
    }

    @Test
    void aCapitalWordOverRunningTextIsNoSideLabel() throws Exception {
        Path file = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                show(content, BOLD, 14, "Child XS: learning review", LEFT, 780);
                show(content, BOLD, SIZE, "RECOMMENDATIONS", LEFT, 740);
                show(content, REGULAR, SIZE, "The partnership should check that every agency shares what it knows.", LEFT, 725);
                show(content, REGULAR, SIZE, "Schools should tell the GP when a child is absent for ten days.", LEFT, 712);
            }
            doc.save(file.toFile());
        }

        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("RECOMMENDATIONS").doesNotContain("RECOMMENDATIONS:");
        assertThat(new PdfDigestSniffer(new DigestParser()).test(file)).isFalse();
    }

    private static void assertReadAsLabels(Path file) throws Exception {
        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(new PdfDigestSniffer(new DigestParser()).test(file)).isTrue();
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly(REVIEWS[0][0], REVIEWS[1][0]);
        assertThat(items(digest.entries().get(0), "LEARNING")).containsExactly(
                "the school did not ask why she was absent so often and did not tell the health visitor");
        assertThat(items(digest.entries().get(0), "RECOMMENDATIONS")).containsExactly(
                "visit the home after ten days of absence", "share attendance worries with the GP");
        assertThat(items(digest.entries().get(1), "LEARNING")).containsExactly(
                "the father was not seen by any agency", "the bruise at two months was not referred");
        assertThat(items(digest.entries().get(1), "RECOMMENDATIONS"))
                .containsExactly("see every adult who lives with a baby");
        assertThat(items(digest.entries().get(1), "GOOD PRACTICE"))
                .containsExactly("a midwife who asked about the father");
    }

    private static List<String> items(DigestEntry entry, String heading) {
        return entry.sections().stream().filter(s -> heading.equals(s.heading())).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    /**
     * Each review a panel (a light filled box when {@code panels}): a bold title, a summary, then its lists, each
     * list's label word in a column left of it, one line below the list's first line (an icon stands over the word).
     */
    private Path pdf(boolean panels) throws IOException {
        Path file = dir.resolve(panels ? "panels.pdf" : "plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                show(content, BOLD, 16, "Case reviews published in May 2026", LEFT, 800);
                float y = 760;
                for (String[] review : REVIEWS) {
                    float top = y + 16;
                    float bottom = y - 40 - PITCH * (review.length + 4);
                    if (panels) {
                        content.setNonStrokingColor(new Color(0.95f, 0.95f, 0.95f));
                        content.addRect(LEFT - 10, bottom, 495, top - bottom);
                        content.fill();
                        content.setNonStrokingColor(Color.BLACK);
                    }
                    show(content, BOLD, 13, review[0], LEFT, y);
                    y -= 20;
                    show(content, REGULAR, SIZE, review[1], LEFT, y);
                    y -= 10;
                    for (int i = 2; i < review.length; i += 2) {
                        y = list(content, review[i], review[i + 1].split("\\|"), y - 2 * PITCH);
                    }
                    show(content, REGULAR, SIZE, "Read the full review (PDF)", LEFT, y - 2 * PITCH);
                    y = bottom - 30;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A list from baseline {@code y}: its label one line lower in the column at the left; '|' parts lines. */
    private static float list(PDPageContentStream content, String label, String[] lines, float y) throws IOException {
        content.addRect(LABEL_LEFT + 20, y - 4, 10, 10); // the icon over the word
        content.fill();
        show(content, BOLD, 9, label, LABEL_LEFT, y - PITCH - 2);
        float line = y;
        for (int i = 0; i < lines.length; i++) {
            boolean wrapped = label.equals("LEARNING") && i == 1 && lines[0].endsWith("tell");
            if (!wrapped) {
                show(content, REGULAR, SIZE, "\u2022", LIST, line);
            }
            show(content, REGULAR, SIZE, lines[i], LIST + 10, line);
            line -= PITCH;
        }
        return line + PITCH;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
