package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
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
 * Session 40 (digests b74): older digests kept as RTF and OpenDocument text are read through Tika as the same light
 * markdown as a DOCX. On main they were refused {@code unsupported_type}; once read, AbiWord's RTF printed its link
 * fields' instructions and lost their words, and ODF's list items (paragraphs inside items) lost their marks. The files
 * are written here in the shapes AbiWord and LibreOffice / pandoc write them (no word processor is needed to run the test).
 * Invented digest: its children, families and places do not exist.
 */
class OfficeDocumentDigestTest {

    private static final String ODF_BODY = "<office:body><office:text>"
            + "<text:h text:outline-level=\"1\">Case reviews published in May 2036</text:h>"
            + "<text:p>Every child, family and place here is invented for testing.</text:p>"
            + "<text:section text:name=\"review1\">"
            + "<text:h text:outline-level=\"2\">Child EU: Child safeguarding practice review</text:h>"
            + "<text:p>Serious harm to a 4-year-old boy in 2035 who swallowed his grandmother's tablets. Child EU is White British.</text:p>"
            + "<text:p><text:span text:style-name=\"Strong\">Learning includes:</text:span></text:p>"
            + "<text:list><text:list-item><text:p>carers were not told how to store medicines</text:p></text:list-item>"
            + "<text:list-item><text:p>the assessment did not look at the carer's health</text:p></text:list-item></text:list>"
            + "<text:p><text:span text:style-name=\"Strong\">Recommendations include:</text:span></text:p>"
            + "<text:list><text:list-item><text:p>give every carer advice on storing medicines</text:p></text:list-item></text:list>"
            + "<text:p><text:a xlink:type=\"simple\" xlink:href=\"https://library.example.org/2036/child-eu.pdf\">Read practice review (PDF)</text:a></text:p>"
            + "</text:section></office:text></office:body>";
    private static final String ODF_NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\"";
    private static final String STYLES = "<office:styles><style:style style:name=\"Strong\" style:family=\"text\">"
            + "<style:text-properties fo:font-weight=\"bold\"/></style:style></office:styles>";

