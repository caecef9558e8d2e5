package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape of session 33's 59 KB PDF that filled 1 GB when read as a report (mem-b35): a tagged page whose H1 is
 * printed text and whose H2s are pictures of their words (a Figure with /Alt, no text), so each H2 is a sub-heading
 * of no printed lines. The block pass once added an empty block for it forever. Read by the job beside a good report:
 * the run completes, the file is loaded (it OOMed at -Xmx256m before the fix), the good report gives its rows.
 * Invented content.
 */
class PictureSubHeadingReportRunTest {

    private static final float SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 60f;
    private static final float BANNER = 26f;

    @TempDir
    Path dir;

    @Test
    void aReportWithPictureSubHeadingsEndsAsRowsOrAReasonAndTheOtherReportGivesItsRows() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        write(input.resolve("Fernhollow_CSPR_Child_W.pdf"));
        Files.copy(Path.of("input", "Ashdown_CSPR_Child_Q.pdf"), input.resolve("Ashdown_CSPR_Child_Q.pdf"));
        Path out = dir.resolve("out");

        int exit = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CaseReviewEtl.execute("run",
                "--input", input.toString(), "--output", out.toString(), "--month", "2026-11"));

        assertThat(exit).isZero();
        List<String> documents = Files.readAllLines(out.resolve("documents.csv"), StandardCharsets.UTF_8);
        String picture = documents.stream().filter(l -> l.contains("Fernhollow_CSPR_Child_W.pdf")).findFirst().orElseThrow();
        // the file is read to the end and gives its review (doubtful: the picture headings name no section type)
        assertThat(picture).contains(",report,").contains(",loaded,");
        assertThat(Files.readString(out.resolve("rejects.csv"), StandardCharsets.UTF_8))
                .doesNotContain("Fernhollow_CSPR_Child_W.pdf");
        assertThat(documents).anySatisfy(l -> assertThat(l).contains("Ashdown_CSPR_Child_Q.pdf").contains(",loaded,"));
        assertThat(Files.readAllLines(out.resolve("items.csv"), StandardCharsets.UTF_8))
                .anySatisfy(l -> assertThat(l).startsWith("2026-11-child-q,report,learning,1,"));
    }

    private static void write(Path path) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            doc.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject banner = banner(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                MarkedContentCanvas canvas = new MarkedContentCanvas(out, page);
                float y = PDRectangle.A4.getHeight() - 80;
                canvas.text(canvas.child(root, "H1"), "Child Safeguarding Practice Review: Child W", MARGIN, y, true, 20);
                y -= 40;
                for (String[] part : List.of(
                        new String[] {"What happened", "Child W lived with her mother in a flat above a shop; the family",
                                "had moved there from another area in the spring."},
                        new String[] {"What we learned", "Practitioners did not see the bruising for themselves and the",
                                "move between areas was not followed by a call between the two teams."},
                        new String[] {"Recommendations", "The partnership should agree how the cases of children move",
                                "between areas and tell nurseries when a child on a plan changes address."})) {
                    PDStructureElement figure = canvas.child(canvas.child(root, "H2"), "Figure");
                    figure.setAlternateDescription(part[0]);
                    canvas.image(figure, banner, MARGIN, y - BANNER, 300, BANNER);
                    y -= BANNER + LEADING + 4;
                    PDStructureElement paragraph = canvas.child(root, "P");
                    for (int k = 1; k < part.length; k++) {
                        canvas.text(paragraph, part[k], MARGIN, y, false, SIZE);
                        y -= LEADING;
                    }
                    y -= 20;
                }
            }
            doc.save(path.toFile());
        }
    }

    /** A band with white strokes where the words would be: a picture, no text. */
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
