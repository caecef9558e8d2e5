package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery's shortcut types a file as Tika does: only a {@code .pdf} opening with {@code %PDF-}, as application/pdf. */
class PdfMagicTest {

    private static final Tika TIKA = new Tika(TikaConfig.getDefaultConfig());

    @TempDir
    Path dir;

    @Test
    void aPdfNamedPdfIsTypedAsTikaTypesIt() throws IOException {
        Path pdf = dir.resolve("review.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        assertThat(PdfMagic.namedAndOpensAsPdf(pdf, "review.pdf")).isTrue();
        assertThat(tika(pdf)).isEqualTo(PdfMagic.PDF);
        Path bare = write("bare.pdf", "%PDF-"); // the magic alone, nothing after it
        assertThat(PdfMagic.namedAndOpensAsPdf(bare, "bare.pdf")).isTrue();
        assertThat(tika(bare)).isEqualTo(PdfMagic.PDF);
    }

    @Test
    void anyOtherFileIsLeftToTika() throws IOException {
        assertThat(PdfMagic.namedAndOpensAsPdf(write("notes.pdf", "Review of the month\n"), "notes.pdf")).isFalse();
        assertThat(PdfMagic.namedAndOpensAsPdf(write("short.pdf", "%PD"), "short.pdf")).isFalse();
        assertThat(PdfMagic.namedAndOpensAsPdf(write("upper.PDF", "%PDF-1.4\n"), "upper.PDF")).isFalse();
        Path drawing = write("drawing.ai", "%PDF-1.4\n");
        assertThat(PdfMagic.namedAndOpensAsPdf(drawing, "drawing.ai")).isFalse();
        assertThat(tika(drawing)).isEqualTo("application/illustrator"); // why the name counts as well as the magic
        assertThat(PdfMagic.namedAndOpensAsPdf(write("late.pdf", " %PDF-1.4\n"), "late.pdf")).isFalse();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    private static String tika(Path file) throws IOException {
        return TIKA.detect(file).toLowerCase(Locale.ROOT);
    }
}
