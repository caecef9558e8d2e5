package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
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
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.pdf.ImposedPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest printed as a booklet: four A5 pages imposed two to a landscape A4 sheet as Form XObjects, side one holding
 * pages 4 | 1 and side two pages 2 | 3 (what pdfpages, pdfjam --booklet or a print driver's booklet makes). Each
 * placed page is read as a page of its own, in the order of the page numbers the halves carry: printed at their foot,
 * or recorded by pdfTeX on each form. Counter-examples: placed pages that carry no number keep the sheets' order, and
 * a sheet with text of its own beside two forms, or with one form over the whole sheet, is read as the page it is.
 * Invented reviews; children, families and places are invented.
 */
class ImposedBookletTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDRectangle SHEET = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final List<List<String>> PAGES = List.of(
            List.of("H:Case reviews published in March 2026",
                    "B:Four reviews added to the library this month. Children and places are invented.",
                    "T:Child AX: Local child safeguarding practice review",
                    "B:Physical abuse of a 2-year-old boy in 2024 by his mother's new partner.",
                    "L:Learning includes:", "I:the nursery's concerns about bruising were not shared",
                    "I:the partner's history was never checked",
                    "L:Recommendations include:", "I:health visitors to ask who lives in the home"),
            List.of("T:Child BX: Serious case review",
                    "B:Death of a 16-year-old boy in 2023 who was stabbed near his college.",
                    "L:Learning includes:", "I:missing episodes were treated as running away",
                    "L:Recommendations include:", "I:a single plan for each exploited child"),
            List.of("T:Child CX: Child practice review",
                    "B:Neglect of a 6-year-old girl in 2024 whose father misused heroin.",
                    "L:Learning includes:", "I:the school's attendance worries were not joined up",
                    "L:Recommendations include:", "I:drug services to ask about children at every visit"),
            List.of("T:Child DX: Local child safeguarding practice review",
                    "B:Sexual abuse of a 12-year-old girl in 2025 by a family friend.",
                    "L:Learning includes:", "I:the girl's changed behaviour was read as puberty",
                    "L:Recommendations include:", "I:teachers to record every disclosure the same day"));

    @TempDir
    Path dir;

    @Test
    void aBookletWithPrintedPageNumbersIsReadInPageOrder() throws Exception {
        Path file = booklet("printed.pdf", true, false);

        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child AX: Local child safeguarding practice review", "Child BX: Serious case review",
                "Child CX: Child practice review", "Child DX: Local child safeguarding practice review");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "the nursery's concerns about bruising were not shared", "the partner's history was never checked");
        assertThat(items(digest.entries().get(3), SectionType.RECOMMENDATIONS)).containsExactly(
                "teachers to record every disclosure the same day");
        assertThat(new PdfDigestSniffer(new DigestParser()).decide(file)).contains(true);
    }

    @Test
    void aBookletWhoseFormsRecordTheirPageNumbersIsReadInThatOrder() throws Exception {
        Path file = booklet("recorded.pdf", false, true);

        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child AX: Local child safeguarding practice review", "Child BX: Serious case review",
                "Child CX: Child practice review", "Child DX: Local child safeguarding practice review");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void placedPagesWithoutNumbersAreSeparatedButKeepTheSheetsOrder() throws Exception {
        Path file = booklet("unnumbered.pdf", false, false);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(ImposedPages.separate(document)).isEqualTo(2);
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth(), within());
        }
        List<DigestEntry> entries = new DigestParser().parse(new DocumentTextExtractor().extract(file).text()).entries();
        assertThat(entries).extracting(DigestEntry::title).startsWith("Child DX: Local child safeguarding practice review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "the girl's changed behaviour was read as puberty");
    }

    /**
     * A sheet whose /Parent names a page-tree node that does not list it (a broken writer's tree): taking the sheets
     * out of the tree one by one never shrank it (PDFBox removes a page only from its /Parent's /Kids), so the pass
     * spun for ever; the pages are now put in a new tree.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSheetWhoseParentDoesNotListItIsStillSeparated() throws Exception {
        Path good = booklet("parent.pdf", false, false);
        Path file = dir.resolve("wrong-parent.pdf");
        try (PDDocument document = Loader.loadPDF(good.toFile())) {
            COSDictionary elsewhere = new COSDictionary();
            elsewhere.setItem(COSName.TYPE, COSName.PAGES);
            elsewhere.setItem(COSName.KIDS, new COSArray());
            elsewhere.setInt(COSName.COUNT, 0);
            document.getPage(1).getCOSObject().setItem(COSName.PARENT, elsewhere);
            document.save(file.toFile());
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(ImposedPages.separate(document)).isEqualTo(2);
            assertThat(document.getNumberOfPages()).isEqualTo(4);
            assertThat(document.getPage(3).getMediaBox().getWidth()).isEqualTo(PDRectangle.A5.getWidth(), within());
        }
    }

    @Test
    void aSheetWithItsOwnTextOrOneFormOverItIsNoImposedSheet() throws Exception {
        Path file = dir.resolve("not-imposed.pdf");
        try (PDDocument sources = a5Pages(true); PDDocument document = new PDDocument()) {
            LayerUtility layers = new LayerUtility(document);
            PDPage titled = sheet(document, layers.importPageAsForm(sources, 0), layers.importPageAsForm(sources, 1));
            try (PDPageContentStream content = new PDPageContentStream(document, titled, PDPageContentStream.AppendMode.APPEND, false)) {
                text(content, BOLD, 14, 40, SHEET.getHeight() - 20, "Practice bulletin");
            }
            PDPage whole = new PDPage(PDRectangle.A5);
            document.addPage(whole);
            try (PDPageContentStream content = new PDPageContentStream(document, whole)) {
                content.drawForm(layers.importPageAsForm(sources, 2));
            }
            document.save(file.toFile());
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(ImposedPages.separate(document)).isZero();
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }

    /** The four pages imposed as a booklet: side one 4 | 1, side two 2 | 3. */
    private Path booklet(String name, boolean printedNumbers, boolean recordedNumbers) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument sources = a5Pages(printedNumbers); PDDocument document = new PDDocument()) {
            LayerUtility layers = new LayerUtility(document);
            List<PDFormXObject> forms = new ArrayList<>();
            for (int i = 0; i < PAGES.size(); i++) {
                PDFormXObject form = layers.importPageAsForm(sources, i);
                if (recordedNumbers) {
                    form.getCOSObject().setString(COSName.getPDFName("PTEX.FileName"), "./digest.pdf");
                    form.getCOSObject().setInt(COSName.getPDFName("PTEX.PageNumber"), i + 1);
                }
                forms.add(form);
            }
            sheet(document, forms.get(3), forms.get(0));
            sheet(document, forms.get(1), forms.get(2));
            document.save(file.toFile());
        }
        return file;
    }

    private static PDPage sheet(PDDocument document, PDFormXObject left, PDFormXObject right) throws IOException {
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
        return page;
    }

    private static PDDocument a5Pages(boolean printedNumbers) throws IOException {
        PDDocument document = new PDDocument();
        for (int i = 0; i < PAGES.size(); i++) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = PDRectangle.A5.getHeight() - 50;
                for (String spec : PAGES.get(i)) {
                    String kind = spec.substring(0, 1);
                    String words = spec.substring(2);
                    y -= "B".equals(kind) || "I".equals(kind) ? 13 : 20;
                    switch (kind) {
                        case "H" -> text(content, BOLD, 14, 40, y, words);
                        case "T" -> text(content, BOLD, 11.5f, 40, y, words);
                        case "L" -> text(content, BOLD, 10, 40, y, words);
                        case "I" -> {
                            text(content, REGULAR, 10, 44, y, "\u2022");
                            text(content, REGULAR, 10, 54, y, words);
                        }
                        default -> text(content, REGULAR, 9, 40, y, words);
                    }
                }
                if (printedNumbers) {
                    text(content, REGULAR, 9, PDRectangle.A5.getWidth() / 2 - 3, 30, String.valueOf(i + 1));
                }
            }
        }
        return document;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String words)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(words);
        content.endText();
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.5f);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        List<String> out = new ArrayList<>();
        entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text)
                .forEach(out::add);
        return out;
    }
}
