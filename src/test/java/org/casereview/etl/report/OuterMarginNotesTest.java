package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learning points set as 8 pt italic notes in the outer margin of a two-sided book (LaTeX's marginpar): right of the
 * text column on a recto page, left of it on a verso page, each a sentence, no note call in the body. On both sides the
 * notes are the review's points, read after the paragraph beside them as learning items of the findings section;
 * a note's words placed one by one (xdvipdfmx) and a note's last lines set lower than the body stay in the note; the
 * paragraph after a note, its first line indented, is no part of it; a line running on into the note column from
 * outside it keeps its words.
 */
class OuterMarginNotesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final String[] FIRST = {"The family moved three times in the year and each move took",
        "the children further from their grandmother, and no health record",
        "followed them until the third school asked for it."};
    private static final String[] SECOND = {"The school noticed that the girl was often hungry on a Monday",
        "and recorded it each week, but nobody told the health visitor, who",
        "saw the family at home twice in the same term."};
    private static final String[] NEXT = {"Practitioners described a family who were warm towards",
        "professionals but rarely followed a plan through to the end."};

    @Test
    void notesRightOfTheTextOnARectoPageAreLearningAfterTheirParagraphs(@TempDir Path dir) throws Exception {
        byte[] pdf = findings(false);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsSubsequence(FIRST[2], "\u2022 A family that moves often",
                    "must have its health records", "sent before the move.", SECOND[0]);
        }
        assertThat(learning(dir, pdf)).containsExactly(
                "A family that moves often must have its health records sent before the move.",
                "Hunger seen at school is a sign that must be shared with the health visitor the same week.");
    }

    @Test
    void notesLeftOfTheTextOnAVersoPageKeepTheirShortWordsAndLastLines(@TempDir Path dir) throws Exception {
        byte[] pdf = findings(true);
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).contains(SECOND[2], NEXT[0], NEXT[1]);
            assertThat(lines).containsSubsequence(SECOND[2], "\u2022 Hunger seen at school is a", NEXT[0]);
        }
        assertThat(learning(dir, pdf)).containsExactly(
                "A family that moves often must have its health records sent before the move.",
                "Hunger seen at school is a sign that must be shared with the health visitor the same week.");
    }

    @Test
    void aLineRunningIntoTheNoteColumnKeepsItsWords() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, BOLD, 13, 72, 700, "Findings");
                float y = paragraph(out, 72, 680, FIRST);
                write(out, ITALIC, 8, 430, 680, "A family that moves often");
                write(out, ITALIC, 8, 430, 670, "must have its health records");
                write(out, ITALIC, 8, 430, 660, "sent before the move, and the");
                write(out, ITALIC, 8, 430, 650, "school that the children join");
                write(out, ITALIC, 8, 430, 640, "must ask for them.");
                float date = 630;
                String reviewed = "Reviewed by the panel in November";
                write(out, ITALIC, 8, 330, date, reviewed);
                write(out, REGULAR, 8, 330 + ITALIC.getStringWidth(reviewed + " ") / 1000f * 8, date, "2024");
                write(out, REGULAR, 10, 72, y - 60, "The review met the family twice.");
            }
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).contains("Reviewed by the panel in November 2024");
        }
    }

    private static List<String> learning(Path dir, byte[] pdf) throws Exception {
        Path file = dir.resolve("outer-notes.pdf");
        Files.write(file, pdf);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);
        return report.items().stream().filter(i -> i.type() == SectionType.LEARNING).map(ReportItem::text).toList();
    }

    /** A findings page; the text column at 72 pt with notes at 430 pt (recto), or at 200 pt with notes at 40 pt. */
    private static byte[] findings(boolean verso) throws IOException {
        float text = verso ? 200 : 72;
        float notes = verso ? 40 : 430;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, BOLD, 16, text, 780, "Local Child Safeguarding Practice Review: Child Q");
                write(out, BOLD, 13, text, 740, "Introduction");
                write(out, REGULAR, 10, text, 722, "This review concerns Child Q, a girl of nine who lived with her");
                write(out, REGULAR, 10, text, 709, "mother and two brothers. Every name in it is invented.");
                write(out, BOLD, 13, text, 680, "Findings");
                float y = paragraph(out, text, 660, FIRST);
                write(out, ITALIC, 8, notes, 633, "A family that moves often", verso);
                write(out, ITALIC, 8, notes, 623, "must have its health records", verso);
                write(out, ITALIC, 8, notes, 613, "sent before the move.", verso);
                float second = y - 6;
                y = paragraph(out, text, second, SECOND);
                float low = y + 13.5f;
                write(out, ITALIC, 8, notes, low, "Hunger seen at school is a", verso);
                write(out, ITALIC, 8, notes, low - 10, "sign that must be shared with", verso);
                write(out, ITALIC, 8, notes, low - 20, "the health visitor the same", verso);
                write(out, ITALIC, 8, notes, low - 30, "week.", verso);
                write(out, REGULAR, 10, text + 11, y - 6, NEXT[0]);
                write(out, REGULAR, 10, text, y - 19.5f, NEXT[1]);
                write(out, BOLD, 13, text, y - 90, "Recommendations");
                write(out, REGULAR, 10, text, y - 108, "1. The partnership should ask schools to share hunger.");
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static float paragraph(PDPageContentStream out, float x, float top, String[] lines) throws IOException {
        float y = top;
        for (int i = 0; i < lines.length; i++) {
            write(out, REGULAR, 10, i == 0 ? x + 11 : x, y, lines[i]);
            y -= 13.5f;
        }
        return y;
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** One word at a time when asked (as xdvipdfmx places them), else the line at once. */
    private static void write(PDPageContentStream out, PDFont font, float size, float x, float y, String text,
                              boolean wordByWord) throws IOException {
        if (!wordByWord) {
            write(out, font, size, x, y, text);
            return;
        }
        float at = x;
        for (String word : text.split(" ")) {
            write(out, font, size, at, y, word);
            at += (font.getStringWidth(word + " ") / 1000f) * size;
        }
    }
}
