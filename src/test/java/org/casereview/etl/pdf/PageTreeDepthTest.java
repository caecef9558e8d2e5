package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.LimitExceededException;
import org.casereview.etl.job.RawPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page under a page tree of /Pages nodes each holding the next (session 39: 100,000 deep ran PDFBox's recursive
 * page iterator out of stack, {@code internal_error}) is refused before any reader lists the pages; a tree of a few
 * levels, and one whose node lists itself among its kids, open as before.
 */
class PageTreeDepthTest {

    @TempDir
    Path dir;

    @Test
    void aPageTreeDeeperThanTheLimitIsRefusedBeforeThePagesAreListed() throws IOException {
        Path deep = pageUnder(dir.resolve("deep.pdf"), PageTreeDepth.MAX_DEPTH + 1, false);
        PDDocument loaded = PdfOpener.load(deep);
        assertThatThrownBy(() -> PdfOpener.repaired(loaded, PdfOpener.NO_LAYOUT_REPAIRS))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("its page tree nests more than 256 levels deep");
                });
        PDDocument again = PdfOpener.load(deep);
        assertThatThrownBy(() -> PdfOpener.withinPageLimit(again)).isInstanceOf(LimitExceededException.class);
    }

    @Test
    void aShallowTreeAndOneListingItselfOpen() throws IOException {
        for (boolean cycle : new boolean[] {false, true}) {
            Path file = pageUnder(dir.resolve("shallow-" + cycle + ".pdf"), 20, cycle);
            try (PDDocument document = PdfOpener.open(file, PdfOpener.NO_LAYOUT_REPAIRS)) {
                assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595f);
            }
        }
    }

    /** One page under {@code depth} /Pages nodes (objects 10 on), the deepest listing itself too when {@code cycle}. */
    private static Path pageUnder(Path file, int depth, boolean cycle) throws IOException {
        try (RawPdf pdf = new RawPdf(file)) {
            pdf.object(1, "<< /Type /Catalog /Pages 10 0 R >>");
            pdf.object(4, RawPdf.FONT);
            for (int level = 0; level < depth; level++) {
                int num = 10 + level;
                String kids = level < depth - 1 ? (num + 1) + " 0 R" : cycle ? "3 0 R " + num + " 0 R" : "3 0 R";
                String parent = level == 0 ? "" : " /Parent " + (num - 1) + " 0 R";
                pdf.object(num, "<< /Type /Pages /Kids [" + kids + "] /Count 1" + parent + " >>");
            }
            pdf.object(3, "<< /Type /Page /Parent " + (10 + depth - 1) + " 0 R /MediaBox [0 0 595 842] "
                    + RawPdf.PAGE_RESOURCES + " /Contents 5 0 R >>");
            pdf.stream(5, "", RawPdf.ascii(RawPdf.text("1. Introduction", "One page under a deep page tree.")));
            pdf.finish("/Root 1 0 R", 0);
        }
        return file;
    }
}
