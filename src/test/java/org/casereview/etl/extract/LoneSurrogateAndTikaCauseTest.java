package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 37 noticed (docs/HOSTILE-INPUTS.md): in a UTF-16 digest a high surrogate before a letter lost the letter
 * to one U+FFFD; and a damaged .docx was rejected with Tika's wrapper ("TIKA-198: Illegal IOException from
 * ...OOXMLParser@5808cf10") as the reason, not what is wrong in the file or where.
 */
class LoneSurrogateAndTikaCauseTest {

    @TempDir
    Path dir;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    @Test
    void aLoneSurrogateInUtf16TextBecomesOneReplacementAndTheCharacterAfterItStays() throws Exception {
        String text = "1. Child S\ud800; Child safeguarding practice review\nInjuries to Child \udfff\ud800T in 2019.\n"
                + "A pair stays: \ud83d\ude00.\n";
        for (boolean little : new boolean[] {true, false}) {
            Path file = dir.resolve((little ? "le" : "be") + "-2021-11.txt");
            Files.write(file, utf16(text, little));
            assertThat(extractor.extract(file).text()).as(little ? "LE" : "BE")
                    .contains("Child S\ufffd; Child safeguarding practice review")
                    .contains("Child \ufffd\ufffdT in 2019.")
                    .contains("A pair stays: \ud83d\ude00.");
        }
    }

    @Test
    void aDamagedDocxIsRejectedWithWhatIsWrongInItAndWhereNotTikasWrapper() throws IOException {
        Path file = dir.resolve("cut.docx");
        docx(file, "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>NSPCC Repository - Nov");
        assertThatThrownBy(() -> extractor.extract(file)).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.CORRUPT);
            assertThat(e.getMessage()).startsWith("cut.docx: the application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document file is damaged or cannot be parsed (XML document structures must start"
                    + " and end within the same entity. at line 1, column ")
                    .endsWith(" of its XML)")
                    .doesNotContain("TIKA-").doesNotContain("@").doesNotContain("Exception");
        });
    }

    @Test
    void aDocxDeclaringADoctypeIsRejectedSayingSo() throws IOException {
        Path file = dir.resolve("doctype.docx");
        docx(file, "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"b\">]><w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
        assertThatThrownBy(() -> extractor.extract(file)).isInstanceOfSatisfying(UnreadableDocumentException.class,
                e -> assertThat(e.getMessage()).contains("(DOCTYPE is disallowed").doesNotContain("TIKA-"));
    }

    private static byte[] utf16(String text, boolean little) {
        byte[] bytes = new byte[2 + 2 * text.length()];
        bytes[0] = (byte) (little ? 0xff : 0xfe);
        bytes[1] = (byte) (little ? 0xfe : 0xff);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[2 + 2 * i] = (byte) (little ? c : c >> 8);
            bytes[3 + 2 * i] = (byte) (little ? c >> 8 : c);
        }
        return bytes;
    }

    private static void docx(Path file, String document) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", document);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
