package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report printed as a duplex booklet the way pdfjam --booklet (pdfpages) imposes it: eight A5 pages two to a
 * landscape A4 sheet, sheet 1 holding pages 1 and 8, sheet 2 pages 2 and 7, sheet 3 pages 3 and 6, sheet 4 pages 4 and
 * 5, and sheets 1 and 3 drawn turned 180 degrees (to be turned over on the short edge); each placed page records its
 * number (pdfTeX's /PTEX.PageNumber). Read as sheets, the sections come out of order and the upside-down text is lost
 * to them; read as the pages placed, in their order, every section and item is found, and their pages are still the
 * file's sheets (an item on A5 page 6 is on sheet 3). The same pages placed with no number keep the sheets' order.
 * Invented review: the child, family, area and agencies are invented.
 */
class TurnedBookletSheetsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDRectangle SHEET = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final String BODY = "B:The review looked at the help given to the family over two years by the "
            + "school, the health visitor and children's social care.";

    private static final List<List<String>> PAGES = List.of(
            List.of("T:Local Child Safeguarding Practice Review", "T:Child Q",
                    "B:Tarnbrook Safeguarding Children Partnership, 2025.",
                    "B:Every person, place and agency in this review is invented."),
            List.of("H:Introduction", BODY, BODY, BODY),
            List.of("H:About Child Q", BODY, BODY, BODY),
            List.of("H:What the review found", BODY, BODY, BODY),
            List.of("H:What we have learned", BODY,
                    "I:Young carers rarely say how much they do at home for a parent who is ill.",
                    "I:A school's good attendance record can hide how tired a child has become."),
            List.of("I:When a parent's health declines the children's plan needs to be looked at again.",
                    "I:Agencies should ask who else in the family can help before a crisis comes.", BODY),
            List.of("H:Recommendations", BODY,
                    "I:The partnership should publish a young carers' pathway for every school in the area.",
                    "I:Adult health services should ask each patient whether children care for them."),
            List.of("B:Contact the partnership's learning team for copies of this review.", BODY));

    @TempDir
    Path dir;

    @Test
    void aDuplexBookletWithTurnedSheetsIsReadInPageOrderOnItsSheets() throws Exception {
        Path file = booklet("booklet.pdf", true);

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly("Introduction",
                "About Child Q", "What the review found", "What we have learned", "Recommendations");
        assertThat(report.document().sections()).extracting(Section::pageStart).containsExactly(2, 3, 4, 4, 2);
        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.LEARNING)
                .extracting(ReportItem::text).containsExactly(
                        "Young carers rarely say how much they do at home for a parent who is ill.",
                        "A school's good attendance record can hide how tired a child has become.",
                        "When a parent's health declines the children's plan needs to be looked at again.",
                        "Agencies should ask who else in the family can help before a crisis comes.");
        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.LEARNING)
                .extracting(ReportItem::page).containsExactly(4, 4, 3, 3);
        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::page).containsExactly(2, 2);
        assertThat(report.document().metadata().pages()).isEqualTo(4);
    }

    @Test
    void turnedPlacementsWithoutNumbersAreCutUprightInTheSheetsOrder() throws Exception {
        Path file = booklet("unnumbered.pdf", false);

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        // sheet 1 turned over reads 1 | 8, sheet 2 reads 2 | 7, sheet 3 reads 3 | 6: each half upright, in that order
        assertThat(report.document().sections()).extracting(Section::heading).containsSubsequence("Introduction",
                "Recommendations", "About Child Q", "What the review found", "What we have learned");
        assertThat(report.items()).extracting(ReportItem::text).contains(
                "Young carers rarely say how much they do at home for a parent who is ill.",
                "The partnership should publish a young carers' pathway for every school in the area.");
        assertThat(report.document().metadata().pages()).isEqualTo(4);
    }

    private Path booklet(String name, boolean recordedNumbers) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument sources = a5Pages(); PDDocument document = new PDDocument()) {
            LayerUtility layers = new LayerUtility(document);
            List<PDFormXObject> forms = new ArrayList<>();
            for (int i = 0; i < PAGES.size(); i++) {
                PDFormXObject form = layers.importPageAsForm(sources, i);
                if (recordedNumbers) {
                    form.getCOSObject().setString(COSName.getPDFName("PTEX.FileName"), "./source-1.pdf");
                    form.getCOSObject().setInt(COSName.getPDFName("PTEX.PageNumber"), i + 1);
                }
                forms.add(form);
            }
            turnedSheet(document, forms.get(0), forms.get(7));
            sheet(document, forms.get(1), forms.get(6));
            turnedSheet(document, forms.get(2), forms.get(5));
            sheet(document, forms.get(3), forms.get(4));
            document.save(file.toFile());
        }
        return file;
    }

    private static void sheet(PDDocument document, PDFormXObject left, PDFormXObject right) throws IOException {
        PDPage page = new PDPage(SHEET);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.drawForm(left);
            content.restoreGraphicsState();
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(SHEET.getWidth() / 2, 0));
            content.drawForm(right);
            content.restoreGraphicsState();
        }
    }

    /** As pdfpages draws a back side: the sheet turned about, so the first page stands on the right, upside down. */
    private static void turnedSheet(PDDocument document, PDFormXObject first, PDFormXObject second) throws IOException {
        PDPage page = new PDPage(SHEET);
        document.addPage(page);
        float half = SHEET.getWidth() / 2;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.saveGraphicsState();
            content.transform(new Matrix(-1, 0, 0, -1, half, SHEET.getHeight()));
            content.drawForm(first);
            content.restoreGraphicsState();
            content.saveGraphicsState();
            content.transform(new Matrix(-1, 0, 0, -1, SHEET.getWidth(), SHEET.getHeight()));
            content.drawForm(second);
            content.restoreGraphicsState();
        }
    }

    private static PDDocument a5Pages() throws IOException {
        PDDocument document = new PDDocument();
        for (List<String> lines : PAGES) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A5.getHeight() - 60;
                for (String spec : lines) {
                    String kind = spec.substring(0, 1);
                    String words = spec.substring(2);
                    switch (kind) {
                        case "T" -> y = text(content, BOLD, 18, 40, y - 26, words);
                        case "H" -> y = text(content, BOLD, 14, 40, y - 22, words);
                        case "I" -> {
                            text(content, REGULAR, 10, 44, y - 14, "\u2022");
                            y = wrapped(content, 56, y - 14, words);
                        }
                        default -> y = wrapped(content, 40, y - 16, words);
                    }
                }
            }
        }
        return document;
    }

    /** Words wrapped at 60 characters, 13 pt apart; the baseline of the last line. */
    private static float wrapped(PDPageContentStream content, float x, float y, String words) throws IOException {
        StringBuilder line = new StringBuilder();
        float at = y;
        for (String word : words.split(" ")) {
            if (line.length() + word.length() > 60) {
                text(content, REGULAR, 10, x, at, line.toString().strip());
                line.setLength(0);
                at -= 13;
            }
            line.append(word).append(' ');
        }
        return text(content, REGULAR, 10, x, at, line.toString().strip());
    }

    private static float text(PDPageContentStream content, PDFont font, float size, float x, float y, String words)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(words);
        content.endText();
        return y;
    }
}
