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
 * Issue 9 (digests b60, kind 3): a DOCX from a document-assembly system tags its content with Word custom XML markup
 * ({@code w:customXml} round the body, each review, its paragraphs and a run). Word shows the content as if the tags
 * were not there; Tika's reader skipped a block-level element with everything in it, so such a file had no text at all
 * and was rejected as empty. Names invented.
 */
class DocxCustomXmlDigestTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private static String custom(String element, String content) {
        return "<w:customXml w:uri=\"urn:example:reviews\" w:element=\"" + element + "\"><w:customXmlPr>"
                + "<w:attr w:name=\"id\" w:val=\"" + element + "-1\"/></w:customXmlPr>" + content + "</w:customXml>";
    }

    private static String paragraph(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    private static String review(String name, String type, String summary, String... items) {
        StringBuilder list = new StringBuilder();
        for (String item : items) {
            list.append(paragraph(run("\u2022 " + item)));
        }
        return custom("review", custom("title", paragraph(custom("childName", run(name)) + run(": " + type)))
                + custom("summary", paragraph(run(summary)))
                + paragraph(bold("Learning includes:"))
                + custom("learning", list.toString()));
    }

    @Test
    void reviewsInsideCustomXmlElementsAreReadAsWordShowsThem() throws Exception {
        Path file = write(custom("digest", paragraph(run("Case reviews \u2013 June 2031"))
                + review("Child WQ", "Child safeguarding practice review", "Neglect of a 5-year-old boy in 2030.",
                        "his absences from nursery were not followed up", "the home was not visited")
                + review("Baby WR", "Serious case review", "Death of a 3-month-old girl in 2029.",
                        "safer sleep advice was not repeated")));

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("Child WQ: Child safeguarding practice review").doesNotContain("review-1");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child WQ: Child safeguarding practice review", "Baby WR: Serious case review");
        assertThat(entries).extracting(DigestEntry::summary)
                .containsExactly("Neglect of a 5-year-old boy in 2030.", "Death of a 3-month-old girl in 2029.");
        assertThat(learning(entries.get(0)))
                .containsExactly("his absences from nursery were not followed up", "the home was not visited");
        assertThat(learning(entries.get(1))).containsExactly("safer sleep advice was not repeated");
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }

    private Path write(String body) throws IOException {
        Path file = dir.resolve("assembled.docx");
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
