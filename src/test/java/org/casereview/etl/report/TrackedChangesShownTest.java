package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invented review printed with its tracked changes shown, as a word processor exports them: deleted words in the
 * change colour with a line through the middle of their letters (a stroked line, or a thin filled bar), inserted words
 * in the colour underlined; a list entry touched by a change numbered with the number it had, then the one it has in
 * brackets ('[1.]', '1.[2.]'). The text read is the text with the changes accepted. An underline, a rule under a row
 * and a rule crossing a line from the margin delete nothing.
 */
class TrackedChangesShownTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10.5f;
    private static final float PITCH = 14f;
    private static final Color CHANGE = new Color(198, 146, 0);

    private enum Kind { PLAIN, DELETED, DELETED_BAR, INSERTED }

    private record Run(String text, Kind kind) {
    }

    @TempDir
    Path dir;

    @Test
    void struckWordsLeaveTheTextAndBracketedNumbersAreListNumbers() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("tracked.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A carer's assessment is a safeguarding opportunity and should be completed"
                        + " within weeks of the child being identified."),
                tuple(SectionType.LEARNING, "Tiredness in a young carer may be a sign of low mood."),
                tuple(SectionType.LEARNING, "Adult services should ask who provides the care."),
                tuple(SectionType.LEARNING, "A parent's worry told to a GP should be shared with the school where it"
                        + " suggests risk."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should offer every young carer an assessment."),
                tuple(SectionType.RECOMMENDATIONS, "Adult social care should record whether a child is providing care."),
                tuple(SectionType.RECOMMENDATIONS, "The care board should remind GP practices how to share a concern."));
        String introduction = text(report, "Introduction");
        assertThat(introduction).contains("in May 2024. He has recovered.", "His mother helped to shape the learning")
                .doesNotContain("made", "agreed");
        assertThat(text(report, "Conclusion")).contains("Progress will be reported to the partnership board",
                "in its annual report and on its website.");
    }

    private static String text(ExtractedReport report, String heading) {
        return report.document().sections().stream().filter(s -> s.heading().endsWith(heading)).map(Section::text)
                .findFirst().orElseThrow();
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, BOLD, 18, 72, 770, "Child Safeguarding Practice Review: Child M");
                float y = heading(out, 730, "1. Introduction");
                y = line(out, 72, y, plain("Child M was admitted to hospital in May 2024. He "),
                        deleted("made a full recovery"), inserted("has recovered"), plain("."));
                y = line(out, 72, y, plain("His mother "), deleted("agreed with"), inserted("helped to shape"),
                        plain(" the learning in this report."));
                y = heading(out, y - 10, "2. Learning");
                y = entry(out, y, "[1.]", plain("A carer's assessment is a safeguarding opportunity and should "),
                        deleted("normally "), plain("be completed"));
                y = line(out, 104, y, plain("within weeks of the child being identified."));
                y = entry(out, y, "1.[2.]", plain("Tiredness in a young carer may be a sign of low mood."));
                y = entry(out, y, "2.[3.]", plain("Adult services should ask who provides the care."));
                y = entry(out, y, "[4.]", plain("A parent's worry told to a GP should be shared with the school "),
                        deleted("if"), inserted("where"), plain(" it suggests risk."));
                y = heading(out, y - 10, "3. Recommendations");
                y = entry(out, y, "1.", plain("The partnership should offer every young carer an assessment"),
                        new Run(", and should audit this each year", Kind.DELETED_BAR), plain("."));
                y = entry(out, y, "[2.]", plain("Adult social care should record whether a child is providing care"),
                        deleted(" to them"), plain("."));
                y = entry(out, y, "2.[3.]", plain("The care board should remind GP practices how to share a concern."));
                y = heading(out, y - 10, "4. Conclusion");
                guardedLines(out, y);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Underlined words, a dash drawn before a line and a rule from the margin across that line's middle. */
    private static void guardedLines(PDPageContentStream out, float y) throws IOException {
        String lead = "Progress will be reported to the ";
        show(out, REGULAR, SIZE, 72, y, lead + "partnership board");
        bar(out, Color.BLACK, 72 + width(lead), y - 1.2f, width("partnership board"), 0.6f);
        float next = y - PITCH;
        show(out, REGULAR, SIZE, 72, next, "in its annual report and on its website.");
        bar(out, Color.GRAY, 40, next + 3f, 30, 0.5f);
        bar(out, Color.GRAY, 60, next + 3f, 480, 0.5f);
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        show(out, BOLD, 13, 72, y, text);
        return y - 22;
    }

    private static float entry(PDPageContentStream out, float y, String marker, Run... runs) throws IOException {
        show(out, REGULAR, SIZE, 72, y, marker);
        return line(out, 104, y, runs);
    }

    private static float line(PDPageContentStream out, float x, float y, Run... runs) throws IOException {
        float at = x;
        for (Run run : runs) {
            boolean changed = run.kind() != Kind.PLAIN;
            out.setNonStrokingColor(changed ? CHANGE : Color.BLACK);
            show(out, REGULAR, SIZE, at, y, run.text());
            float w = width(run.text());
            switch (run.kind()) {
                case DELETED -> stroke(out, at, y + 3f, w);
                case DELETED_BAR -> bar(out, CHANGE, at, y + 2.6f, w, 0.7f);
                case INSERTED -> stroke(out, at, y - 0.9f, w);
                default -> {
                }
            }
            at += w;
        }
        out.setNonStrokingColor(Color.BLACK);
        return y - PITCH;
    }

    private static void stroke(PDPageContentStream out, float x, float y, float w) throws IOException {
        out.setStrokingColor(CHANGE);
        out.setLineWidth(0.6f);
        out.moveTo(x, y);
        out.lineTo(x + w, y);
        out.stroke();
    }

    private static void bar(PDPageContentStream out, Color colour, float x, float y, float w, float h) throws IOException {
        out.setNonStrokingColor(colour);
        out.addRect(x, y, w, h);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
    }

    private static float width(String text) throws IOException {
        return REGULAR.getStringWidth(text) / 1000 * SIZE;
    }

    private static Run plain(String text) {
        return new Run(text, Kind.PLAIN);
    }

    private static Run deleted(String text) {
        return new Run(text, Kind.DELETED);
    }

    private static Run inserted(String text) {
        return new Run(text, Kind.INSERTED);
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
