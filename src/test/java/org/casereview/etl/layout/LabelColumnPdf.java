package org.casereview.etl.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Writes an untagged e-mail digest of nested tables with PDFBox, as an HTML-to-PDF program prints one: a grey area
 * with a white panel on it, a 'view in your browser' line, the digest's heading in a filled band inside the panel,
 * an intro, then each review as its bold title across the panel over a label|content table: bold labels in a
 * narrow left column ('Summary', 'Learning includes:', and 'Recommendations' wrapped over 'include:'), beside them
 * the summary's lines or list items whose markers are painted discs (no glyph in the text layer; {@code glyphBullets}
 * prints a '•' instead), and a link row with an empty label cell. The content stream writes each row's label cell,
 * then its text, as such programs do.
 */
public final class LabelColumnPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float PANEL_LEFT = 100;
    private static final float PANEL_RIGHT = 560;
    private static final float LABEL_X = 108;
    private static final float TEXT_X = 200;
    private static final float ITEM_X = 209;
    private static final float LINE = 11;
    private static final float ROW_GAP = 6;
    private static final float SIZE = 9;
    /** Bézier control distance of a quarter circle, as a share of the radius. */
    private static final float KAPPA = 0.5523f;

    /** A row: its label's lines (none for the link row), and its text's lines; items start with "* ". */
    public record Row(List<String> label, List<String> text, String url) {
    }

    /** A review: its title and its rows. */
    public record Review(String title, List<Row> rows) {
    }

    private final boolean glyphBullets;

    public LabelColumnPdf(boolean glyphBullets) {
        this.glyphBullets = glyphBullets;
    }

    public Path write(Path file, String heading, String intro, List<Review> reviews) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float top = PDRectangle.A4.getHeight() - 10;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                fill(stream, 0.91f, 10, top - 600, 575, 600);
                fill(stream, 1f, PANEL_LEFT, top - 590, PANEL_RIGHT - PANEL_LEFT, 585);
                float y = top - 16;
                text(stream, REGULAR, 7, LABEL_X, y, "Having trouble reading this email? View it in your browser");
                fill(stream, 0.2f, PANEL_LEFT, y - 34, PANEL_RIGHT - PANEL_LEFT, 26);
                stream.setNonStrokingColor(1f);
                text(stream, BOLD, 16, LABEL_X + 4, y - 26, heading);
                stream.setNonStrokingColor(0f);
                y -= 52;
                text(stream, REGULAR, SIZE, LABEL_X, y, intro);
                y -= 2 * LINE;
                for (Review review : reviews) {
                    y = review(page, stream, review, y);
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private float review(PDPage page, PDPageContentStream stream, Review review, float top) throws IOException {
        text(stream, BOLD, 12, LABEL_X, top, review.title());
        float y = top - LINE - 6;
        for (Row row : review.rows()) {
            float labelY = y;
            for (String line : row.label()) {
                text(stream, BOLD, SIZE, LABEL_X, labelY, line);
                labelY -= LINE;
            }
            float textY = y;
            for (String line : row.text()) {
                if (row.url() != null) {
                    link(page, stream, textY, line, row.url());
                } else if (line.startsWith("* ")) {
                    marker(stream, textY);
                    text(stream, REGULAR, SIZE, ITEM_X, textY, line.substring(2));
                } else {
                    text(stream, REGULAR, SIZE, line.startsWith("  ") ? ITEM_X : TEXT_X, textY, line.strip());
                }
                textY -= LINE;
            }
            y = Math.min(labelY, textY) - ROW_GAP;
        }
        return y - 2 * ROW_GAP;
    }

    private void marker(PDPageContentStream stream, float baseline) throws IOException {
        if (glyphBullets) {
            text(stream, REGULAR, SIZE, TEXT_X + 1, baseline, "\u2022");
            return;
        }
        float r = 1.5f;
        float cx = TEXT_X + 3;
        float cy = baseline + 3;
        float k = KAPPA * r;
        stream.moveTo(cx - r, cy);
        stream.curveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
        stream.curveTo(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
        stream.curveTo(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
        stream.curveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
        stream.closePath();
        stream.fillAndStrokeEvenOdd();
    }

    private static void link(PDPage page, PDPageContentStream stream, float y, String text, String url)
            throws IOException {
        text(stream, REGULAR, SIZE, TEXT_X, y, text);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(TEXT_X, y - 2, REGULAR.getStringWidth(text) / 1000 * SIZE, LINE));
        PDActionURI uri = new PDActionURI();
        uri.setURI(url);
        link.setAction(uri);
        page.getAnnotations().add(link);
    }

    private static void fill(PDPageContentStream stream, float grey, float x, float y, float w, float h)
            throws IOException {
        stream.setNonStrokingColor(grey);
        stream.addRect(x, y, w, h);
        stream.fill();
        stream.setNonStrokingColor(0f);
    }

    private static void text(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** Three invented reviews; the links go to {@code https://example.org/r/N.pdf}. */
    public static List<Review> threeReviews() {
        return List.of(
                review(1, "Baby MA: Child safeguarding practice review",
                        List.of("Death of a 5-week-old boy in 2024 who was found unresponsive after",
                                "sleeping on a sofa with his father. Baby MA is White British."),
                        List.of("* advice on safe sleep was not repeated after the birth",
                                "* the father's shift work was not known to the health visitor"),
                        List.of("* repeat safe sleep advice at every contact in the first month",
                                "* ask about who cares for the baby at night")),
                review(2, "Child MB: Serious case review",
                        List.of("Neglect of a 7-year-old girl over several years until 2019.",
                                "Child MB is Asian British."),
                        List.of("* school absence was not followed up",
                                "* the girl's weight loss was recorded but not acted on",
                                "* agencies did not meet together"),
                        List.of("* follow up every absence of more than three days")),
                review(3, "Child MC: Child safeguarding practice review",
                        List.of("Physical abuse of a 2-year-old boy in 2023 by his mother's",
                                "partner. Child MC is Black British."),
                        List.of("* the partner's history was not checked",
                                "* the nursery did not share its worries about bruising"),
                        List.of("* check the history of every new partner in the home",
                                "* share worries about bruising with children's social care the",
                                "  same day")));
    }

    private static Review review(int n, String title, List<String> summary, List<String> learning,
                                 List<String> recommendations) {
        return new Review(title, List.of(
                new Row(List.of("Summary"), summary, null),
                new Row(List.of("Learning includes:"), learning, null),
                new Row(List.of("Recommendations", "include:"), recommendations, null),
                new Row(List.of(), List.of("Read the review (PDF)"), "https://example.org/r/" + n + ".pdf")));
    }
}
