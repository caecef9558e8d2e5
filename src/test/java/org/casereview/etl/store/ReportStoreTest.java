package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.store.TestDatabase.count;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportExtract;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class ReportStoreTest {

    static final ReportMetadata METADATA = new ReportMetadata("Child Safeguarding Practice Review: Child T", "Child T",
            "Child Safeguarding Practice Review", "Northcliffe", "Northcliffe Safeguarding Children Partnership", 2024,
            "A. Reviewer", 24);
    static final ReportDocument REPORT = new ReportDocument("child-t.pdf", METADATA, List.of(
            new Section(SectionType.SUMMARY, 1, "1. Summary", "What happened.", 2, 3, List.of()),
            new Section(SectionType.FINDINGS, 2, "5. Findings", "What we found.", 10, 18, List.of())), List.of());
    static final List<ItemRow> ITEMS = List.of(new ItemRow(SectionType.RECOMMENDATIONS, 1, "Train staff", 20),
            new ItemRow(SectionType.LEARNING, 2, "Second point", 12), new ItemRow(SectionType.LEARNING, 1, "First point", 11),
            new ItemRow(SectionType.GOOD_PRACTICE, 1, "Good work", 15));

    @TempDir
    Path dir;
    NamedParameterJdbcTemplate jdbc;
    ReportStore store;

    @BeforeEach
    void openDatabase() {
        jdbc = TestDatabase.in(dir);
        store = new ReportStore(jdbc);
    }

    @Test
    void anExtractionIsReadBackWithItsMetadataSectionsAndItemsInOrder() {
        store.saveExtracted("sha-t", REPORT, ITEMS);
        assertThat(store.find("sha-t")).contains(new ReportExtract("sha-t", "child-t.pdf", DocumentStatus.LOADED,
                null, null, METADATA));
        assertThat(store.sections("sha-t")).extracting(Section::heading, Section::pageStart, Section::pageEnd)
                .containsExactly(tuple("1. Summary", 2, 3),
                        tuple("5. Findings", 10, 18));
        assertThat(store.items("sha-t")).extracting(ItemRow::text)
                .containsExactly("First point", "Second point", "Train staff", "Good work");
        assertThat(store.find("sha-other")).isEmpty();
    }

    @Test
    void extractingTheSameContentAgainReplacesTheEarlierExtraction() {
        store.saveExtracted("sha-t", REPORT, ITEMS);
        store.saveExtracted("sha-t", REPORT, ITEMS.subList(0, 2));
        assertThat(count(jdbc, "SELECT COUNT(*) FROM report_extract")).isEqualTo(1);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM report_section_extract")).isEqualTo(2);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM report_item_extract")).isEqualTo(2);
    }

    @Test
    void aRejectedExtractionKeepsItsReasonAndDropsTheEarlierContent() {
        store.saveExtracted("sha-t", REPORT, ITEMS);
        store.saveRejected("sha-t", "child-t.pdf", RejectReason.ENCRYPTED, "the PDF is encrypted");
        ReportExtract extract = store.find("sha-t").orElseThrow();
        assertThat(extract.rejected()).isTrue();
        assertThat(extract.reason()).isEqualTo(RejectReason.ENCRYPTED);
        assertThat(extract.message()).isEqualTo("the PDF is encrypted");
        assertThat(store.sections("sha-t")).isEmpty();
        assertThat(store.items("sha-t")).isEmpty();
    }

    @Test
    void aFirstExtractionOfTheContentIsStoredAlikeWithoutReplacing() {
        store.saveExtracted("sha-t", REPORT, ITEMS, List.of(), false);
        assertThat(store.find("sha-t")).contains(new ReportExtract("sha-t", "child-t.pdf", DocumentStatus.LOADED,
                null, null, METADATA));
        assertThat(store.sections("sha-t")).extracting(Section::heading).containsExactly("1. Summary", "5. Findings");
        assertThat(store.items("sha-t")).extracting(ItemRow::text)
                .containsExactly("First point", "Second point", "Train staff", "Good work");
        store.saveRejected("sha-u", "child-u.pdf", RejectReason.ENCRYPTED, "the PDF is encrypted", false);
        assertThat(store.find("sha-u").orElseThrow().reason()).isEqualTo(RejectReason.ENCRYPTED);
    }
}
