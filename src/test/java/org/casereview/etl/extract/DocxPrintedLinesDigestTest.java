package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b68, kind 4): a PDF converted to Word line for line, every printed line a paragraph. An item's run-on
 * line (a paragraph indented to the text of the typed bullet before it) was read as an item of its own, a word hyphenated
 * at the line's end stayed cut, and the printed page's running head, set after a page break between two items, was read
 * as an item. Names invented.
 */
class DocxPrintedLinesDigestTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String HEAD = "Ashvale Safeguarding Children Partnership | Case reviews, June 2033";

    @TempDir
    Path dir;

    private static String line(String text, int indent) {
        return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:ind w:left=\"" + indent + "\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static String bold(String text) {
        return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String bullet(String text) {
        return "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"360\"/></w:tabs><w:ind w:left=\"0\"/></w:pPr>"
                + "<w:r><w:t>\u2022</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    private static String pageBreak(int page) {
        return line("Page " + page + " of 3", 0) + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" + line(HEAD, 0);
    }

    @Test
    void runOnLinesJoinTheirItemAndRunningHeadsGo() throws Exception {
        Path file = write(bold("Case reviews published in June 2033")
                + line("This indented note follows no bullet and stays a paragraph.", 360)
                + bold("Child WX: Child safeguarding practice review")
                + line("Serious harm to a 7-year-old girl in 2032 who was hit by her", 0)
                + line("stepfather. Child WX is White British.", 0)
                + bold("Learning includes:")
                + bullet("her teacher saw bruises on her arms but did not tell the")
                + line("designated safeguarding lead", 360)
                + bullet("the stepfather's history was not checked with the police in another")
                + pageBreak(1)
                + line("county", 360)
                + bold("Recommendations include:")
                + bullet("train staff to record every injury they see and to talk to the desig-")
                + line("nated safeguarding lead the same day", 360)
                + bold("Child WY: Serious case review")
                + line("Neglect of a 4-year-old boy in 2031. Child WY is White British.", 0)
                + bold("Learning includes:")
                + bullet("his speech delay was not followed up")
                + pageBreak(2)
                + bullet("the family moved four times in a year"));

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain(HEAD).contains("\n\nThis indented note follows no bullet and stays a paragraph.\n\n");

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child WX: Child safeguarding practice review", "Child WY: Serious case review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "her teacher saw bruises on her arms but did not tell the designated safeguarding lead",
                "the stepfather's history was not checked with the police in another county");
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS)).first().isEqualTo(
                "train staff to record every injury they see and to talk to the designated safeguarding lead the same day");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly(
                "his speech delay was not followed up", "the family moved four times in a year");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    private Path write(String body) throws IOException {
        Path file = dir.resolve("printed-lines.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
