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
 * Writes an invented untagged report (every child, family, area and person invented) whose only learning and
 * recommendations stand in a two-column table with no rules, borders or shading: a bold header row of two short labels
 * ('What we found', 'What we will do'), a paragraph's space, then rows a paragraph's space apart, each cell wrapped
 * inside its column. The gutter is narrow, as a word processor's cell padding leaves it: the longest left-column line
 * ends less than a type size before the right column starts.
 */
public final class FoundAndDoneTablePdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 72;
    private static final float BODY = 11;
    private static final float LEADING = 14.5f;
    private static final float PARAGRAPH = 24.5f;
    /** Between the end of the longest left-column line and the right column: less than the type size. */
    private static final float GUTTER = 9.5f;

    /** One row: the left cell's lines and the right cell's lines. */
    private record Row(List<String> found, List<String> done) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(List.of("Young carers at the school were not known", "to the family's adult services, and no one",
                    "asked who cooked at home."),
                    List.of("The school will keep a register of young", "carers and share it with the family's",
                            "adult services each term.")),
            new Row(List.of("A missed appointment was closed without a", "call to the parent."),
                    List.of("Community health will telephone a parent", "before closing any missed appointment.")),
            new Row(List.of("The family's move between two districts", "ended the early help plan."),
                    List.of("Early help teams in both districts will", "hand plans over in a joint meeting with",
                            "the family.")));

    private FoundAndDoneTablePdf() {
    }

    public static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            cover(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 770;
                y = heading(out, y, "Introduction");
                y = paragraph(out, y, "Child V was eleven when she was found caring alone for her mother, who has a",
                        "long-term illness. The school raised the concern in the spring of 2024.");
                y = heading(out, y, "What happened");
                y = paragraph(out, y, "Child V had missed many mornings at school. Her mother's community nurse",
                        "visited twice a week but did not ask about the children.");
                y = heading(out, y, "What we found and what we will do");
                y = paragraph(out, y, "The table below sets out each finding and the action that follows it.");
                y = table(out, y);
                y = heading(out, y, "Conclusion");
                paragraph(out, y, "Child V's caring role was visible to several services.");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static float table(PDPageContentStream out, float y) throws IOException {
        float widest = 0;
        for (Row row : ROWS) {
            for (String line : row.found()) {
                widest = Math.max(widest, REGULAR.getStringWidth(line) / 1000 * BODY);
            }
        }
        float right = LEFT + widest + GUTTER;
        show(out, BOLD, BODY, LEFT, y, "What we found");
        show(out, BOLD, BODY, right, y, "What we will do");
        for (Row row : ROWS) {
            y -= PARAGRAPH;
            int lines = Math.max(row.found().size(), row.done().size());
            for (int i = 0; i < lines; i++) {
                if (i < row.found().size()) {
                    show(out, REGULAR, BODY, LEFT, y - i * LEADING, row.found().get(i));
                }
                if (i < row.done().size()) {
                    show(out, REGULAR, BODY, right, y - i * LEADING, row.done().get(i));
                }
            }
            y -= (lines - 1) * LEADING;
        }
        return y - PARAGRAPH;
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        show(out, BOLD, 14, LEFT, y - 10, text);
        return y - 30;
    }

    private static float paragraph(PDPageContentStream out, float y, String... lines) throws IOException {
        for (String line : lines) {
            show(out, REGULAR, BODY, LEFT, y, line);
            y -= LEADING;
        }
        return y - 10;
    }

    private static void cover(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            show(out, REGULAR, 12, LEFT, 700, "Brackenholm Safeguarding Children Partnership");
            show(out, BOLD, 26, LEFT, 600, "Local Child Safeguarding Practice");
            show(out, BOLD, 26, LEFT, 568, "Review: Child V");
            show(out, REGULAR, 14, LEFT, 520, "May 2025");
            show(out, REGULAR, 9, LEFT, 120, "This review and every person, place and organisation in it are invented.");
        }
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
