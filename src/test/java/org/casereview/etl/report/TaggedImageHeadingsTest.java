package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section headings drawn as pictures of their words (a web page's heading images), tagged H2 holding a Figure whose
 * /Alt is the heading's words, with no outline and no text layer for them: no printed line matches the tag, yet the
 * tree says where the picture stands. The /Alt is the heading and its section starts at the first body line under the
 * picture. Invented content.
 */
class TaggedImageHeadingsTest {

    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 60f;
    private static final float BANNER = 26f;

    @TempDir
    Path dir;

    /** A heading drawn as a picture (its /Alt) and its body: paragraph lines, or list entries when they open with a mark. */
    private record Part(String alt, List<String> body) {
    }

    @Test
    void headingPicturesNamedByTheirAltStartTheirSectionsAtTheBodyUnderThem() throws Exception {
        Path pdf = write(dir.resolve("alt-headings.pdf"), List.of(
                List.of(new Part("About this review", List.of("This invented review is about Child V, who was four when",
                                "her nursery saw bruising on her arms and told children's social care.")),
                        new Part("What happened", List.of("Child V lived with her father and his partner in a flat",
                                "above a shop; the family had moved there from another area in the spring."))),
                List.of(new Part("What we learned", List.of("\u2022|Practitioners should see a young child's bruising "
                                + "for themselves.", "\u2022|A move between areas should be followed by a call between "
                                + "the two teams.")),
                        new Part("Recommendations", List.of("1.|The partnership should agree how cases move between "
                                + "areas.", "2.|Nurseries should be told when a child on a plan changes address.")))));

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .containsExactly(tuple("About this review", SectionType.INTRODUCTION, 2),
                        tuple("What happened", SectionType.BACKGROUND, 2),
                        tuple("What we learned", SectionType.LEARNING, 3),
                        tuple("Recommendations", SectionType.RECOMMENDATIONS, 3));
        assertThat(report.document().sections().get(1).text()).startsWith("Child V lived with her father");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners should see a young child's bruising for themselves.", 3),
                tuple(SectionType.LEARNING, "A move between areas should be followed by a call between the two teams.", 3),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should agree how cases move between areas.", 3),
                tuple(SectionType.RECOMMENDATIONS, "Nurseries should be told when a child on a plan changes address.", 3));
    }

    private static Path write(Path path, List<List<Part>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            doc.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage cover = new PDPage(PDRectangle.A4);
            doc.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                MarkedContentCanvas canvas = new MarkedContentCanvas(out, cover);
                canvas.text(canvas.child(root, "H1"), "Child Safeguarding Practice Review: Child V", MARGIN, 600, true, 22);
                canvas.text(canvas.child(root, "P"), "Brackenfold Safeguarding Children Partnership", MARGIN, 570, false,
                        14);
                canvas.text(canvas.child(root, "P"), "Published March 2025", MARGIN, 545, false, 12);
            }
            PDImageXObject banner = banner(doc);
            for (List<Part> parts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    MarkedContentCanvas canvas = new MarkedContentCanvas(out, page);
                    float y = PDRectangle.A4.getHeight() - 80;
                    for (Part part : parts) {
                        PDStructureElement figure = canvas.child(canvas.child(root, "H2"), "Figure");
                        figure.setAlternateDescription(part.alt());
                        canvas.image(figure, banner, MARGIN, y - BANNER, 300, BANNER);
                        y -= BANNER + LEADING + 4;
                        y = body(canvas, root, part.body(), y) - 20;
                    }
                }
            }
            doc.save(path.toFile());
        }
        return path;
    }

    /** Paragraph lines as one P; entries 'mark|text' as a list, the mark tagged Lbl. The y under the last line. */
    private static float body(MarkedContentCanvas canvas, PDStructureElement root, List<String> lines, float y)
            throws IOException {
        PDStructureElement paragraph = null;
        PDStructureElement list = null;
        for (String line : lines) {
            String[] parts = line.split("\\|", 2);
            if (parts.length == 2) {
                list = list == null ? canvas.child(root, "L") : list;
                PDStructureElement item = canvas.child(list, "LI");
                canvas.text(canvas.child(item, "Lbl"), parts[0], MARGIN, y, false, SIZE);
                canvas.text(canvas.child(item, "LBody"), parts[1], MARGIN + 14, y, false, SIZE);
            } else {
                paragraph = paragraph == null ? canvas.child(root, "P") : paragraph;
                canvas.text(paragraph, line, MARGIN, y, false, SIZE);
            }
            y -= LEADING;
        }
        return y;
    }

    /** A teal band with white strokes where the words would be: a picture, no text. */
    private static PDImageXObject banner(PDDocument doc) throws IOException {
        BufferedImage image = new BufferedImage(600, 52, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 110, 120));
        g.fillRect(0, 0, 600, 52);
        g.setColor(Color.WHITE);
        for (int x = 12; x < 200; x += 30) {
            g.fillRect(x, 14, 18, 24);
        }
        g.dispose();
        return LosslessFactory.createFromImage(doc, image);
    }
}
