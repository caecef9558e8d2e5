package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 36's b65 kind 3: every entry on its own page, its title only in the outline (a bookmark to the page, which
 * fits the page: no place) and on the page as a picture. On main the entries ran on as one, titled by the digest's
 * heading. Each bookmark's title is set where its page's text leaves room for it (page 1: under the intro; page 2: at
 * the top; the footer's gap is no place). Every child, family and place here is invented.
 */
class OutlineOnlyTitlesDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void titlesGivenOnlyByBookmarksOpenTheirEntries() throws Exception {
        Path pdf = dir.resolve("outline-titles.pdf");
        write(pdf);

        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QY: Child safeguarding practice review", "Child RY: Serious case review");
        DigestEntry qy = digest.entries().get(0);
        assertThat(qy.summary()).isEqualTo("Death of a 1-year-old boy in 2030 in a house fire while his father, "
                + "aged 30, was out. Child QY is White British.");
        assertThat(items(qy, SectionType.LEARNING)).containsExactly("no one asked about smoke alarms");
        DigestEntry ry = digest.entries().get(1);
        assertThat(ry.summary()).isEqualTo("Neglect of a 7-year-old girl in 2026 who was often absent from school. "
                + "Child RY is Black British.");
        assertThat(items(ry, SectionType.RECOMMENDATIONS)).containsExactly("share absence with the school nurse");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDImageXObject banner = LosslessFactory.createFromImage(document, new BufferedImage(400, 30, BufferedImage.TYPE_INT_RGB));
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            PDPage first = page(document, banner, List.of(
                    "Death of a 1-year-old boy in 2030 in a house fire while his father, aged 30, was out. Child QY is",
                    "White British.", "*Learning includes:", "\u2022 no one asked about smoke alarms",
                    "*Recommendations include:", "\u2022 fit smoke alarms in every home visited"), true);
            bookmark(outline, first, "Child QY: Child safeguarding practice review");
            PDPage second = page(document, banner, List.of(
                    "Neglect of a 7-year-old girl in 2026 who was often absent from school. Child RY is Black British.",
                    "*Learning includes:", "\u2022 absence was not seen as neglect",
                    "*Recommendations include:", "\u2022 share absence with the school nurse"), false);
            bookmark(outline, second, "Child RY: Serious case review");
            document.save(pdf.toFile());
        }
    }

    private static void bookmark(PDDocumentOutline outline, PDPage page, String title) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        item.setDestination(destination);
        outline.addLast(item);
    }

    /** A page: on the first the heading and intro, then the banner picture (the title), the lines ('*' bold), a footer. */
    private static PDPage page(PDDocument document, PDImageXObject banner, List<String> lines, boolean opening)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            float y = 790;
            if (opening) {
                text(out, BOLD, 16, 780, "Case reviews this month: April 2031");
                text(out, REGULAR, 10, 760, "Two case reviews were published in April 2031. Every child, family and place is invented.");
                y = 740;
            }
            out.drawImage(banner, 56, y - 30, 400, 30);
            y -= 56;
            for (String line : lines) {
                boolean bold = line.startsWith("*");
                text(out, bold ? BOLD : REGULAR, 10, y, bold ? line.substring(1) : line);
                y -= 14;
            }
            text(out, REGULAR, 8, 40, "Summaries written for testing: every child, family and place is invented.");
        }
        return page;
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float y, String s) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(56, y);
        out.showText(s);
        out.endText();
    }
}
