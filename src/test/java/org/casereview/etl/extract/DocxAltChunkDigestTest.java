package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b34, kind 1): a DOCX whose body is only {@code w:altChunk}s (as the html-docx-js package writes it:
 * Word imports the chunk's HTML when it opens the file) is read as the HTML its chunks hold: an MHT chunk through the
 * saved-web-page reader (its quoted-printable undone), an HTML chunk as HTML. Invented digests: their children and
 * places do not exist.
 */
class DocxAltChunkDigestTest {

    private static final String HTML = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Reviews – May 2023</title></head><body>
            <h1>Reviews – May 2023</h1><p>Two reviews were published this month.</p>
            <h2>Child QK: Local child safeguarding practice review</h2>
            <p>Neglect of an 8-year-old girl in 2022 who was often absent from school.</p>
            <p><strong>Learning includes:</strong></p><ul><li>seeing neglect over time</li><li>asking the child’s view</li></ul>
            <p><a href="https://library.example.org/child-qk.pdf">Read the review (PDF)</a></p>
            <h2>Baby RM: Rapid review</h2>
            <p>Death of a 3-month-old boy in 2022 while co-sleeping.</p>
            <p><strong>Recommendations include:</strong></p><ul><li>repeat safe sleep advice at every contact</li></ul>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void anMhtChunkIsReadAsTheHtmlPageItHolds() throws Exception {
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type=\"text/html\";\r\n"
                + "    boundary=\"----=mhtDocumentPart\"\r\n\r\n\r\n------=mhtDocumentPart\r\n"
                + "Content-Type: text/html;\r\n    charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: file:///C:/fake/document.html\r\n\r\n" + quotedPrintable(HTML)
                + "\r\n\r\n------=mhtDocumentPart--\r\n";
        ExtractedText text = extract(docx("/word/afchunk.mht", "mht", "message/rfc822", mht));

        assertThat(text.text()).contains("## Child QK: Local child safeguarding practice review")
                .contains("asking the child’s view").doesNotContain("=3D").doesNotContain("Content-Type");
        ParsedDigest digest = new DigestParser().parse(text.text());
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child QK", "Baby RM");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("seeing neglect over time", "asking the child’s view");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/child-qk.pdf");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("repeat safe sleep advice at every contact");
    }

    @Test
    void anHtmlChunkNamedRelativeToTheBodyIsReadAsHtml() throws Exception {
        ExtractedText text = extract(docx("chunk1.htm", "htm", "text/html", HTML));

        ParsedDigest digest = new DigestParser().parse(text.text());
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child QK", "Baby RM");
        assertThat(digest.entries().get(0).summary())
                .isEqualTo("Neglect of an 8-year-old girl in 2022 who was often absent from school.");
    }

    private ExtractedText extract(byte[] docx) throws Exception {
        Path file = dir.resolve("digest.docx");
        Files.write(file, docx);
        return new DocumentTextExtractor().extract(file);
    }

    /** A DOCX package as html-docx-js writes it: the body one altChunk, the chunk a part of its own. */
    private static byte[] docx(String target, String extension, String contentType, String chunk) throws IOException {
        String part = target.startsWith("/") ? target.substring(1) : "word/" + target;
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"" + extension + "\" ContentType=\"" + contentType + "\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document.main+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                + "/officeDocument\" Target=\"/word/document.xml\"/></Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
                + "<w:altChunk r:id=\"htmlChunk\"/><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>"
                + "</w:body></w:document>");
        parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk\""
                + " Target=\"" + target + "\" Id=\"htmlChunk\"/></Relationships>");
        parts.put(part, chunk);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Quoted-printable (RFC 2045) of UTF-8 text: '=' and non-ASCII bytes escaped, soft line breaks before 76 columns. */
    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (byte b : text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '\r' || c == '\n') {
                out.append((char) c);
                column = 0;
                continue;
            }
            String piece = c == '=' || c > 126 ? String.format("=%02X", c) : String.valueOf((char) c);
            if (column + piece.length() > 75) {
                out.append("=\r\n");
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }
}