    /** AbiWord's shape: each paragraph a \pard group, list items with \ls overrides, a link field's instruction in a group of its own. */
    private static final String RTF = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}\n"
            + "{\\info{\\title Invented for testing}}\n"
            + "\\pard\\plain\\ltrpar\\ql\\s1\\itap0{\\s1\\f0\\fs32\\b\\lang1024{\\*\\listtag0}Case reviews published in May 2036}{\\s1\\f0\\fs32\\b\\lang1024{\\*\\listtag0}\\par}\n"
            + "\\pard\\plain\\ltrpar\\ql\\itap0{\\f1\\fs24 Every child, family and place here is invented for testing.}{\\f1\\fs24\\par}\n"
            + "\\pard\\plain\\ltrpar\\ql\\s2\\itap0{\\s2\\f0\\fs28\\b\\lang1024{\\*\\listtag0}Child FU: Child safeguarding practice review}{\\s2\\f0\\fs28\\b\\lang1024{\\*\\listtag0}\\par}\n"
            + "\\pard\\plain\\ltrpar\\ql\\itap0{\\f1\\fs24 Death of a 2-year-old boy in 2035 who drowned in a garden pond. Child FU is White British.}{\\f1\\fs24\\par}\n"
            + "\\pard\\plain\\ltrpar\\ql\\itap0{\\f1\\fs24\\b Key learning includes:}{\\f1\\fs24\\b\\par}\n"
            + "\\pard\\plain\\ltrpar\\ql\\fi-431\\li720\\ls1\\ilvl0\\itap0{\\f1\\fs24 the family's move to a house with a pond was not recorded}{\\f1\\fs24\\par}\n"
            + "\\pard\\plain\\ltrpar\\ql\\fi-431\\li720\\ls1\\ilvl0\\itap0{\\f1\\fs24 the mother's drug use was not shared}{\\f1\\fs24\\par}\n"
            + "\\pard\\plain\\ltrpar\\ql\\itap0{\\field{\\*\\fldinst {\\f1\\fs24\\lang1024{\\*\\listtag0} HYPERLINK \"https://library.example.org/2036/child-fu.pdf\"}}"
            + "{\\*\\fldrslt{\\f1\\fs24\\lang1024{\\*\\listtag0}Read practice review (PDF)}}}{\\f1\\fs24\\par}\n}";

    @TempDir
    Path dir;

    @Test
    void aFlatOdfDigestReadsItsSectionsHeadingsListItemsAndLinks() throws Exception {
        Path file = dir.resolve("reviews-may.fodt");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document " + ODF_NS
                + " office:mimetype=\"application/vnd.oasis.opendocument.text\">" + STYLES + ODF_BODY + "</office:document>");
        DigestEntry entry = onlyEntry(file, "Child EU");
        assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "carers were not told how to store medicines", "the assessment did not look at the carer's health");
        assertThat(entry.linkTarget()).isEqualTo("https://library.example.org/2036/child-eu.pdf");
    }

    @Test
    void aZippedOdtDigestIsReadAsItsFlatFileIs() throws Exception {
        Path file = dir.resolve("reviews-may.odt");
        Files.write(file, odt("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + ODF_NS + ">"
                + ODF_BODY + "</office:document-content>"));
        DigestEntry entry = onlyEntry(file, "Child EU");
        assertThat(entry.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("give every carer advice on storing medicines");
    }

    @Test
    void anAbiWordRtfDigestReadsItsLinkFieldAndItsListItems() throws Exception {
        Path file = dir.resolve("reviews-may.rtf");
        Files.writeString(file, RTF, StandardCharsets.US_ASCII);
        var extracted = new DocumentTextExtractor().extract(file);
        assertThat(extracted.text()).doesNotContain("HYPERLINK", "****")
                .contains("[Read practice review (PDF)](https://library.example.org/2036/child-fu.pdf)");
        DigestEntry entry = onlyEntry(file, "Child FU");
        assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the family's move to a house with a pond was not recorded", "the mother's drug use was not shared");
    }

    @Test
    void rtfGroupsNestedPastTheLimitAreRefusedBeforeTikaReadsThem() throws Exception {
        Path file = dir.resolve("deep.rtf");
        int depth = OfficeDocumentFormats.MAX_RTF_DEPTH + 1;
        Files.writeString(file, "{\\rtf1\\ansi " + "{".repeat(depth) + "deep" + "}".repeat(depth) + "}", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new DocumentTextExtractor().extract(file)).isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason()).isEqualTo(RejectReason.TOO_LARGE))
                .hasMessageContaining("nest more than");
        // an escaped brace opens no group, nor does a brace among a \\bin run's bytes; one after the run does
        assertThat(OfficeDocumentFormats.rtfGroupDepth("{\\rtf1 a \\{ b \\{ c}".getBytes(StandardCharsets.US_ASCII))).isEqualTo(1);
        assertThat(OfficeDocumentFormats.rtfGroupDepth("{\\rtf1 {\\bin3 {{{}{}}".getBytes(StandardCharsets.US_ASCII))).isEqualTo(2);
        assertThat(OfficeDocumentFormats.rtfGroupDepth("{\\rtf1 {\\bin99 {{{".getBytes(StandardCharsets.US_ASCII))).isEqualTo(2);
    }

    /**
     * Session 40, second round (hostile-fix): a DOCTYPE whose entities expand ten times each, nine deep (a billion
     * "lol"s), in an ODF package. The JDK's parser stops it after 20 expansions; first contact: rejected {@code corrupt}
     * "damaged or cannot be parsed (JAXP00010001 ...)", now told as the limit it is.
     */
    @Test
    void anOdtWhoseDoctypeMultipliesItsTextIsRefusedAsTooLarge() throws Exception {
        Path file = dir.resolve("laughs.odt");
        Files.write(file, odt("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + laughs("office:document-content")
                + "<office:document-content " + ODF_NS + ">" + ODF_BODY.replace("invented for testing.", "invented for testing. &lol9;")
                + "</office:document-content>"));
        assertThatThrownBy(() -> new DocumentTextExtractor().extract(file)).isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason()).isEqualTo(RejectReason.TOO_LARGE))
                .hasMessage("laughs.odt: the application/vnd.oasis.opendocument.text file is refused: its XML declares"
                        + " entities that expand into more than 20 others (a DOCTYPE that multiplies its text), more than"
                        + " the reader allows");
    }

    /** Session 40, second round: a megabyte picture as \bin bytes and as hex is skipped; the entry around it is read. */
    @Test
    void anRtfWithMegabytePictureRunsIsReadAroundThem() throws Exception {
        Path file = dir.resolve("pictures.rtf");
        ByteArrayOutputStream rtf = new ByteArrayOutputStream();
        int megabyte = 1024 * 1024;
        String beforeLink = "\\pard\\plain\\ltrpar\\ql\\itap0{\\field";
        rtf.writeBytes(RTF.substring(0, RTF.indexOf(beforeLink)).getBytes(StandardCharsets.US_ASCII));
        rtf.writeBytes(("{\\pict\\pngblip\\picw10\\pich10\\bin" + megabyte + " ").getBytes(StandardCharsets.US_ASCII));
        // a picture's bytes may hold braces: first contact, these 1,001 were counted as groups and the file refused
        byte[] binary = new byte[megabyte];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = i <= OfficeDocumentFormats.MAX_RTF_DEPTH ? (byte) '{' : (byte) (i * 31 + 7);
        }
        rtf.writeBytes(binary);
        rtf.writeBytes(("}{\\pict\\pngblip\\picw10\\pich10 " + "ab".repeat(megabyte) + "}\n").getBytes(StandardCharsets.US_ASCII));
        rtf.writeBytes(RTF.substring(RTF.indexOf(beforeLink)).getBytes(StandardCharsets.US_ASCII));
        Files.write(file, rtf.toByteArray());
        DigestEntry entry = onlyEntry(file, "Child FU");
        assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the family's move to a house with a pond was not recorded", "the mother's drug use was not shared");
        assertThat(entry.linkTarget()).isEqualTo("https://library.example.org/2036/child-fu.pdf");
    }

    /** Entities "lol1" to "lol9", each ten of the one before: "&lol9;" is a billion "lol"s. */
    static String laughs(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int n = 1; n <= 9; n++) {
            dtd.append("<!ENTITY lol").append(n).append(" \"").append(("&lol" + (n - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>\n").toString();
    }

    private static DigestEntry onlyEntry(Path file, String child) throws Exception {
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly(child);
        return digest.entries().get(0);
    }

    /** An ODF package as Writer and pandoc write it: the mimetype first and stored, then the content. */
    private static byte[] odt(String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
