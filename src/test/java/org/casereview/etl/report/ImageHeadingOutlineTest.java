package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headings drawn as pictures of their words (a banner image, no text layer), each named only by a bookmark whose
 * destination is the picture's top: no printed line matches the bookmark, and under its target there is no text until
 * the body's first line. The bookmark's title is the heading and its section starts at that line. Invented content.
 */
class ImageHeadingOutlineTest {

    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 60f;
    private static final float BANNER = 26f;

    @TempDir
    Path dir;

    /** A heading (null: none) or body lines, page by page; a heading starting with '=' is printed as text. */
    private record Part(String heading, List<String> body) {
    }

    @Test
    void bookmarksAtPicturesOfHeadingsStartTheirSectionsAtTheBodyUnderThem() throws Exception {
        Path pdf = write(dir.resolve("banners.pdf"), List.of(
                List.of(new Part("Introduction", List.of("This invented review is about Child Q, who was seven when the",
                                "partnership was told that he had been left alone for two days.")),
                        new Part("Background", List.of("Child Q lived with his mother and two younger sisters in a",
                                "rented house; the family had moved three times in two years."))),
                List.of(new Part("Learning", List.of("\u2022 Practitioners should ask where a child sleeps when the family moves.",
                                "\u2022 A move between areas should be followed by a call between the two teams.")),
                        new Part("Recommendations", List.of("1. The partnership should agree how cases move between areas.",
                                "2. Schools should be told when a child on a plan changes address.")))),
                false);

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .containsExactly(tuple("Introduction", SectionType.INTRODUCTION, 2),
                        tuple("Background", SectionType.BACKGROUND, 2),
                        tuple("Learning", SectionType.LEARNING, 3),
                        tuple("Recommendations", SectionType.RECOMMENDATIONS, 3));
        assertThat(report.document().sections().get(1).text()).startsWith("Child Q lived with his mother");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners should ask where a child sleeps when the family moves.", 3),
                tuple(SectionType.LEARNING, "A move between areas should be followed by a call between the two teams.", 3),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should agree how cases move between areas.", 3),
                tuple(SectionType.RECOMMENDATIONS, "Schools should be told when a child on a plan changes address.", 3));
    }

    @Test
    void bookmarksAtPrintedHeadingsOfOtherWordsLeaveThePrintedHeadings() throws Exception {
        // the bookmarks ('Part 1' ...) point at printed bold headings in other words: they name no unprinted heading
        Path pdf = write(dir.resolve("printed.pdf"), List.of(
                List.of(new Part("=Introduction", List.of("This invented review is about Child Q, who was seven when the",
                                "partnership was told that he had been left alone for two days.")),
                        new Part("=Background", List.of("Child Q lived with his mother and two younger sisters in a",
                                "rented house; the family had moved three times in two years."))),
                List.of(new Part("=Learning", List.of("\u2022 Practitioners should ask where a child sleeps when the family moves.",
                        "\u2022 A move between areas should be followed by a call between the two teams.")))),
                true);

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Background", "Learning");
    }

    private static Path write(Path path, List<List<Part>> pages, boolean otherTitles) throws IOException {
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            doc.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                text(out, bold, 22, MARGIN, 600, "Child Safeguarding Practice Review: Child Q");
                text(out, regular, 14, MARGIN, 570, "Harnwick Safeguarding Children Partnership");
                text(out, regular, 12, MARGIN, 545, "Published March 2025");
            }
            PDImageXObject banner = banner(doc);
            PDDocumentOutline outline = new PDDocumentOutline();
            int number = 1;
            for (List<Part> parts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float y = PDRectangle.A4.getHeight() - 80;
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    text(out, regular, 8, MARGIN, PDRectangle.A4.getHeight() - 40, "Child Q: review report");
                    for (Part part : parts) {
                        bookmark(outline, page, y, otherTitles ? "Part " + number++ : part.heading());
                        if (part.heading().startsWith("=")) {
                            text(out, bold, 14, MARGIN, y - 14, part.heading().substring(1));
                            y -= 14 + LEADING;
                        } else {
                            out.drawImage(banner, MARGIN, y - BANNER, 300, BANNER);
                            y -= BANNER + LEADING + 4;
                        }
                        for (String line : part.body()) {
                            text(out, regular, SIZE, MARGIN, y, line);
                            y -= LEADING;
                        }
                        y -= 20;
                    }
                }
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.save(path.toFile());
        }
        return path;
    }

    private static void bookmark(PDDocumentOutline outline, PDPage page, float top, String title) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft((int) MARGIN);
        destination.setTop((int) top);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }

    /** A teal band with white strokes where the words would be: a picture, no text. */
    private static PDImageXObject banner(PDDocument doc) throws IOException {
        BufferedImage image = new BufferedImage(600, 52, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 110, 120));
        g.fillRect(0, 0, 600, 52);
        g.setColor(Color.WHITE);
        List<Integer> strokes = new ArrayList<>(List.of(12, 40, 70, 95, 130, 160));
        for (int x : strokes) {
            g.fillRect(x, 14, 18, 24);
        }
        g.dispose();
        return LosslessFactory.createFromImage(doc, image);
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
