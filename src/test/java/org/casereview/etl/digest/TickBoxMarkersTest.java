package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Empty tick boxes as list markers: an untagged digest (as macOS prints a Word checklist) whose recommendations each
 * stand behind a small stroked square, with no bullet glyph in the text layer; one-line items, no gap between them.
 * A repeated small empty box at the start of lines, down one column, is a list marker as a filled disc is.
 */
class TickBoxMarkersTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void strokedSquaresBeforeLinesDownOneColumnMarkItems() throws Exception {
        Path pdf = dir.resolve("tick-boxes.pdf");
        write(pdf, true);

        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(pdf).text());

        assertThat(digest.entries()).hasSize(1);
        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask about all the adults who care for a child when behaviour changes",
                "offer schools training on signs of sexual abuse in the family");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "the earlier caution was not known to the school");
    }

    @Test
    void aLoneStrokedSquareIsNoMarker() throws Exception {
        Path pdf = dir.resolve("one-box.pdf");
        write(pdf, false);

        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(pdf).text());

        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).hasSize(1);
    }

    /** One entry; the recommendations behind two tick boxes, or only the first line behind one. */
    private static void write(Path pdf, boolean boxEveryLine) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                text(cs, BOLD, 16, 56, 780, "NSPCC Repository - August 2025");
                text(cs, REGULAR, 10, 56, 750, "In August 2025 one case review was published. Every name is invented.");
                text(cs, BOLD, 12, 56, 715, "Child LP: Child safeguarding practice review");
                text(cs, REGULAR, 10, 56, 699, "Sexual abuse of a 9-year-old girl between 2021 and 2023 by her grandfather.");
                text(cs, REGULAR, 10, 56, 685, "Child LP is of Pakistani heritage.");
                text(cs, BOLD, 10, 56, 660, "Learning includes:");
                text(cs, REGULAR, 10, 56, 645, "the earlier caution was not known to the school");
                text(cs, BOLD, 10, 56, 620, "Recommendations include:");
                box(cs, 62, 605);
                text(cs, REGULAR, 10, 76, 605, "ask about all the adults who care for a child when behaviour changes");
                if (boxEveryLine) {
                    box(cs, 62, 591);
                }
                text(cs, REGULAR, 10, 76, 591, "offer schools training on signs of sexual abuse in the family");
                text(cs, REGULAR, 10, 56, 566, "Read practice review (PDF)");
            }
            document.save(pdf.toFile());
        }
    }

    /** An empty 7.5 pt square standing on the baseline, stroked as Quartz strokes a Word checkbox. */
    private static void box(PDPageContentStream cs, float x, float baseline) throws IOException {
        cs.setLineWidth(0.6f);
        cs.addRect(x, baseline, 7.5f, 7.5f);
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }
}
