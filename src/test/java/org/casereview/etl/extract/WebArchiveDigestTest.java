package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page saved as a single file (MHTML, RFC 2557: {@code multipart/related}) is read as the HTML digest its root
 * part holds, in the charset its part header declares; the other parts (style sheets, images) are not text. Its
 * relative links resolve against the page's own address (Content-Location), a {@code cid:} link to the address of
 * the part it names. Invented pages: their children and places do not exist.
 */
class WebArchiveDigestTest {

    private static final String BOUNDARY = "----=_Part_Saved_7f3a";
    private static final String PAGE_ADDRESS = "https://learning.example.org/reviews/2019/";

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Reviews published in 2019</title></head><body>
            <ul id="nav"><li><a href="/about/">About us</a></li></ul>
            <div id="content">
            <h2>Reviews published in 2019</h2>
            <h3>2019 - Marlow Heath - Child MX</h3>
            <p>Neglect of a 6-year-old girl who was often late to school and had no packed lunch or café money.</p>
            <p><strong>Learning includes:</strong> seeing neglect over time; hearing the child.</p>
            <p><a href="reports/child-mx.pdf">Read the overview report</a></p>
            <h3>2019 - Tallis Vale - Baby NY</h3>
            <p>Death of a 5-week-old boy in 2018.</p>
            <p><strong>Learning includes:</strong> safe sleep advice at every visit.</p>
            <p><a href="cid:report-ny@archive.example">Read the overview report</a></p>
            </div></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void theRootHtmlPartIsReadInTheCharsetItsHeaderDeclares() throws Exception {
        ExtractedText text = extract("reviews-2019.mhtml", chromiumStyleArchive());
        assertThat(text.mediaType()).isEqualTo("multipart/related");
        assertThat(text.text()).contains("### 2019 - Marlow Heath - Child MX")
                .contains("no packed lunch or café money.")
                .doesNotContain("color: teal").doesNotContain("About us").doesNotContain("=3D");
    }

    @Test
    void eachReviewIsAnEntryAndItsLinksAreResolvedAsTheSavedPageHadThem() throws Exception {
        ParsedDigest digest = new DigestParser().parse(extract("reviews-2019.mhtml", chromiumStyleArchive()).text());
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child MX", "Baby NY");
        assertThat(digest.entries()).extracting(DigestEntry::linkTarget).containsExactly(
                PAGE_ADDRESS + "reports/child-mx.pdf", "https://library.example.org/records/ny-overview.pdf");
        assertThat(digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("seeing neglect over time", "hearing the child");
    }

    @Test
    void theStartParameterNamesTheRootAndABase64PartIsDecoded() throws Exception {
        String html = Base64.getMimeEncoder().encodeToString(PAGE.getBytes(StandardCharsets.UTF_8));
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\";"
                + " start=\"<page@archive.example>\"; boundary=\"" + BOUNDARY + "\"\r\n\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: text/css\r\nContent-Location: https://learning.example.org/site.css\r\n\r\n"
                + "h3 { color: teal }\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <page@archive.example>\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Location: " + PAGE_ADDRESS + "\r\n\r\n" + html + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        ExtractedText text = extract("reviews-2019.mht", archive.getBytes(StandardCharsets.US_ASCII));
        assertThat(text.text()).startsWith("## Reviews published in 2019\n\n### 2019 - Marlow Heath - Child MX")
                .contains("café money").doesNotContain("teal");
    }

    /**
     * A saved page's paragraphs are whole blocks, as a web page's are: a long paragraph without a full stop followed by
     * one in lower case (a notebook's action lines) is two items, not a paragraph broken by a page (b38's OneNote page).
     */
    @Test
    void theSavedPagesParagraphsAreWholeBlocks() throws Exception {
        String page = """
                <html><body><p style='font-size:14pt'>Child KX: Child safeguarding practice review</p>
                <p>Neglect of a 3-year-old boy in 2030 who was left alone in a flat for two days. Child KX is White British.</p>
                <p>Key learning</p>
                <ul><li>neighbours' calls were not linked</li></ul>
                <p>Actions for the partnership</p>
                <p>check every call about a child left alone against earlier calls to the same address</p>
                <p>share neighbours' concerns with the health visitor</p>
                </body></html>
                """;
        String archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"" + BOUNDARY
                + "\"\r\n\r\n--" + BOUNDARY + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: "
                + PAGE_ADDRESS + "\r\n\r\n" + page.replace("\n", "\r\n") + "\r\n--" + BOUNDARY + "--\r\n";
        ExtractedText text = extract("notebook.mht", archive.getBytes(StandardCharsets.UTF_8));
        assertThat(text.mediaType()).isEqualTo("multipart/related");
        assertThat(text.pageBreaks()).isFalse();
        DigestEntry entry = new DigestParser().parse(text.text(), text.pageBreaks()).entries().get(0);
        assertThat(entry.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text).containsExactly(
                "check every call about a child left alone against earlier calls to the same address",
                "share neighbours' concerns with the health visitor");
    }

    private ExtractedText extract(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new DocumentTextExtractor().extract(file);
    }

    /** As a browser saves it: the page first, quoted-printable in ISO-8859-1 (no meta charset), then its parts. */
    private static byte[] chromiumStyleArchive() {
        String archive = "From: <Saved by a browser>\r\nSnapshot-Content-Location: " + PAGE_ADDRESS + "\r\n"
                + "Subject: Reviews published in 2019\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + BOUNDARY + "\"\r\n\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: text/html; charset=iso-8859-1\r\nContent-ID: <frame-1@archive.example>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: " + PAGE_ADDRESS + "\r\n\r\n"
                + quotedPrintable(PAGE, StandardCharsets.ISO_8859_1) + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: https://learning.example.org/site.css\r\n\r\nh3 { color: teal }\r\n"
                + "--" + BOUNDARY + "\r\nContent-Type: application/pdf\r\nContent-ID: <report-ny@archive.example>\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Location: https://library.example.org/records/ny-overview.pdf\r\n\r\n"
                + Base64.getEncoder().encodeToString("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)) + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return archive.getBytes(StandardCharsets.US_ASCII);
    }

    /** Quoted-printable (RFC 2045): '=' and bytes outside printable ASCII escaped, soft line breaks before 76 columns. */
    private static String quotedPrintable(String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int column = 0;
        for (byte b : text.replace("\n", "\r\n").getBytes(charset)) {
            int c = b & 0xff;
            if (c == '\r' || c == '\n') {
                out.write(c);
                column = 0;
                continue;
            }
            String piece = c == '=' || c > 126 ? String.format("=%02X", c) : String.valueOf((char) c);
            if (column + piece.length() > 75) {
                out.writeBytes("=\r\n".getBytes(StandardCharsets.US_ASCII));
                column = 0;
            }
            out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
            column += piece.length();
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
