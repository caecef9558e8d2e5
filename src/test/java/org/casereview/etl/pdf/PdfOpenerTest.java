package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one opener: the repairs every reader makes (glyph names, then the reader's layout repairs, then the form's
 * values), and no PDF loaded anywhere else in the product, so that the sniff, the digest step and the report step
 * read a file alike.
 */
class PdfOpenerTest {

    @TempDir
    Path dir;

    @Test
    void aFontNamingItsLigaturesReadsAsTheirLetters() throws IOException {
        Path file = dir.resolve("ligatures.pdf");
        LigatureFontPdf.write(file, List.of("The sta\u0003 did not \u0001nd the \u0002at."));
        try (PDDocument document = PdfOpener.open(file, PdfOpener.NO_LAYOUT_REPAIRS)) {
            assertThat(new PDFTextStripper().getText(document)).contains("The staff did not find the flat.");
        }
    }

    @Test
    void aFilledFormsValuesAreOnItsPage() throws IOException {
        Path file = FormPdf.write(dir.resolve("form.pdf"), FormPdf.HEADING, FormPdf.TWO_REVIEWS, FormPdf.Saved.FILLED);
        try (PDDocument document = PdfOpener.load(Files.readAllBytes(file))) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("shaken by his father");
        }
        try (PDDocument document = PdfOpener.repaired(PdfOpener.load(Files.readAllBytes(file)),
                PdfOpener.NO_LAYOUT_REPAIRS)) {
            assertThat(new PDFTextStripper().getText(document)).contains("shaken by his father");
        }
    }

    /** A reader's layout repairs see the glyph names read and the form's fields not yet flattened into the page. */
    @Test
    void theReadersOwnRepairsComeBetweenTheGlyphNamesAndTheFormsValues() throws IOException {
        Path ligatures = dir.resolve("ligatures.pdf");
        LigatureFontPdf.write(ligatures, List.of("\u0001nd"));
        List<String> seen = new ArrayList<>();
        try (PDDocument document = PdfOpener.open(ligatures, d -> seen.add(text(d)))) {
            assertThat(seen).singleElement().asString().contains("find");
        }
        Path form = FormPdf.write(dir.resolve("form.pdf"), FormPdf.HEADING, FormPdf.TWO_REVIEWS, FormPdf.Saved.FILLED);
        List<Integer> fields = new ArrayList<>();
        try (PDDocument document = PdfOpener.open(form,
                d -> fields.add(d.getDocumentCatalog().getAcroForm(null).getFields().size()))) {
            assertThat(fields).containsExactly(12); // ten text fields and two check boxes, none flattened yet
            assertThat(document.getDocumentCatalog().getAcroForm(null).getFields()).hasSize(2); // the boxes stay
        }
    }

    @Test
    void noOtherClassOfTheProductLoadsAPdf() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> loading = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org/casereview/etl/pdf/PdfOpener.java")))
                    .filter(PdfOpenerTest::loadsAPdf).toList();
            assertThat(loading).isEmpty();
        }
    }

    private static boolean loadsAPdf(Path source) {
        try {
            return Files.readString(source).contains("Loader.loadPDF(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(PDDocument document) {
        try {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
