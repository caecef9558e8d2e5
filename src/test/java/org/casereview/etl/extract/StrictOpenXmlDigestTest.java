package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b54, kind 1): a digest Word saved as 'Strict Open XML Document (*.docx)' (ISO/IEC 29500 Strict). Its
 * package is a DOCX like any other, but every namespace and relationship type is the Strict one
 * ({@code http://purl.oclc.org/ooxml/...}), and POI, so Tika, refused it: the file was rejected as 'corrupt', which it
 * is not. It reads as the Transitional document it is the same as: title, headings, bold labels, list items, links.
 * Invented digest: its children, families and places do not exist.
 */
class StrictOpenXmlDigestTest {
    private static final String W = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String R = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    @TempDir
    Path dir;

    @Test
    void aStrictDocumentIsReadAsTheWordDocumentItIs() throws Exception {
        Path file = write("strict-digest-2031-03.docx", body(), true);

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text, false);

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child TQ", "Baby WM");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Neglect of a 6-year-old boy in 2030");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the school nurse\u2019s referral was closed without a visit",
                "nobody asked the boy what meals he had at home");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("visit the home before closing a neglect referral");
        assertThat(text).contains("[Read the review (PDF)](https://library.example.org/2031/child-tq.pdf)");
        assertThat(digest.entries().get(1).section(SectionType.LEARNING).orElseThrow().items()).hasSize(2);
    }

    @Test
    void aStrictDocumentThatStillCannotBeReadSaysWhatItIsNotThatItIsDamaged() throws Exception {
        // the main part is not well-formed XML: no reader gets text from it
        Path file = write("strict-broken-2031-03.docx", "<w:p><w:r><w:t>Child TQ</w:t></w:r>", true);

        assertThatThrownBy(() -> new DocumentTextExtractor().extract(file))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE))
                .hasMessageContaining("Strict Open XML")
                .hasMessageContaining("save it as 'Word Document (*.docx)'");
    }

    @Test
    void aTransitionalDocumentIsNotRewritten() throws Exception {
        byte[] transitional = Files.readAllBytes(write("transitional.docx", body(), false));
        assertThat(DocxAcceptedText.of(transitional)).isSameAs(transitional);
        assertThat(StrictOpenXml.isStrict(transitional)).isFalse();
    }

    private static String body() {
        return paragraph("Title", run("Case reviews published in March 2031"))
                + paragraph(null, run("Two case reviews were published in March 2031. Every child, family and place here is invented."))
                + paragraph("Heading2", run("Child TQ: Child safeguarding practice review"))
                + paragraph(null, run("Neglect of a 6-year-old boy in 2030 who was often hungry at school. His mother, aged 29, "
                        + "had depression. Child TQ is White British."))
                + paragraph(null, "<w:r><w:rPr><w:b/></w:rPr><w:t>Learning includes:</w:t></w:r>")
                + item("the school nurse\u2019s referral was closed without a visit")
                + item("nobody asked the boy what meals he had at home")
                + paragraph(null, "<w:r><w:rPr><w:b/></w:rPr><w:t>Recommendations include:</w:t></w:r>")
                + item("visit the home before closing a neglect referral")
                + paragraph(null, "<w:hyperlink r:id=\"rId9\">" + run("Read the review (PDF)") + "</w:hyperlink>")
                + paragraph("Heading2", run("Baby WM: Rapid review"))
                + paragraph(null, run("Serious injury to a 4-month-old girl in 2031 who had a skull fracture. Her father, aged 33, "
                        + "was arrested."))
                + paragraph(null, "<w:r><w:rPr><w:b/></w:rPr><w:t>Learning includes:</w:t></w:r>")
                + item("the father was not seen by any practitioner before the birth")
                + item("a missed health visit was not followed up")
                + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>";
    }

    private static String paragraph(String style, String runs) {
        String properties = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
        return "<w:p>" + properties + runs + "</w:p>";
    }

    private static String item(String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                + "<w:ind w:start=\"720\" w:hanging=\"360\"/></w:pPr>" + run(text) + "</w:p>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /** A Word package, Strict (as Word's Save As writes it) or, for comparison, with the Transitional names. */
    private Path write(String name, String body, boolean strict) throws IOException {
        Path file = dir.resolve(name);
        String w = strict ? W : "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String r = strict ? R : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        String conformance = strict ? " w:conformance=\"strict\"" : "";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/word/document.xml", "wordprocessingml.document.main+xml")
                    + override("/word/styles.xml", "wordprocessingml.styles+xml")
                    + override("/word/numbering.xml", "wordprocessingml.numbering+xml")
                    + override("/docProps/app.xml", "extended-properties+xml") + "</Types>");
            put(zip, "_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + r + "/officeDocument\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + r + (strict ? "/extendedProperties" : "/extended-properties")
                    + "\" Target=\"docProps/app.xml\"/></Relationships>");
            put(zip, "docProps/app.xml", XML + "<Properties xmlns=\"" + (strict
                    ? "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"
                    : "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
                    + "\"><Application>Microsoft Office Word</Application></Properties>");
            put(zip, "word/_rels/document.xml.rels", XML
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + r + "/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + r + "/numbering\" Target=\"numbering.xml\"/>"
                    + "<Relationship Id=\"rId9\" Type=\"" + r + "/hyperlink\" Target=\"https://library.example.org/2031/child-tq.pdf\""
                    + " TargetMode=\"External\"/></Relationships>");
            put(zip, "word/styles.xml", XML + "<w:styles xmlns:w=\"" + w + "\"" + conformance + ">"
                    + style("Title", "Title", null) + style("Heading2", "heading 2", "1")
                    + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/></w:style></w:styles>");
            put(zip, "word/numbering.xml", XML + "<w:numbering xmlns:w=\"" + w + "\"" + conformance + ">"
                    + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
                    + "<w:lvlText w:val=\"\u2022\"/></w:lvl></w:abstractNum>"
                    + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>");
            put(zip, "word/document.xml", XML + "<w:document xmlns:w=\"" + w + "\" xmlns:r=\"" + r + "\"" + conformance
                    + "><w:body>" + body + "</w:body></w:document>");
        }
        return file;
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type
                + "\"/>";
    }

    private static String style(String id, String name, String outlineLevel) {
        String level = outlineLevel == null ? "" : "<w:pPr><w:outlineLvl w:val=\"" + outlineLevel + "\"/></w:pPr>";
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>" + level + "</w:style>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
