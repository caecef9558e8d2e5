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
import org.casereview.etl.document.Section;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untagged PDF digest whose labels stand in a left margin column, right-aligned to its edge, each on the baseline
 * of the first line it labels (LaTeX margin notes); a list's bullet is written before the note, as TeX does.
 */
class MarginLabelsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font LABEL = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10;
    private static final float LABEL_SIZE = 8;
    /** The margin column's labels end here; the body starts at {@link #BODY}, list items at {@link #ITEM}. */
    private static final float LABEL_EDGE = 150;
    private static final float BODY = 170;
    private static final float ITEM = 182;
    /** A form's labels start here, flush left; its content column starts at {@link #FORM_BODY}. */
    private static final float FORM_LABEL = 50;
    private static final float FORM_BODY = 162;

    @TempDir
    Path dir;

    @Test
    void aLabelInTheMarginIsReadAsItsOwnLineBeforeTheLineItSitsBeside() throws Exception {
        Path file = pdf(List.of(
                "Case reviews published in May 2026",
                "Two case reviews were published in May 2026.",
                "#Child QA: Child safeguarding practice review",
                "Summary|Neglect of a nine-year-old boy in 2023 who was often left alone.",
                "*Learning includes:|the school did not ask why he was tired",
                "*|his GP was not told of the missed appointments",
                "*Recommendations include:|share attendance concerns with health visitors",
                "Read the full review (PDF)",
                "#Child QB: Serious case review",
                "Summary|Death of a 4-month-old girl in January 2025 from a head injury.",
                "*Learning includes:|the father was not seen by any agency",
                "*|the bruise at 3 months was not referred",
                "*Recommendations include:|see every adult who lives with a baby",
                "Read the full review (PDF)"));

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).contains("Learning includes:\n- the school did not ask why he was tired",
                "Summary\nNeglect of a nine-year-old boy");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QA: Child safeguarding practice review", "Child QB: Serious case review");
        assertThat(digest.entries().get(0).sections()).extracting(Section::heading)
                .contains("Learning includes", "Recommendations include");
        assertThat(digest.entries().get(1).sections().stream().flatMap(s -> s.items().stream()).map(Item::text))
                .containsExactly("the father was not seen by any agency", "the bruise at 3 months was not referred",
                        "see every adult who lives with a baby");
        assertThat(new PdfDigestSniffer(new DigestParser()).test(file)).isTrue();
    }

    @Test
    void hungNumbersInTheMarginStayOnTheirLines() throws Exception {
        Path file = pdf(List.of(
                "#Findings",
                "L1|Agencies did not share what they knew about the father.",
                "L2|The school did not ask why the boy was tired.",
                "L3|No one saw the baby with the father."));

        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("L1 Agencies did not share", "L2 The school did not ask");
    }

    @Test
    void aFormsLabelsFlushLeftWithoutColonsGoBeforeTheListsBesideThem() throws Exception {
        Path file = dir.resolve("form.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 790;
                show(content, LABEL, 14, "Case reviews published in March 2026", FORM_LABEL, y);
                for (String[] review : new String[][] {
                        {"Child TQ: Child safeguarding practice review",
                                "Neglect of a 4-year-old boy in 2025 who was often left alone.",
                                "the nursery did not share its worries|the health visitor did not see the home",
                                "check who looks after a child at every visit"},
                        {"Child TR: Serious case review", "Death of a 2-month-old girl in 2024 from a head injury.",
                                "the father was not seen by any agency", "see every adult who lives with a baby",
                                "the midwife who asked about the father"}}) {
                    y = formRow(content, "REVIEW", review[0], false, y - 30);
                    y = formRow(content, "SUMMARY", review[1], false, y - 18);
                    y = formRow(content, "LEARNING", review[2], true, y - 18);
                    y = formRow(content, "RECOMMENDATIONS", review[3], true, y - 18);
                    if (review.length > 4) { // a label printed once: the column is told by its left edge
                        y = formRow(content, "GOOD PRACTICE", review[4], true, y - 18);
                    }
                }
            }
            doc.save(file.toFile());
        }

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).contains("LEARNING\n- the nursery did not share its worries\n- the health visitor",
                "RECOMMENDATIONS\n- see every adult");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TQ: Child safeguarding practice review", "Child TR: Serious case review");
        // the next review's 'REVIEW' label, straight after a list with no link line between, is no item
        assertThat(digest.entries().get(0).sections().stream().flatMap(s -> s.items().stream()).map(Item::text))
                .containsExactly("the nursery did not share its worries", "the health visitor did not see the home",
                        "check who looks after a child at every visit");
        assertThat(digest.entries().get(1).sections().stream().flatMap(s -> s.items().stream()).map(Item::text))
                .containsExactly("the father was not seen by any agency", "see every adult who lives with a baby",
                        "the midwife who asked about the father");
        assertThat(text).contains("GOOD PRACTICE\n- the midwife").doesNotContain("REVIEW\n");
    }

    /**
     * A form's row: the label flush left at {@link #FORM_LABEL} on the baseline of its content's first line, the
     * content at {@link #FORM_BODY} ('|' parts its lines), each line after a bullet glyph when {@code bulleted}.
     * Returns the last line's baseline.
     */
    private static float formRow(PDPageContentStream content, String label, String lines, boolean bulleted, float y)
            throws IOException {
        show(content, LABEL, LABEL_SIZE, label, FORM_LABEL, y);
        float line = y;
        for (String text : lines.split("\\|")) {
            if (bulleted) {
                show(content, REGULAR, SIZE, "\u2022", FORM_BODY, line);
            }
            show(content, REGULAR, SIZE, text, bulleted ? FORM_BODY + 12 : FORM_BODY, line);
            line -= 13;
        }
        return line + 13;
    }

    /**
     * Lines from the top: "#title" a body line in bold size, "label|text" a margin label (right-aligned to
     * {@link #LABEL_EDGE}) beside a body line, "*label|text" the same beside a bulleted item, whose bullet is
     * written first.
     */
    private Path pdf(List<String> lines) throws IOException {
        Path file = dir.resolve("margin-labels.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 790;
                for (String line : lines) {
                    y -= line.startsWith("#") ? 22 : 15;
                    print(content, line, y);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void print(PDPageContentStream content, String line, float y) throws IOException {
        if (line.startsWith("#")) {
            show(content, LABEL, 12, line.substring(1), BODY, y);
            return;
        }
        if (!line.contains("|")) {
            show(content, REGULAR, SIZE, line, line.startsWith("Case reviews") ? 60 : BODY, y);
            return;
        }
        boolean item = line.startsWith("*");
        String label = line.substring(item ? 1 : 0, line.indexOf('|'));
        String body = line.substring(line.indexOf('|') + 1);
        if (item) {
            show(content, REGULAR, SIZE, "\u2022", ITEM - 8, y);
        }
        if (!label.isEmpty()) {
            float width = LABEL.getStringWidth(label) / 1000 * LABEL_SIZE;
            show(content, LABEL, LABEL_SIZE, label, LABEL_EDGE - width, y);
        }
        show(content, REGULAR, SIZE, body, item ? ITEM : BODY, y);
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
