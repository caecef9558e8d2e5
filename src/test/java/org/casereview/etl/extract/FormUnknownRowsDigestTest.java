package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
 * A Word form, one two-column table per review, with rows whose names the grammar has no word for ('Contact', 'Lead
 * reviewer') beside its labelled rows (left in session 28). The form is still read as its rows say; a row of an
 * unknown name is no list's point and no summary. Written with POI; every child, family, person and place is invented.
 */
class FormUnknownRowsDigestTest {

    @TempDir
    Path dir;

    @Test
    void rowsOfUnknownNamesAreNoPointsOfTheListAbove() throws Exception {
        ParsedDigest digest = parse();

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child EF: Child safeguarding practice review", "Child GH: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo(
                "Sexual abuse of a 13-year-old girl in 2029 by an adult she met online. Child EF is White British.");
        assertThat(texts(first, SectionType.LEARNING)).containsExactly(
                "the school did not share its concerns about her phone use", "her going missing was not linked to the abuse");
        assertThat(texts(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "train designated leads in online grooming", "hold a return interview after every missing episode");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/form-ef.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(texts(second, SectionType.LEARNING)).containsExactly("the father's drinking was not asked about");
        assertThat(texts(second, SectionType.RECOMMENDATIONS)).containsExactly(
                "ask about the drinking of every adult in the home");
        assertThat(second.linkTarget()).isEqualTo("https://library.example.org/form-gh.pdf");
    }

    private ParsedDigest parse() throws Exception {
        Path file = dir.resolve("partnership-form-2030-09.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Reviews received: September 2030");
            doc.createParagraph().createRun().setText(
                    "Two reviews were received in September 2030. Every child, family and place here is invented.");
            review(doc, "Child EF: Child safeguarding practice review",
                    "Sexual abuse of a 13-year-old girl in 2029 by an adult she met online. Child EF is White British.",
                    List.of("the school did not share its concerns about her phone use",
                            "her going missing was not linked to the abuse"),
                    List.of("train designated leads in online grooming",
                            "hold a return interview after every missing episode"), "ef");
            review(doc, "Child GH: Serious case review",
                    "Neglect of a 6-year-old boy in 2028 whose father drank heavily. Child GH is White Irish.",
                    List.of("the father's drinking was not asked about"),
                    List.of("ask about the drinking of every adult in the home"), "gh");
            doc.write(out);
        }
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    private static void review(XWPFDocument doc, String title, String summary, List<String> learning,
                               List<String> recommendations, String key) {
        XWPFTable table = doc.createTable(1, 2);
        row(table.getRow(0), "Review", List.of(title));
        row(table.createRow(), "Lead reviewer", List.of("Dr Ann Example, independent reviewer"));
        row(table.createRow(), "Summary", List.of(summary));
        row(table.createRow(), "Learning", learning);
        row(table.createRow(), "Recommendations", recommendations);
        row(table.createRow(), "Contact", List.of("Northfold Safeguarding Children Partnership business unit, "
                + "telephone 01632 960123"));
        row(table.createRow(), "Published as", List.of("https://library.example.org/form-" + key + ".pdf"));
        doc.createParagraph();
    }

    private static void row(XWPFTableRow row, String name, List<String> paragraphs) {
        XWPFTableCell nameCell = row.getCell(0);
        nameCell.getParagraphs().get(0).createRun().setText(name);
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
