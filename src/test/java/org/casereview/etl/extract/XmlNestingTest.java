package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentLimits;
import org.junit.jupiter.api.Test;

/**
 * A .docx whose elements nest deeper than a part may is refused {@code too_large} before a parser recurses into it
 * (docs/HOSTILE-INPUTS.md, session 38: tables nested 2,000 deep overflowed POI's stack, an {@code internal_error}).
 */
class XmlNestingTest {

    @Test
    void startTagsOpenALevelAndEndTagsSelfClosingTagsCommentsAndDeclarationsDoNot() {
        XmlNesting nesting = new XmlNesting();
        byte[] xml = ("<?xml version=\"1.0\"?><!-- <a><b> --><w:document a=\"x>y\" b='/>'><w:body><w:p><w:br/><w:r>"
                + "<w:t>a &lt; b</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8);
        nesting.read(xml, xml.length);
        assertThat(nesting.deepest()).isEqualTo(5);
    }

    @Test
    void aDocxNestedPastTheLimitIsRefusedNamingThePartAndOneWithinItPasses() throws IOException {
        assertThatThrownBy(() -> ZipBombCheck.check(tables(XmlNesting.MAX_DEPTH / 3 + 1), "deep.docx", DocumentLimits.DEFAULTS))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo(
                            "deep.docx: refused before expanding it: word/document.xml nests its elements more than 1000 deep");
                });
        try {
            ZipBombCheck.check(tables(300), "within.docx", DocumentLimits.DEFAULTS);
        } catch (UnreadableDocumentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A document of tables nested {@code depth} deep: three levels (table, row, cell) each. */
    private static byte[] tables(int depth) throws IOException {
        String body = "<w:tbl><w:tr><w:tc>".repeat(depth) + "<w:p><w:r><w:t>Child K</w:t></w:r></w:p>"
                + "</w:tc></w:tr></w:tbl>".repeat(depth);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                    + "2006/main\"><w:body>" + body + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
