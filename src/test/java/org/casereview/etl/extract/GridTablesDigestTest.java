package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain-text digest of grid tables ('+---+' rules, '|' framed cells wrapped over several lines), one review a table
 * (b38's kind 1) or one a row. Invented reviews: their children and places do not exist.
 */
class GridTablesDigestTest {

    private static final String ONE_REVIEW_A_TABLE = """
            Case reviews - March 2031
            =========================

            Two case reviews were published in March 2031.

            +-----------------+--------------------------------------------+
            | Review          | Child DZ: Child safeguarding practice      |
            |                 | review                                     |
            +=================+============================================+
            | Summary         | Neglect of a 6-year-old boy in 2030 who    |
            |                 | was often found alone at a bus station.    |
            |                 | Child DZ is White British.                 |
            +-----------------+--------------------------------------------+
            | Learning        | - the bus company's reports were not       |
            |                 |   passed to children's services            |
            |                 | - the school did not ask why he was late   |
            +-----------------+--------------------------------------------+
            | Recommendations | - agree one route for reports from         |
            |                 |   transport staff                          |
            +-----------------+--------------------------------------------+
            | Full report     | Read practice review (PDF)                 |
            |                 | <https://example.org/reviews/dz.pdf>       |
            +-----------------+--------------------------------------------+

            +-----------------+--------------------------------------------+
            | Review          | Baby EZ: Serious case review               |
            +=================+============================================+
            | Summary         | Death of a 2-month-old girl in 2029.       |
            +-----------------+--------------------------------------------+
            | Learning        | - the father's drinking was not asked      |
            |                 |   about                                    |
            +-----------------+--------------------------------------------+
            | Good            | - the health visitor's early referral      |
            | practice        |                                            |
            +-----------------+--------------------------------------------+
            """;

    @TempDir
    Path dir;

    private List<DigestEntry> entries(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        ExtractedText extracted = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(extracted.text(), extracted.pageBreaks()).entries();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void eachTableIsAnEntryTitledByItsFirstRow() throws Exception {
        List<DigestEntry> found = entries("reviews-2031-03.txt", ONE_REVIEW_A_TABLE);
        assertThat(found).extracting(DigestEntry::title).containsExactly(
                "Child DZ: Child safeguarding practice review", "Baby EZ: Serious case review");
        DigestEntry first = found.get(0);
        assertThat(first.summary()).isEqualTo(
                "Neglect of a 6-year-old boy in 2030 who was often found alone at a bus station. Child DZ is White British.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "the bus company's reports were not passed to children's services", "the school did not ask why he was late");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly("agree one route for reports from transport staff");
        assertThat(first.linkTarget()).isEqualTo("https://example.org/reviews/dz.pdf");
        assertThat(items(found.get(1), SectionType.LEARNING)).containsExactly("the father's drinking was not asked about");
        assertThat(items(found.get(1), SectionType.GOOD_PRACTICE)).containsExactly("the health visitor's early referral");
    }

    @Test
    void aTableWithOneReviewARowUnderLabelledColumns() throws Exception {
        String text = """
                Case reviews - April 2031

                +-----------------------+--------------------------+---------------------------+
                | Review                | Summary                  | Learning                  |
                +=======================+==========================+===========================+
                | Child FZ: Child       | Neglect of a 9-year-old  | - hunger at school was    |
                | safeguarding practice | girl in 2030.            |   not reported            |
                | review                |                          |                           |
                +-----------------------+--------------------------+---------------------------+
                | Child GZ: Serious     | Physical abuse of a      | - bruises were explained  |
                | case review           | 4-year-old boy in 2028.  |   away                    |
                +-----------------------+--------------------------+---------------------------+
                """;
        List<DigestEntry> found = entries("reviews-2031-04.txt", text);
        assertThat(found).extracting(DigestEntry::title).containsExactly(
                "Child FZ: Child safeguarding practice review", "Child GZ: Serious case review");
        assertThat(items(found.get(1), SectionType.LEARNING)).containsExactly("bruises were explained away");
    }

    @Test
    void aRuleWithoutFramedRowsStaysAsWritten() {
        String text = "Contents\n+----------+\nnot a table | here\n+----------+\n";
        assertThat(GridTables.read(text)).isEqualTo(text);
    }

    @Test
    void rowsFramedOffTheRulesEdgesAreNoTable() {
        String text = "+------+------+\n| a  |   b    |\n+------+------+\n";
        assertThat(GridTables.read(text)).isEqualTo(text);
    }

    @Test
    void anyOtherTableIsItsCellsText() {
        String text = "+--------+--------------+\n| Area   | Northfold    |\n|        | and Easton   |\n+--------+--------------+\n";
        assertThat(GridTables.read(text).strip()).isEqualTo("Area\n\nNorthfold and Easton");
    }
}
