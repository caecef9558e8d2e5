package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untagged PDF digest made by LaTeX from numbered sections: group headings '1 Reviews of ...', each review a
 * numbered subsection '1.1 Name: review type' whose bookmark leaves the number out, and inside it a description list
 * whose bold labels run in before their text ('Summary Neglect of ...', 'Full report' before the linked words).
 */
class NumberedSubsectionDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float SIZE = 10;
    private static final float LEFT = 60;

    @TempDir
    Path dir;

    @Test
    void numberedSubsectionsWithRunInLabelsAreEntries() throws Exception {
        Path file = digest();

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).contains("## Mia: Child safeguarding practice review", "Summary\nNeglect of a girl aged 9",
                "Full report\n[Read practice review (PDF)](https://example.org/media/1/review.pdf)");
        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::childName, DigestEntry::linkTarget)
                .containsExactly(
                        tuple("Mia: Child safeguarding practice review", "Mia", "https://example.org/media/1/review.pdf"),
                        tuple("Leo: Serious case review", "Leo", "https://example.org/media/2/review.pdf"),
                        tuple("Children RA and RB: Learning review", "Children RA and RB",
                                "https://example.org/media/3/review.pdf"));
        assertThat(digest.entries()).extracting(DigestEntry::summary).allMatch(s -> !s.startsWith("Summary"));
        assertThat(digest.entries().get(0).summary()).startsWith("Neglect of a girl aged 9 in 2023");
        assertThat(digest.entries().get(2).sections().stream().flatMap(s -> s.items().stream()).map(Item::text))
                .containsExactly("the move between areas closed the case", "share records when a family moves");
    }

    /** The sniff reads the text layer only (no bookmarks): the numbered titles still name their reviews. */
    @Test
    void aDigestOfNumberedSubsectionsIsADigest() throws Exception {
        assertThat(new PdfDigestSniffer(new DigestParser()).test(digest())).isTrue();
    }

    @Test
    void theBoldLabelsOfADescriptionListAreLabels() throws Exception {
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(digest()).text());

        assertThat(digest.entries().get(1).sections()).extracting(Section::heading)
                .contains("Learning includes", "Recommendations include");
    }

    private Path digest() throws IOException {
        return pdf(List.of(
                "#Case reviews published in March 2026",
                "Three new case reviews were added in March 2026. Every child and place below is invented.",
                "1|1 Reviews of individual children",
                "2|1.1 Mia: Child safeguarding practice review",
                "*Summary|Neglect of a girl aged 9 in 2023 who was often left alone at night.",
                "Learning includes:",
                "- the school did not ask why she was tired",
                "- her GP was not told of the missed appointments",
                "Recommendations include:",
                "- share attendance concerns with health visitors",
                "*Full report|Read practice review (PDF)|https://example.org/media/1/review.pdf",
                "2|1.2 Leo: Serious case review",
                "*Summary|Death of a boy aged 4 months in 2019 after a head injury at home.",
                "Learning includes:",
                "- the father was not seen by any agency",
                "Recommendations include:",
                "- see every adult who lives with a baby",
                "*Full report|Read serious case review (PDF)|https://example.org/media/2/review.pdf",
                "1|2 Reviews of more than one child",
                "2|2.1 Children RA and RB: Learning review",
                "*Summary|Neglect of two brothers aged 3 and 5 who were found in 2024 in a cold flat.",
                "Learning includes:",
                "- the move between areas closed the case",
                "Recommendations include:",
                "- share records when a family moves",
                "*Full report|Read learning review (PDF)|https://example.org/media/3/review.pdf"));
    }

    /**
     * Lines from the top: "#text" the digest's title, "N|text" a bold heading with a bookmark at level N whose title
     * leaves out the printed number, "*lead|text" a bold run-in lead before regular text, "*lead|text|uri" the same
     * with a link annotation over the text only; "- text" an item with a bullet glyph; else a regular line.
     */
    private Path pdf(List<String> lines) throws IOException {
        Path file = dir.resolve("numbered.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem group = null;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 800;
                boolean afterHeading = false;
                for (String line : lines) {
                    String[] parts = line.split("\\|");
                    boolean heading = line.startsWith("#") || line.matches("\\d\\|.*");
                    y -= heading ? 24 : afterHeading ? 22 : 14;
                    afterHeading = heading;
                    if (line.startsWith("#")) {
                        show(content, BOLD, 16, line.substring(1), LEFT, y);
                    } else if (line.matches("\\d\\|.*")) {
                        show(content, BOLD, 12, parts[1], LEFT, y);
                        PDOutlineItem item = new PDOutlineItem();
                        item.setTitle(parts[1].replaceFirst("^[\\d.]+ ", ""));
                        item.setDestination(page);
                        if (parts[0].equals("1")) {
                            outline.addLast(item);
                            group = item;
                        } else {
                            group.addLast(item);
                        }
                    } else if (line.startsWith("*")) {
                        runIn(page, content, parts, y);
                    } else if (line.startsWith("- ")) {
                        show(content, REGULAR, SIZE, "\u2022", LEFT + 6, y);
                        show(content, REGULAR, SIZE, line.substring(2), LEFT + 16, y);
                    } else {
                        show(content, line.endsWith(":") ? BOLD : REGULAR, SIZE, line, LEFT, y);
                    }
                }
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.save(file.toFile());
        }
        return file;
    }

    private static void runIn(PDPage page, PDPageContentStream content, String[] parts, float y) throws IOException {
        String lead = parts[0].substring(1);
        float x = LEFT + BOLD.getStringWidth(lead + " ") / 1000 * SIZE + 4;
        show(content, BOLD, SIZE, lead, LEFT, y);
        show(content, REGULAR, SIZE, parts[1], x, y);
        if (parts.length > 2) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(x, y - 3, REGULAR.getStringWidth(parts[1]) / 1000 * SIZE, SIZE + 3));
            PDActionURI uri = new PDActionURI();
            uri.setURI(parts[2]);
            link.setAction(uri);
            page.getAnnotations().add(link);
        }
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
