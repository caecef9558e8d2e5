package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9.6 (digests b15, kinds 2-3): a DOCX whose reviews sit in block content controls and carry tracked changes
 * reads as Word shows it with the changes accepted. Issue 9 (digests b19, kind 3): its comments are left out, as a
 * printed copy leaves them out.
 */
class DocxAcceptedTextTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private static String paragraph(String runs) {
        return "<w:p>" + runs + "</w:p>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    private static String deleted(String text) {
        return "<w:del w:id=\"1\" w:author=\"Editor\"><w:r><w:delText xml:space=\"preserve\">" + text
                + "</w:delText></w:r></w:del>";
    }

    private static String inserted(String text) {
        return "<w:ins w:id=\"2\" w:author=\"Editor\">" + run(text) + "</w:ins>";
    }

    private static String control(String tag, String... paragraphs) {
        return "<w:sdt><w:sdtPr><w:alias w:val=\"Review\"/><w:tag w:val=\"" + tag + "\"/></w:sdtPr><w:sdtContent>"
                + String.join("", paragraphs) + "</w:sdtContent></w:sdt>";
    }

    private Path write(String body) throws IOException {
        Path file = dir.resolve("digest.docx");
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

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void reviewsInContentControlsWithTrackedChangesReadAsAccepted() throws Exception {
        String deletedItem = "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"Editor\"/></w:rPr></w:pPr>"
                + deleted("\u2022 the school nurse was not told") + "</w:p>";
        Path file = write(paragraph(run("Case reviews \u2013 March 2031"))
                + control("review-1",
                        paragraph(run("Child QZ: Serious case review")),
                        paragraph(run("Neglect of a 6-year-old girl in 2030. Her mother misused alcohol ")
                                + deleted("and cannabis ") + run("at home.")),
                        paragraph(bold("Learning includes:")),
                        paragraph(run("\u2022 the voice of the child was not heard")),
                        deletedItem,
                        paragraph(run("\u2022 drift in planning about the ") + deleted("dangers") + inserted("risks")),
                        paragraph(run("Read the overview report")))
                + control("review-2",
                        paragraph(run("Child QY: Child safeguarding practice review")),
                        paragraph(run("Serious harm to a 9-year-old boy in 2029.")),
                        paragraph(bold("Learning includes:")),
                        paragraph(run("\u2022 his school did not share its concerns")),
                        paragraph(run("Read practice review (PDF)"))));

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("cannabis", "school nurse", "dangers").contains("**Learning includes:**");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child QZ: Serious case review", "Child QY: Child safeguarding practice review");
        assertThat(entries.get(0).summary()).contains("misused alcohol at home.");
        assertThat(learning(entries.get(0)))
                .containsExactly("the voice of the child was not heard", "drift in planning about the risks");
        assertThat(learning(entries.get(1))).containsExactly("his school did not share its concerns");
    }

    @Test
    void aDocxWithoutControlsOrDeletionsIsLeftAsItIs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument(); OutputStream stream = out) {
            doc.createParagraph().createRun().setText("Child Q: Serious case review");
            doc.write(stream);
        }
        byte[] docx = out.toByteArray();
        assertThat(DocxAcceptedText.of(docx)).isSameAs(docx);
        byte[] notAZip = "plain text".getBytes(StandardCharsets.UTF_8);
        assertThat(DocxAcceptedText.of(notAZip)).isSameAs(notAZip);
    }

    @Test
    void wordCommentsAreLeftOutOfTitlesSummariesAndItems() throws Exception {
        Path file = dir.resolve("commented.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream stream = Files.newOutputStream(file)) {
            XWPFComments comments = doc.createComments();
            doc.createParagraph().createRun().setText("Case reviews \u2013 March 2031");
            commented(doc.createParagraph(), comments, 0, "Child QZ: Serious case review", "Check the title first.");
            commented(doc.createParagraph(), comments, 1, "Neglect of a 6-year-old girl in 2030.",
                    "Can we shorten this summary?");
            XWPFRun label = doc.createParagraph().createRun();
            label.setBold(true);
            label.setText("Learning includes:");
            commented(doc.createParagraph(), comments, 2, "\u2022 the voice of the child was not heard",
                    "Is this wording agreed?");
            doc.createParagraph().createRun().setText("\u2022 drift in planning about the risks");
            doc.write(stream);
        }

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("Comment by", "Check the title", "shorten", "wording agreed");

        DigestEntry entry = new DigestParser().parse(text).entries().get(0);
        assertThat(entry.title()).isEqualTo("Child QZ: Serious case review");
        assertThat(entry.summary()).isEqualTo("Neglect of a 6-year-old girl in 2030.");
        assertThat(learning(entry)).containsExactly("the voice of the child was not heard",
                "drift in planning about the risks");
    }

    /** Issue 9 (digests b50, kind 6): hidden text (w:vanish), which Word neither shows nor prints, is not read. */
    @Test
    void hiddenRunsAndHiddenParagraphsAreLeftOut() throws Exception {
        Path file = dir.resolve("hidden.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream stream = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Case reviews \u2013 March 2031 (invented for testing)");
            doc.createParagraph().createRun().setText("Child QY: Serious case review");
            XWPFParagraph summary = doc.createParagraph();
            summary.createRun().setText("Neglect of a 6-year-old girl in 2030.");
            XWPFRun note = summary.createRun();
            note.setText(" [Editor: was it 2029?]");
            note.setVanish(true);
            XWPFRun label = doc.createParagraph().createRun();
            label.setBold(true);
            label.setText("Learning includes:");
            doc.createParagraph().createRun().setText("\u2022 the voice of the child was not heard");
            XWPFParagraph hidden = doc.createParagraph();
            hidden.getCTP().addNewPPr().addNewRPr().addNewVanish();
            XWPFRun hiddenItem = hidden.createRun();
            hiddenItem.setText("\u2022 an item taken out before publication");
            hiddenItem.setVanish(true);
            doc.createParagraph().createRun().setText("\u2022 drift in planning about the risks");
            doc.write(stream);
        }

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("Editor", "taken out");

        DigestEntry entry = new DigestParser().parse(text).entries().get(0);
        assertThat(entry.summary()).isEqualTo("Neglect of a 6-year-old girl in 2030.");
        assertThat(learning(entry)).containsExactly("the voice of the child was not heard",
                "drift in planning about the risks");
    }

    /** A paragraph of one run with a comment on the whole of it, anchored as Word anchors it. */
    /** A Word contents line: a link to the heading's bookmark, a dotted tab and a PAGEREF field showing its page. */
    private static String contentsLine(String title, String bookmark, int page, String fieldStart, String fieldEnd) {
        String field = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF "
                + bookmark + " \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(String.valueOf(page))
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        return "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9016\"/></w:tabs>"
                + "</w:pPr>" + fieldStart + "<w:hyperlink w:anchor=\"" + bookmark + "\">" + run(title) + "<w:r><w:tab/></w:r>" + field
                + "</w:hyperlink>" + fieldEnd + "</w:p>";
    }

    private static String heading(String title, String bookmark) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore/></w:pPr><w:bookmarkStart w:id=\"9\" w:name=\""
                + bookmark + "\"/>" + run(title) + "<w:bookmarkEnd w:id=\"9\"/></w:p>";
    }

    @Test
    void aWordContentsListOfTheReviewsIsNotReadAsEntries() throws Exception {
        String tocStart = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o "
                + "\"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        String tocEnd = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        Path file = write(paragraph(run("Case reviews \u2013 March 2031"))
                + paragraph(run("Two case reviews were published in March 2031."))
                + "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
                + "<w:sdtContent>" + paragraph(run("Contents"))
                + contentsLine("Child QS: Serious case review", "_Toc901", 2, tocStart, "")
                + contentsLine("Child QT: Child safeguarding practice review", "_Toc902", 3, "", tocEnd)
                + "</w:sdtContent></w:sdt>"
                + heading("Child QS: Serious case review", "_Toc901")
                + paragraph(run("Neglect of a 6-year-old girl in 2030. Her mother misused alcohol at home."))
                + paragraph(bold("Learning includes:"))
                + paragraph(run("\u2022 the voice of the child was not heard"))
                + heading("Child QT: Child safeguarding practice review", "_Toc902")
                + paragraph(run("Serious harm to a 9-year-old boy in 2029."))
                + paragraph(bold("Learning includes:"))
                + paragraph(run("\u2022 his school did not share its concerns")));

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("](#_Toc901)");
        ParsedDigest digest = new DigestParser().parse(text, false);

        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QS: Serious case review", "Child QT: Child safeguarding practice review");
        assertThat(learning(digest.entries().get(0))).containsExactly("the voice of the child was not heard");
        assertThat(learning(digest.entries().get(1))).containsExactly("his school did not share its concerns");
    }

    private static void commented(XWPFParagraph paragraph, XWPFComments comments, int id, String text, String note) {
        BigInteger commentId = BigInteger.valueOf(id);
        XWPFComment comment = comments.createComment(commentId);
        comment.setAuthor("Editor");
        comment.createParagraph().createRun().setText(note);
        paragraph.getCTP().addNewCommentRangeStart().setId(commentId);
        paragraph.createRun().setText(text);
        paragraph.getCTP().addNewCommentRangeEnd().setId(commentId);
        paragraph.getCTP().addNewR().addNewCommentReference().setId(commentId);
    }
}
