package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b46, kind 3 left): a Word form, one two-column table per review, the row names in a shaded first
 * column (Review, Summary, Learning, Good practice, Recommendations, Published as), each list's points as paragraphs
 * of their own in the second, a cell saying 'None identified.', the report's address in a row the grammar has no
 * word for. With three reviews the repeated row names went as running heads; with two, 'Published as' (and 'None
 * identified.') became points of the list above it. Now the form's table is read as its rows say (a title row over
 * labelled rows), and a row whose cell is only a link is the link row whatever its name. Written with POI; the
 * children and places are invented.
 */
class DocxFormTableDigestTest {

    @TempDir
    Path dir;

    @Test
    void aFormsRowNamesAreNoItemsAndNoneIdentifiedHasNone() throws Exception {
        ParsedDigest digest = parse(false, false);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child AB: Child safeguarding practice review", "Child CD: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(texts(first, SectionType.LEARNING)).containsExactly(
                "health visits stopped when the family moved", "the school did not follow up absences");
        assertThat(texts(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "share records when a family moves area", "check absences within a day");
        assertThat(texts(first, SectionType.GOOD_PRACTICE)).isEmpty();
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/form-ab.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(texts(second, SectionType.RECOMMENDATIONS)).containsExactly("include fathers in assessments");
        assertThat(texts(second, SectionType.GOOD_PRACTICE)).containsExactly(
                "the midwife who reported the first bruise the same day");
        assertThat(second.linkTarget()).isEqualTo("https://library.example.org/form-cd.pdf");
    }

    @Test
    void theNextRowsNameIsNoItemWhateverTheRowOrderOrBold() throws Exception {
        ParsedDigest digest = parse(true, true);

        DigestEntry first = digest.entries().get(0);
        assertThat(texts(first, SectionType.GOOD_PRACTICE)).isEmpty();
        assertThat(texts(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "share records when a family moves area", "check absences within a day");
        DigestEntry second = digest.entries().get(1);
        assertThat(texts(second, SectionType.GOOD_PRACTICE)).containsExactly(
                "the midwife who reported the first bruise the same day");
        assertThat(texts(second, SectionType.RECOMMENDATIONS)).containsExactly("include fathers in assessments");
        assertThat(second.linkTarget()).isEqualTo("https://library.example.org/form-cd.pdf");
    }

    private ParsedDigest parse(boolean boldNames, boolean goodPracticeFirst) throws Exception {
        Path file = dir.resolve("form-2030-05.docx");
        try (XWPFDocument doc = form(boldNames, goodPracticeFirst); OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    private static XWPFDocument form(boolean bold, boolean goodPracticeFirst) {
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("Case review summaries: May 2030");
        doc.createParagraph().createRun().setText(
                "Two case reviews were published in May 2030. Every child, family and place here is invented.");
        review(doc, bold, goodPracticeFirst, "Child AB: Child safeguarding practice review",
                "Neglect of a 4-year-old boy in 2029 who was found alone at home. Child AB is White British.",
                List.of("health visits stopped when the family moved", "the school did not follow up absences"),
                List.of("share records when a family moves area", "check absences within a day"),
                List.of("None identified."), "ab");
        review(doc, bold, goodPracticeFirst, "Child CD: Serious case review",
                "Death of a 2-month-old girl in 2028 after she was shaken. Child CD is Black British.",
                List.of("the father was not seen by any service", "bruising was not checked"),
                List.of("include fathers in assessments"),
                List.of("the midwife who reported the first bruise the same day"), "cd");
        return doc;
    }

    private static void review(XWPFDocument doc, boolean bold, boolean goodPracticeFirst, String title, String summary,
                               List<String> learning, List<String> recommendations, List<String> goodPractice,
                               String key) {
        XWPFTable table = doc.createTable(1, 2);
        row(table.getRow(0), "Review", List.of(title), bold);
        row(table.createRow(), "Summary", List.of(summary), bold);
        row(table.createRow(), "Learning", learning, bold);
        row(table.createRow(), goodPracticeFirst ? "Good practice" : "Recommendations",
                goodPracticeFirst ? goodPractice : recommendations, bold);
        row(table.createRow(), goodPracticeFirst ? "Recommendations" : "Good practice",
                goodPracticeFirst ? recommendations : goodPractice, bold);
        row(table.createRow(), "Published as", List.of("https://library.example.org/form-" + key + ".pdf"), bold);
        doc.createParagraph();
    }

    private static void row(XWPFTableRow row, String name, List<String> paragraphs, boolean bold) {
        XWPFTableCell nameCell = row.getCell(0);
        nameCell.setColor("D9D9D9");
        XWPFRun run = nameCell.getParagraphs().get(0).createRun();
        run.setText(name);
        run.setBold(bold);
        XWPFTableCell cell = row.getCell(1);
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.createRun().setText(paragraphs.get(i));
        }
    }

    private static List<String> texts(DigestEntry entry, SectionType type) {
        return entry.section(type).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
