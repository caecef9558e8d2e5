package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A landscape action plan on a page shown turned by /Rotate (pdflscape sets 90): the text and the rules are drawn
 * turned. Its rows are as far apart as a cell's lines, so only the drawn row borders part them: the turned page's
 * rules are read in the viewed page's coordinates, and each Recommendation cell is one item.
 */
class TurnedRuledTableTest {

    @ParameterizedTest
    @ValueSource(ints = {90, 270})
    void aTurnedPagesRowBordersPartItsRows(int rotation, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("turned.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                RuledTableCells cells = new RuledTableCells(out, rotation, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
                StretchedCellSpacesTest.drawReport(cells, -15);
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(StretchedCellSpacesTest.expected());
    }
}
