package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.digest.UnseenDigests.items;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Items that are blocks of their own (an HTML {@code <dd>} each, a Word paragraph whose bullet comes from its style):
 * a long item that ends without a full stop and an item after it in lower case stay two items, as HTML and Word have
 * no page break that could split a paragraph. In plain text the same blank line may be a page break and is joined.
 */
class WholeBlockItemsTest {

    private static final String FIRST_LEARNING = "the youth offending team did not know that the boy had been excluded";
    private static final String SECOND_LEARNING = "his grandmother's calls to the school were not returned";
    private static final String FIRST_RECOMMENDATION = "tell the youth offending team of every exclusion within two working days";
    private static final String SECOND_RECOMMENDATION = "return a carer's call about a child at risk on the same day";

    @Test
    void eachDefinitionOfAnHtmlListIsAnItem(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("digest-2025-04.html");
        Files.writeString(html, """
                <!DOCTYPE html><html><head><title>Case reviews</title></head><body><main>
                <h1>Case reviews published in April 2025</h1>
                <p>Two reviews published in April 2025, invented for testing.</p>
                <details open><summary>Child QA: Serious case review</summary>
                <p>Serious harm to a 15-year-old boy in 2019 who was assaulted after being drawn into county lines.
                Child QA is White British.</p>
                <dl><dt>Learning includes</dt><dd>%s</dd><dd>%s</dd>
                <dt>Recommendations include</dt><dd>%s</dd><dd>%s</dd></dl>
                <p><a href="https://example.org/qa.pdf">Read overview report (PDF)</a></p>
                </details>
                <details><summary>Child QB: Child safeguarding practice review</summary>
                <p>Neglect of a 3-year-old girl in 2023 whose mother misused alcohol. Child QB is White British.</p>
                <dl><dt>Learning includes</dt><dd>the nursery's concerns were not shared</dd></dl>
                </details></main></body></html>
                """.formatted(FIRST_LEARNING, SECOND_LEARNING, FIRST_RECOMMENDATION, SECOND_RECOMMENDATION),
                StandardCharsets.UTF_8);

        ParsedDigest digest = UnseenDigests.parse(html);

        assertThat(digest.entries()).hasSize(2);
        assertTwoItemsEach(digest.entries().get(0));
    }

    @Test
    void eachParagraphInAWordListStyleIsAnItem(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("digest-2025-12.docx");
        writeWordDigest(docx);

        ParsedDigest digest = UnseenDigests.parse(docx);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child QA: Serious case review");
        assertTwoItemsEach(digest.entries().get(0));
    }

    @Test
    void inPlainTextABlankLineInsideAnItemIsAPageBreakAndJoined() {
        String text = """
                Case reviews published in April 2025

                Child QA: Serious case review

                Serious harm to a 15-year-old boy in 2019 who was assaulted after being drawn into county lines.

                Learning includes:

                the youth offending team did not know that the boy had been excluded from

                his school in the spring term

                Recommendations include:

                - tell the youth offending team of every exclusion
                """;

        DigestEntry entry = new DigestParser().parse(text, true).entries().get(0);

        assertThat(items(entry, SectionType.LEARNING)).containsExactly(
                "the youth offending team did not know that the boy had been excluded from his school in the spring term");
    }

    private static void assertTwoItemsEach(DigestEntry entry) {
        assertThat(items(entry, SectionType.LEARNING)).containsExactly(FIRST_LEARNING, SECOND_LEARNING);
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly(FIRST_RECOMMENDATION, SECOND_RECOMMENDATION);
    }

    /** Labels in a style based on Heading 3; items in a 'List Bullet' style whose bullet numbering is the style's. */
    private static void writeWordDigest(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            BigInteger bullets = bulletNumbering(doc);
            style(doc, "Heading2", "heading 2", null, null);
            style(doc, "Heading3", "heading 3", null, null);
            style(doc, "ReviewTitle", "Review Title", "Heading2", null);
            style(doc, "Label", "Label", "Heading3", null);
            style(doc, "ListBullet", "List Bullet", null, bullets);
            paragraph(doc, null, "Case reviews published in December 2025");
            paragraph(doc, null, "One review published in December 2025, invented for testing.");
            paragraph(doc, "ReviewTitle", "Child QA: Serious case review");
            paragraph(doc, null, "Serious harm to a 15-year-old boy in 2019 who was assaulted after being drawn into "
                    + "county lines. Child QA is White British.");
            paragraph(doc, "Label", "Learning includes");
            paragraph(doc, "ListBullet", FIRST_LEARNING);
            paragraph(doc, "ListBullet", SECOND_LEARNING);
            paragraph(doc, "Label", "Recommendations include");
            paragraph(doc, "ListBullet", FIRST_RECOMMENDATION);
            paragraph(doc, "ListBullet", SECOND_RECOMMENDATION);
            doc.write(out);
        }
    }

    private static BigInteger bulletNumbering(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\uF0B7");
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
    }

    private static void style(XWPFDocument doc, String id, String name, String basedOn, BigInteger numId) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (numId != null) {
            style.addNewPPr().addNewNumPr().addNewNumId().setVal(numId);
        }
        doc.createStyles().addStyle(new XWPFStyle(style));
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }
}
