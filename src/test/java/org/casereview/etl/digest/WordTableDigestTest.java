package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word digest laid out as a table, one row per review, its labels only in the header row: each row is an entry
 * with the cells' lists as items, as a tagged PDF's table is read ({@link DigestTable}).
 */
class WordTableDigestTest {

    @TempDir
    Path dir;

    @Test
    void eachRowUnderALabelledHeaderIsAnEntryWithItsCellListsAsItems() throws Exception {
        Path docx = write(List.of("Review", "Summary", "Learning", "Recommendations"),
                List.of(List.of("Child QA: Serious case review", "Death of a 4-year-old girl in 2019.",
                                "- the nursery's concerns were not shared\n- the home visit was missed",
                                "- share nursery concerns with health visitors"),
                        List.of("Baby QB: Child safeguarding practice review", "Serious harm to a baby boy in 2024.",
                                "- the father's history was not known\n- bruising was not queried\n- no strategy meeting",
                                "- check both parents' histories\n- query every bruise on a non-mobile baby")));

        ParsedDigest digest = UnseenDigests.parse(docx);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QA: Serious case review", "Baby QB: Child safeguarding practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.childName()).isEqualTo("Child QA");
        assertThat(UnseenDigests.items(first, SectionType.LEARNING))
                .containsExactly("the nursery's concerns were not shared", "the home visit was missed");
        assertThat(UnseenDigests.items(first, SectionType.RECOMMENDATIONS))
                .containsExactly("share nursery concerns with health visitors");
        DigestEntry second = digest.entries().get(1);
        assertThat(UnseenDigests.items(second, SectionType.LEARNING)).hasSize(3)
                .endsWith("no strategy meeting");
        assertThat(UnseenDigests.items(second, SectionType.RECOMMENDATIONS)).hasSize(2);
        assertThat(second.summary()).contains("Serious harm to a baby boy in 2024.");
    }

    @Test
    void aLinkColumnGivesTheReportLinkAndStaysOutOfTheSummary() throws Exception {
        Path docx = write(List.of("Review", "Summary", "Learning", "Link"),
                List.of(List.of("Child QA: Serious case review", "Death of a 4-year-old girl in 2019.",
                        "- the nursery's concerns were not shared\n- the home visit was missed",
                        "Read overview report (PDF)\nhttps://\nexample.org/media/\nqa.pdf")));

        DigestEntry entry = UnseenDigests.parse(docx).entries().get(0);

        assertThat(entry.summary()).isEqualTo("Death of a 4-year-old girl in 2019.");
        assertThat(entry.linkText()).isEqualTo("Read overview report (PDF)");
        assertThat(entry.linkTarget()).isEqualTo("https://example.org/media/qa.pdf");
        assertThat(UnseenDigests.items(entry, SectionType.LEARNING)).hasSize(2);
    }

    @Test
    void aTableWithoutLabelColumnsStaysAsItsCells() throws Exception {
        Path docx = write(List.of("Area", "Reviews"), List.of(List.of("Northshire", "4"), List.of("Eastmoor", "2")));

        String text = new DocumentTextExtractor().extract(docx).text();

        assertThat(text).isEqualTo("Reviews in 2025\n\nArea\n\nReviews\n\nNorthshire\n\n4\n\nEastmoor\n\n2");
    }

    /** A document with a heading and one table: a cell's "- " lines become a bulleted-looking paragraph each. */
    private Path write(List<String> header, List<List<String>> rows) throws Exception {
        Path docx = dir.resolve("digest.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            var heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Reviews in 2025");
            XWPFTable table = doc.createTable(rows.size() + 1, header.size());
            for (int c = 0; c < header.size(); c++) {
                fill(table.getRow(0).getCell(c), header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < header.size(); c++) {
                    fill(table.getRow(r + 1).getCell(c), rows.get(r).get(c));
                }
            }
            doc.write(out);
        }
        return docx;
    }

    private static void fill(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n");
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }
}
