package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.Evidence;
import org.casereview.etl.layout.LayoutBlock;
import org.casereview.etl.layout.LayoutReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged 2 x 2 grid of learning boxes, each a P with its number in a P of its own, the two boxes of a row on
 * the same baselines: each box gives one learning item, not a row read across both boxes.
 */
class TaggedBoxGridTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    /**
     * The line reading of a grid whose rows it reads across (as on a Chromium page where no gutter shows):
     * two items, each one row of both boxes with the second box's number inside. The tagged paragraphs of the
     * real PDF give the four boxes back, in order.
     */
    @Test
    void anItemMixingTwoSideBySideTaggedParagraphsGivesWayToThem() throws Exception {
        Path pdf = gridPdf(dir.resolve("grid.pdf"));
        List<LayoutBlock> paragraphs;
        List<TextLine> section;
        try (PDDocument document = ReportPdfFile.open(pdf)) {
            paragraphs = LayoutReader.read(document).blocks(Evidence.TAGS).stream()
                    .filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
            List<TextLine> all = new PositionedTextStripper().read(document).get(0).lines();
            int from = indexOf(all, "What we learned") + 1;
            section = all.subList(from, indexOf(all, "What needs to change"));
        }
        List<ItemSplitter.Found> acrossRows = List.of(
                new ItemSplitter.Found(SectionType.LEARNING, "Fathers and male partners need to be seen and spoken to "
                        + "at every contact by all the agencies. 2 A large age gap between young parents can hide "
                        + "control over the mother.", 1),
                new ItemSplitter.Found(SectionType.LEARNING, "Crying is the most common trigger for a shaking injury, "
                        + "so both of the parents need the advice. 4 Practitioners should ask who else cares for the "
                        + "baby when the mother is at work.", 1));

        List<ItemSplitter.Found> items = TaggedParagraphs.apply(SectionType.LEARNING, acrossRows, section, paragraphs);

        assertThat(items).extracting(ItemSplitter.Found::text).containsExactly(
                "Fathers and male partners need to be seen and spoken to at every contact by all the agencies.",
                "A large age gap between young parents can hide control over the mother.",
                "Crying is the most common trigger for a shaking injury, so both of the parents need the advice.",
                "Practitioners should ask who else cares for the baby when the mother is at work.");
        // one box above another is no grid row: an item holding both stays whole
        List<ItemSplitter.Found> stacked = List.of(new ItemSplitter.Found(SectionType.LEARNING, "Fathers and male "
                + "partners need to be seen and spoken to at every contact by all the agencies. Crying is the most "
                + "common trigger for a shaking injury, so both of the parents need the advice.", 1));
        assertThat(TaggedParagraphs.apply(SectionType.LEARNING, stacked, section, paragraphs)).isEqualTo(stacked);
    }

    private static int indexOf(List<TextLine> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().strip().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text);
    }

    private static Path gridPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(out, page);
                canvas.text(canvas.child(root, "H1"), "Background", 50, 780, true, 14);
                canvas.text(canvas.child(root, "P"), "The baby lived with his mother and father in a flat near the "
                        + "college.", 50, 760, false, 10);
                canvas.text(canvas.child(root, "H1"), "What we learned", 50, 730, true, 14);
                canvas.box(root, "1", 50, 700, "Fathers and male partners need to be seen", "and spoken to at every contact by all",
                        "the agencies.");
                canvas.box(root, "2", 275, 700, "A large age gap between young", "parents can hide control over",
                        "the mother.");
                canvas.box(root, "3", 50, 640, "Crying is the most common trigger for a", "shaking injury, so both of the parents",
                        "need the advice.");
                canvas.box(root, "4", 275, 640, "Practitioners should ask who else", "cares for the baby when the",
                        "mother is at work.");
                canvas.text(canvas.child(root, "H1"), "What needs to change", 50, 560, true, 14);
                canvas.text(canvas.child(root, "P"), "1. Health services should record the name of every father.",
                        50, 540, false, 10);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Draws marked content for structure elements, numbering it by MCID. */
    private static final class Canvas extends MarkedContentCanvas {
        Canvas(PDPageContentStream out, PDPage page) {
            super(out, page);
        }

        /** A box: its number in a P at the left, its text in a P beside it, lines 14 pt apart from {@code y} down. */
        void box(PDStructureElement parent, String number, float x, float y, String... lines) throws IOException {
            text(child(parent, "P"), number, x, y, true, 10);
            PDStructureElement text = child(parent, "P");
            for (int i = 0; i < lines.length; i++) {
                text(text, lines[i], x + 20, y - 14 * i, false, 10);
            }
        }
    }
}
