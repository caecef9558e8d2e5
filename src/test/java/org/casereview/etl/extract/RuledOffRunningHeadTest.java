package org.casereview.etl.extract;

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
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-page untagged digest whose running head is printed from page 2 on only (groff mom's default), so it is seen
 * once: at the page's top edge, over a rule across the text width, apart from the body.
 */
class RuledOffRunningHeadTest {

    private static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float LEFT = 72;
    private static final float RIGHT = 540;
    private static final float LEADING = 16;

    @TempDir
    Path dir;

    private static List<String> firstPage() {
        List<String> lines = new ArrayList<>(List.of("#Case reviews digest: April 2025", "",
                "Two case reviews published in April 2025.", "",
                "#Child RA: Child safeguarding practice review",
                "Death of a 6-week-old boy in 2025 from a head injury. Child RA is White British.",
                "Learning includes:", "\u2022 the father's presence in the home was not known",
                "Recommendations include:", "\u2022 ask about every adult living in the home", "",
                "#Child RB: Serious case review",
                "Neglect of a 9-year-old girl in 2023. Child RB is Black African."));
        for (int i = 0; i < 24; i++) {
            lines.add("She was not seen at school for weeks at a time and nobody asked her family why " + i + ".");
        }
        lines.add("Learning includes:");
        lines.add("\u2022 absences were not followed up");
        lines.add("Recommendations include:");
        return lines;
    }

    private static final List<String> SECOND_PAGE = List.of(
            "\u2022 follow up every absence on the day it happens",
            "\u2022 share attendance with children's social care");

    /**
     * Lines from the top margin down, "#" a bold heading; page 2 starts with {@code head} at y 788 (top edge) over a
     * 0.5pt rule from the left to the right margin, the body 36 points lower.
     */
    private Path pdf(String head) throws IOException {
        return pdf(head, true);
    }

    private Path pdf(String head, boolean ruled) throws IOException {
        Path file = dir.resolve("digest.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            try (PDPageContentStream content = new PDPageContentStream(doc, one)) {
                lines(content, firstPage(), 752);
            }
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(two);
            try (PDPageContentStream content = new PDPageContentStream(doc, two)) {
                text(content, ROMAN, 10.5f, LEFT, 788, head);
                if (ruled) {
                    content.setLineWidth(0.5f);
                    content.moveTo(LEFT, 783.75f);
                    content.lineTo(RIGHT, 783.75f);
                    content.stroke();
                }
                lines(content, SECOND_PAGE, 752);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void lines(PDPageContentStream content, List<String> lines, float top) throws IOException {
        float y = top;
        for (String line : lines) {
            if (!line.isEmpty()) {
                boolean heading = line.startsWith("#");
                text(content, heading ? BOLD : ROMAN, heading ? 14 : 11, LEFT, y, heading ? line.substring(1) : line);
            }
            y -= LEADING;
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    @Test
    void aHeadSeenOnceOverARuleAtThePagesTopEdgeIsFurniture() throws Exception {
        String text = new DocumentTextExtractor().extract(pdf("NSPCC Learning      Case reviews digest: April 2025"))
                .text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(text).doesNotContain("NSPCC Learning");
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child RA: Child safeguarding practice review", "Child RB: Serious case review");
        assertThat(entries.get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("follow up every absence on the day it happens",
                        "share attendance with children's social care");
    }

    @Test
    void aHeadNamingThePageOrTheMonthIsFurnitureToo() throws Exception {
        assertThat(new DocumentTextExtractor().extract(pdf("NSPCC Learning | Page 2")).text())
                .doesNotContain("NSPCC Learning");
        assertThat(new DocumentTextExtractor().extract(pdf("NSPCC Learning: case reviews of April 2025")).text())
                .doesNotContain("NSPCC Learning");
    }

    @Test
    void aTopLineThatNamesNeitherTheDigestNorAPageOrIsNotRuledOffStays() throws Exception {
        String text = new DocumentTextExtractor().extract(pdf("Further information from the review")).text();

        assertThat(text).contains("Further information from the review");
        assertThat(new DocumentTextExtractor().extract(pdf("NSPCC Learning      Case reviews digest: April 2025", false))
                .text()).contains("NSPCC Learning");
    }
}
