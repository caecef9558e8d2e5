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
import org.apache.pdfbox.util.Matrix;

/**
 * Writes invented untagged reports (every child, family, area and person invented) in two document-structure shapes:
 * <ul>
 * <li>{@link #sideLabels}: a cover with a single title, then body pages each with a coloured tab down the left margin
 * holding the page's section name in white capitals, its text matrix turned a quarter turn so it reads bottom to top;
 * the label is drawn first on the page, glyph by glyph (each placed by its own matrix, as a browser prints vertical
 * writing), so a text stripper reads it as letters on lines of their own before the page's text; findings with sub-headings, learning paragraphs, numbered recommendations.</li>
 * <li>{@link #twoParts}: an executive summary and an overview report in one file, each a title page and a body whose
 * first page opens with the heading 'Introduction' at the same place (the body starts on a new page after each title
 * page); no running header.</li>
 * </ul>
 */
public final class SideLabelReportPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 72;
    private static final float TOP = 780;
    private static final float BODY = 11;
    private static final float LEADING = 15;

    /** A block of a body page: a heading (15pt), a sub-heading (12pt) or a body line (11pt). */
    public record Block(float size, String text) {
        static Block h(String text) {
            return new Block(15, text);
        }

        static Block sub(String text) {
            return new Block(12, text);
        }

        static Block p(String text) {
            return new Block(BODY, text);
        }
    }

    private SideLabelReportPdf() {
    }

    /** A five-page report: a cover, then four body pages each with a turned side label naming its section. */
    public static Path sideLabels(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            cover(doc, "Fenwold Safeguarding Children Partnership",
                    List.of("Child Safeguarding Practice", "Review: Child M"), "Reviewer: Ada Pellow", "March 2025");
            body(doc, "INTRODUCTION", List.of(Block.h("Introduction"),
                    Block.p("This review was carried out after Child M, aged nine, was admitted to hospital"),
                    Block.p("with burns from a kettle while she was alone at home in the evening."),
                    Block.p("It looks at the work of agencies with Child M and her family over three years."),
                    Block.h("Background"),
                    Block.p("Child M lived with her father and two older cousins. Her father worked nights"),
                    Block.p("and had asked the school twice about an after-school club.")));
            body(doc, "FINDINGS", List.of(Block.h("Findings"),
                    Block.sub("Children left alone in the evenings were not asked about"),
                    Block.p("The school knew that Child M walked home alone but did not ask who was there"),
                    Block.p("when she arrived. Staff saw her tiredness as a sleep problem."),
                    Block.sub("The father's request for help was not followed up"),
                    Block.p("The early help team closed the father's request after one phone call that"),
                    Block.p("was not answered. No letter was sent."),
                    Block.sub("What Child M said"),
                    Block.p("Child M told a dinner supervisor that tea was 'crisps mostly'. The remark"),
                    Block.p("was written down but nobody spoke with her about it.")));
            body(doc, "LEARNING", List.of(Block.h("Learning"),
                    Block.p("Schools need to ask who is at home when a child walks home alone."),
                    Block.p("A parent's own request for help is a chance to offer early help in person."),
                    Block.p("What a child says about meals at home should be followed up with the child."),
                    Block.h("Good practice"),
                    Block.p("The hospital's burns unit referred Child M to children's social care the same day.")));
            body(doc, "RECOMMENDATIONS", List.of(Block.h("Recommendations"),
                    Block.p("1. Schools should record who is at home for every pupil who walks home alone."),
                    Block.p("2. The early help team should write to a parent whose call goes unanswered."),
                    Block.p("3. The partnership should remind staff to follow up what children say about food.")));
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * An executive summary (title page, one body page) and an overview report (title page, two body pages) in one
     * file: both bodies open with 'Introduction' at the top of their first page, at the same place.
     */
    public static Path twoParts(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            cover(doc, "Harrowby Safeguarding Children Partnership",
                    List.of("Child Safeguarding Practice Review:", "Child J"), "Executive Summary", "June 2025");
            body(doc, null, List.of(Block.h("Introduction"),
                    Block.p("This summary describes the review carried out after Child J, aged four, was"),
                    Block.p("found to have lost weight over a year while she was known to three agencies."),
                    Block.h("Summary of events"),
                    Block.p("Child J was seen by her health visitor, a nursery and the family doctor, each of"),
                    Block.p("whom noticed that she was small but did not compare notes with the others.")));
            cover(doc, "Harrowby Safeguarding Children Partnership",
                    List.of("Child Safeguarding Practice Review:", "Child J"), "Overview Report", "June 2025");
            body(doc, null, List.of(Block.h("Introduction"),
                    Block.p("The partnership commissioned this review in the autumn after the nursery raised"),
                    Block.p("a concern about Child J's weight with children's social care."),
                    Block.h("Methodology"),
                    Block.p("The reviewer read agency records and met the practitioners and Child J's mother."),
                    Block.p("Every person, place and organisation in this review is invented.")));
            body(doc, null, List.of(Block.h("Findings"),
                    Block.p("No agency held a growth chart that showed the whole year. Each saw one"),
                    Block.p("weight and judged it on its own."),
                    Block.h("Conclusion"),
                    Block.p("Child J's weight loss could have been seen sooner had the records been joined.")));
            doc.save(file.toFile());
        }
        return file;
    }

    private static void cover(PDDocument doc, String partnership, List<String> title, String line1, String line2)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            show(out, REGULAR, 12, LEFT, 700, partnership);
            float y = 600;
            for (String line : title) {
                show(out, BOLD, 26, LEFT, y, line);
                y -= 32;
            }
            show(out, REGULAR, 14, LEFT, y - 20, line1);
            show(out, REGULAR, 14, LEFT, y - 40, line2);
            show(out, REGULAR, 9, LEFT, 120, "This review and every person, place and organisation in it are invented.");
        }
    }

    /** A body page; {@code label} (null for none) goes in a teal tab down the left margin, drawn first. */
    private static void body(PDDocument doc, String label, List<Block> blocks) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = TOP;
            for (int i = 0; i < blocks.size(); i++) {
                if (i == 0 && label != null) {
                    sideLabel(out, label);
                }
                Block block = blocks.get(i);
                boolean heading = block.size() > BODY;
                if (heading && i > 0) {
                    y -= 10;
                }
                show(out, heading ? BOLD : REGULAR, block.size(), LEFT, y, block.text());
                y -= heading ? block.size() + 8 : LEADING;
            }
        }
    }

    private static void sideLabel(PDPageContentStream out, String label) throws IOException {
        out.setNonStrokingColor(0f, 0.5f, 0.5f);
        out.addRect(10, 250, 34, 360);
        out.fill();
        out.setNonStrokingColor(1f, 1f, 1f);
        float along = 300;
        for (char c : label.toCharArray()) { // glyph by glyph, each placed by its own matrix, as a browser prints it
            out.beginText();
            out.setFont(BOLD, 14);
            out.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 32, along));
            out.showText(String.valueOf(c));
            out.endText();
            along += BOLD.getStringWidth(String.valueOf(c)) / 1000 * 14 + 1;
        }
        out.setNonStrokingColor(0f, 0f, 0f);
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
