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
 * Writes an invented untagged file of two documents (every child, family, area and person invented): an executive
 * summary (title page, one body page whose 'Learning' and 'Recommendations' restate the report's lists in a few words
 * each) and then the overview report (a second title page printing the same title, the body with the full learning
 * and numbered recommendations). Both bodies open with 'Introduction'.
 */
public final class SummaryThenOverviewPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 72;
    private static final float BODY = 11;
    private static final float LEADING = 15;

    private SummaryThenOverviewPdf() {
    }

    public static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            titlePage(doc, "Executive Summary", 700);
            body(doc, List.of("#Introduction",
                    "This summary gives the main points of the review about Child H, aged thirteen.",
                    "#Learning", "- Ask children about their friends online.", "- Share worries about adults quickly.",
                    "#Recommendations", "- Update the online safety guidance.", "- Agree a same-day sharing route."));
            titlePage(doc, "Overview Report", 694);
            body(doc, List.of("#Introduction",
                    "This overview report is the full account of the review. The summary before it in this",
                    "file gives its main points for a wider audience.",
                    "#Background",
                    "Child H lived with her mother and younger brother. From the spring of 2024 she spent",
                    "most evenings online and began to miss school on Mondays.",
                    "#Findings",
                    "The school noticed the missed Mondays but did not ask Child H what happened at",
                    "weekends. A youth worker heard her mention an older friend she had met online.",
                    "#Learning",
                    "- Practitioners should ask children who they talk to online and what those people ask of them.",
                    "- A worry about an adult in a child's life should be shared with the police on the same day.",
                    "#Recommendations",
                    "1. The partnership should update its online safety guidance for schools by the autumn term.",
                    "2. Police and children's social care should agree a route for sharing concerns the same day.",
                    "#Conclusion",
                    "Child H is safe and back at school. Every person and place in this file is invented."));
            doc.save(file.toFile());
        }
        return file;
    }

    private static void titlePage(PDDocument doc, String kind, float top) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            show(out, REGULAR, 16, LEFT, top, "Marlow Vale Safeguarding Children Partnership");
            show(out, BOLD, 30, LEFT, top - 60, "Child Safeguarding Practice Review:");
            show(out, BOLD, 30, LEFT, top - 96, "Child H");
            show(out, REGULAR, 22, LEFT, top - 140, kind);
            show(out, REGULAR, 14, LEFT, top - 176, "Independent author: Petra Saltley");
            show(out, REGULAR, 14, LEFT, top - 200, "April 2025");
            show(out, REGULAR, 10, LEFT, 150, "This review and every person, place and organisation in it are invented.");
        }
    }

    /** Lines opening with '#' are headings; '- ' bullets are drawn with a bullet glyph. */
    private static void body(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = 770;
            for (String line : lines) {
                if (line.startsWith("#")) {
                    y -= 10;
                    show(out, BOLD, 15, LEFT, y, line.substring(1));
                    y -= 23;
                } else if (line.startsWith("- ")) {
                    show(out, REGULAR, BODY, LEFT + 6, y, "\u2022");
                    show(out, REGULAR, BODY, LEFT + 18, y, line.substring(2));
                    y -= LEADING;
                } else {
                    show(out, REGULAR, BODY, LEFT, y, line);
                    y -= LEADING;
                }
            }
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
