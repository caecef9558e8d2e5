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
 * Writes an invented untagged report (every child, family, area and person invented) numbered as a legal document:
 * headings '1. Introduction', sub-headings '3.2 Finding 1: ...' and paragraphs '3.2.1' with the number hanging in a
 * gutter before the text. Each finding ends with a paragraph whose text opens with a bold run-in label
 * ('3.2.3 Recommendation 1: The ...'); there is no recommendations section.
 */
public final class LegalNumberedReportPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 72;
    /** Where a paragraph's text starts, after its hanging number. */
    private static final float HANG = 118;
    private static final float BODY = 11;
    private static final float LEADING = 14.5f;

    /** A heading (level 1 or 2) or a numbered paragraph, with its optional bold run-in and its lines. */
    private record Part(int level, String number, String runIn, List<String> lines) {
        static Part h1(String text) {
            return new Part(1, null, null, List.of(text));
        }

        static Part h2(String text) {
            return new Part(2, null, null, List.of(text));
        }

        static Part p(String number, String... lines) {
            return new Part(0, number, null, List.of(lines));
        }

        static Part rec(String number, String runIn, String... lines) {
            return new Part(0, number, runIn, List.of(lines));
        }
    }

    private LegalNumberedReportPdf() {
    }

    public static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            cover(doc);
            page(doc, List.of(
                    Part.h1("1. Introduction"),
                    Part.p("1.1", "The partnership began this review after Child E, aged two, was taken to",
                            "hospital with a head injury that could not be explained."),
                    Part.h1("2. Background"),
                    Part.p("2.1", "Child E lived with his father and his father's partner in a flat above a",
                            "shop. The family had moved three times in eighteen months."),
                    Part.h1("3. Findings"),
                    Part.p("3.1", "The review found two things that need to change. Each is set out below",
                            "with what the partnership is asked to do about it."),
                    Part.h2("3.2 Finding 1: Each move started the family's records again"),
                    Part.p("3.2.1", "The family's records did not follow them when they moved. Each new",
                            "health visitor met the family as if for the first time."),
                    Part.p("3.2.2", "Nobody held the whole picture of the moves and the missed contacts."),
                    Part.rec("3.2.3", "Recommendation 1:", "The partnership should ask health visiting",
                            "services to send a family's full record within ten days of a move."),
                    Part.h2("3.3 Finding 2: The father's partner was not seen"),
                    Part.p("3.3.1", "Practitioners knew that another adult lived in the flat but did not",
                            "meet him or ask about him."),
                    Part.rec("3.3.2", "Recommendation 2:", "Children's social care should record every",
                            "adult living in a child's home and meet each of them in an assessment.")));
            page(doc, List.of(
                    Part.h1("4. Conclusion"),
                    Part.p("4.1", "Child E is now well and lives with his grandmother. The partnership has",
                            "accepted both recommendations."),
                    Part.p("4.2", "This review and every person, place and organisation in it are invented.")));
            doc.save(file.toFile());
        }
        return file;
    }

    private static void page(PDDocument doc, List<Part> parts) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = 770;
            for (Part part : parts) {
                if (part.level() > 0) {
                    float size = part.level() == 1 ? 15 : 12;
                    y -= 12;
                    show(out, BOLD, size, LEFT, y, part.lines().get(0));
                    y -= size + 8;
                    continue;
                }
                show(out, REGULAR, BODY, LEFT, y, part.number());
                for (int i = 0; i < part.lines().size(); i++) {
                    float x = HANG;
                    if (i == 0 && part.runIn() != null) {
                        show(out, BOLD, BODY, x, y, part.runIn());
                        x += (BOLD.getStringWidth(part.runIn() + " ") / 1000) * BODY;
                    }
                    show(out, REGULAR, BODY, x, y, part.lines().get(i));
                    y -= LEADING;
                }
                y -= 8;
            }
        }
    }

    private static void cover(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            show(out, REGULAR, 12, LEFT, 700, "Tarnbrook Safeguarding Children Partnership");
            show(out, BOLD, 26, LEFT, 600, "Local Child Safeguarding Practice");
            show(out, BOLD, 26, LEFT, 568, "Review: Child E");
            show(out, REGULAR, 14, LEFT, 520, "Independent reviewer: Mara Quillon");
            show(out, REGULAR, 14, LEFT, 500, "September 2025");
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
