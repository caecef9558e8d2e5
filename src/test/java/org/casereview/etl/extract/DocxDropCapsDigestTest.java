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
 * Issue 9 (digests b66, kind 3): Word's drop caps (Insert > Drop Cap) move a paragraph's first letter into a framed
 * paragraph of its own ({@code w:framePr w:dropCap="drop"} or {@code "margin"}). Read apart, a summary lost its first
 * letter ('eath of ...', no outcome) and the lone capital was read onto the title above it. Names invented.
 */
class DocxDropCapsDigestTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private static String paragraph(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String dropCap(String kind, String letter) {
        return "<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap=\"" + kind + "\" w:lines=\"3\" w:wrap=\"around\" "
                + "w:vAnchor=\"text\" w:hAnchor=\"text\"/><w:spacing w:after=\"0\" w:line=\"827\" w:lineRule=\"exact\"/>"
                + "</w:pPr><w:r><w:rPr><w:position w:val=\"-9\"/><w:sz w:val=\"110\"/></w:rPr><w:t>" + letter
                + "</w:t></w:r></w:p>";
    }

    private static String review(String title, String kind, String summary, String item) {
        return paragraph("<w:r><w:rPr><w:b/></w:rPr><w:t>" + title + "</w:t></w:r>")
                + dropCap(kind, summary.substring(0, 1)) + paragraph(run(summary.substring(1)))
                + paragraph("<w:r><w:rPr><w:b/></w:rPr><w:t>Learning includes:</w:t></w:r>")
                + paragraph(run("\u2022 " + item));
    }

    @Test
    void aDropCapIsTheFirstLetterOfTheParagraphAfterIt() throws Exception {
        Path file = write(paragraph(run("Case reviews \u2013 March 2031"))
                + "<w:p><w:pPr><w:framePr w:w=\"2400\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"margin\"/></w:pPr>"
                + run("Published by Ashgrove") + "</w:p>"
                + paragraph(run("Two reviews were published this month."))
                + review("Child WS: Child safeguarding practice review", "drop",
                        "Death of a 2-year-old boy in 2030 who drowned in a garden pond.", "the pond was not fenced")
                + review("Child WT: Serious case review", "margin",
                        "Serious harm to a 9-year-old girl in 2029.", "her school absence was not followed up"));

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("Death of a 2-year-old", "Serious harm to a 9-year-old")
                .contains("Published by Ashgrove\n\nTwo reviews"); // a frame that is no drop cap stays a paragraph

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child WS: Child safeguarding practice review", "Child WT: Serious case review");
        assertThat(entries).extracting(DigestEntry::summary).containsExactly(
                "Death of a 2-year-old boy in 2030 who drowned in a garden pond.", "Serious harm to a 9-year-old girl in 2029.");
        assertThat(learning(entries.get(1))).containsExactly("her school absence was not followed up");
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }

    private Path write(String body) throws IOException {
        Path file = dir.resolve("dropcaps.docx");
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
