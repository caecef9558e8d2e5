package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title page naming a Northern Ireland safeguarding panel (the SBNI's local Safeguarding Panels) and printing no
 * date, whose only date is in the 'Date' column of a document-control table on page 2, as DocBook's collaborators page
 * prints it (cells centred, so the date starts left of its header). PDF written with PDFBox.
 */
class SignOffTableAndPanelTest {

    private static final float TOP = PDRectangle.A4.getHeight() - 90;

    @TempDir
    Path dir;

    @Test
    void aSafeguardingPanelIsThePartnershipAndTheSignOffTablesDateGivesTheYear() throws Exception {
        Path pdf = dir.resolve("signed-off.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setCreationDate(new GregorianCalendar(2026, Calendar.DECEMBER, 4));
            try (PDPageContentStream out = page(doc)) {
                PlacedText.show(out, PlacedText.TIMES_BOLD, 18, 72, TOP - 200, "Case Management Review: Child N");
                PlacedText.show(out, PlacedText.TIMES_BOLD, 18, 150, TOP - 270, "Brackenmoor Safeguarding Panel");
                PlacedText.show(out, PlacedText.TIMES, 12, 170, TOP - 310, "Chair of the review panel: Aoife Doran");
            }
            try (PDPageContentStream out = page(doc)) {
                PlacedText.show(out, PlacedText.TIMES_BOLD, 8, 270, TOP, "DOCUMENT CONTROL");
                cells(out, TOP - 60, PlacedText.TIMES, "ACTION", 93, "NAME", 194, "DATE", 300, "SIGNATURE", 439);
                cells(out, TOP - 96, PlacedText.TIMES, "WRITTEN BY", 83, "Chair of the panel", 173, "June 2021", 289);
                PlacedText.show(out, PlacedText.TIMES, 10, 72, TOP - 200,
                        "The panel met four times between March and May 2020 to agree the terms of reference.");
            }
            for (String heading : new String[] {"1 Introduction", "2 Background"}) {
                try (PDPageContentStream out = page(doc)) {
                    PlacedText.show(out, PlacedText.TIMES_BOLD, 14, 72, TOP, heading);
                    PlacedText.lines(out, PlacedText.TIMES, 10, 72, TOP - 30, 14,
                            "Child N was nine when the police found her alone at home in January 2020.",
                            "The review looks at the two years before that night.");
                }
            }
            doc.save(pdf.toFile());
        }

        ReportMetadata metadata = ReportExtractor.withDefaultSynonyms().extract(pdf).metadata();

        assertThat(metadata.partnership()).isEqualTo("Brackenmoor Safeguarding Panel");
        assertThat(metadata.area()).isEqualTo("Brackenmoor");
        assertThat(metadata.publicationYear()).isEqualTo(2021);
    }

    private static PDPageContentStream page(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }

    /** A table row: each cell's text at its x, 8 pt. */
    private static void cells(PDPageContentStream out, float y, PDType1Font font, Object... textAndX) throws IOException {
        for (int i = 0; i < textAndX.length; i += 2) {
            PlacedText.show(out, font, 8, ((Number) textAndX[i + 1]).floatValue(), y, (String) textAndX[i]);
        }
    }
}
