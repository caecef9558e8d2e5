package org.casereview.etl.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes an untagged one-page PDF as a word processor exports numbered paragraphs whose bold title runs into the text:
 * a paragraph's list number in regular type at the left margin, its text at a hanging indent, the bold title, a space
 * and the regular words after it in one text object (the title and the words after it one run of glyphs, as the
 * stripper reads them). A paragraph's lines stand 13pt apart, paragraphs 21pt.
 */
public final class RunInTitlesPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float SIZE = 10;
    private static final float MARGIN = 60;
    private static final float INDENT = 82;

    /**
     * A paragraph: its list number (empty for none), its bold title (empty for none) and its lines, the first of which
     * goes on after the title; a paragraph with a number or title is set at the hanging indent.
     */
    public record Paragraph(String number, String title, List<String> lines) {
        public static Paragraph plain(String... lines) {
            return new Paragraph("", "", List.of(lines));
        }
    }

    private RunInTitlesPdf() {
    }

    /**
     * An invented digest of three numbered entries, each '1.' + a bold title run into its summary, then labelled
     * lists and a link line.
     */
    public static Path numberedDigest(Path file) throws IOException {
        return write(file, List.of(
                Paragraph.plain("Learning from case reviews \u2013 March 2026"),
                Paragraph.plain("Three reviews were published in March 2026. Every name and place is invented."),
                new Paragraph("1.", "Child TQ: Local child safeguarding practice review.", List.of(
                        "Neglect of a 6-year-old boy in 2024 whose",
                        "school noticed that he was often hungry and wore the same clothes for weeks.")),
                Paragraph.plain("Learning includes:", "\u2013 the school nurse was not told of the referral",
                        "\u2013 nobody asked who looked after him in the evenings"),
                Paragraph.plain("Recommendations include:", "\u2013 add evening care to the neglect assessment"),
                Paragraph.plain("Read practice review (PDF)"),
                new Paragraph("2.", "Baby TR: Serious case review.", List.of(
                        "Death of a 4-month-old girl in 2019 after she was shaken.",
                        "Her father had been released from prison a month before.")),
                Paragraph.plain("Learning includes:", "\u2013 the father's history was not shared with the midwife"),
                Paragraph.plain("Recommendations include:", "\u2013 ask about every adult in a baby's home"),
                Paragraph.plain("Read serious case review (PDF)"),
                new Paragraph("3.", "Children TS and TT: Child safeguarding practice review.", List.of(
                        "Sexual abuse of two sisters, aged 9 and 12,",
                        "by a lodger in 2023.")),
                Paragraph.plain("Learning includes:", "\u2013 the lodger was never checked by any agency"),
                Paragraph.plain("Read practice review (PDF)")));
    }

    public static Path write(Path file, List<Paragraph> paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 790;
                for (Paragraph paragraph : paragraphs) {
                    float x = paragraph.number().isEmpty() && paragraph.title().isEmpty() ? MARGIN : INDENT;
                    if (!paragraph.number().isEmpty()) {
                        show(content, MARGIN, y, "", paragraph.number());
                    }
                    for (int i = 0; i < paragraph.lines().size(); i++) {
                        show(content, x, y, i == 0 ? paragraph.title() : "", paragraph.lines().get(i));
                        y -= 13;
                    }
                    y -= 8;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A line: its bold words, then (after a space glyph, in the same text object) its regular words. */
    private static void show(PDPageContentStream content, float x, float y, String bold, String regular)
            throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        if (!bold.isEmpty()) {
            content.setFont(BOLD, SIZE);
            content.showText(regular.isEmpty() ? bold : bold + " ");
        }
        if (!regular.isEmpty()) {
            content.setFont(REGULAR, SIZE);
            content.showText(regular);
        }
        content.endText();
    }
}
