package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.store.TestDatabase.count;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.RejectRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class DocumentStoreTest {

    @TempDir
    Path dir;
    NamedParameterJdbcTemplate jdbc;
    DocumentStore store;

    @BeforeEach
    void openDatabase() {
        jdbc = TestDatabase.in(dir);
        store = new DocumentStore(jdbc, new H2Dialect());
    }

    static DocumentRow report(String name, DocumentStatus status) {
        return new DocumentRow(name, "report", "application/pdf", null, "sha-" + name, 1234, null, status, null);
    }

    @Nested
    class Documents {
        @Test
        void savingTheSameFileTwiceLeavesOneRowWithTheLastValues() {
            store.saveDocument(report("a.pdf", DocumentStatus.PENDING), "2026-11", dir.resolve("a.pdf"));
            store.saveDocument(report("a.pdf", DocumentStatus.REJECTED).withStatus(DocumentStatus.REJECTED, "corrupt"),
                    "2026-11", dir.resolve("a.pdf"));
            assertThat(count(jdbc, "SELECT COUNT(*) FROM source_document")).isEqualTo(1);
            assertThat(store.document("2026-11", "a.pdf")).get()
                    .extracting(DocumentRow::status, DocumentRow::reasonCode)
                    .containsExactly(DocumentStatus.REJECTED, "corrupt");
        }

        @Test
        void readsBackTheRowWithItsStatusAndWhereTheFileLives() {
            DocumentRow saved = report("b.pdf", DocumentStatus.PENDING);
            store.saveDocument(saved, "2026-11", dir.resolve("in/b.pdf"));
            assertThat(store.documents("2026-11", "report")).containsExactly(saved);
            assertThat(store.documents("2026-11", "digest")).isEmpty();
            assertThat(store.pathOf("2026-11", "b.pdf")).isEqualTo(dir.resolve("in/b.pdf").toAbsolutePath());
            assertThat(store.located("2026-11", "b.pdf")).contains(
                    new DocumentStore.Located(saved, dir.resolve("in/b.pdf").toAbsolutePath()));
            assertThat(store.located("2026-11", "c.pdf")).isEmpty();
            assertThat(jdbc.getJdbcTemplate().queryForObject("SELECT status FROM source_document", String.class))
                    .isEqualTo("pending");
        }

        @Test
        void statusUpdateKeepsThePagesWhenNoneAreGiven() {
            store.saveDocument(report("c.pdf", DocumentStatus.PENDING), "2026-11", dir.resolve("c.pdf"));
            store.updateStatus("2026-11", "c.pdf", DocumentStatus.LOADED, null, 12);
            store.updateStatus("2026-11", "c.pdf", DocumentStatus.REJECTED, "timeout", null);
            DocumentRow row = store.document("2026-11", "c.pdf").orElseThrow();
            assertThat(row.pages()).isEqualTo(12);
            assertThat(row.status()).isEqualTo(DocumentStatus.REJECTED);
            assertThat(store.count("2026-11", null, DocumentStatus.REJECTED)).isEqualTo(1);
            assertThat(store.count("2026-11", "digest", DocumentStatus.REJECTED)).isZero();
        }

        @Test
        void clearingAMonthLeavesOtherMonths() {
            store.saveDocument(report("a.pdf", DocumentStatus.PENDING), "2026-10", dir.resolve("a.pdf"));
            store.saveDocument(report("a.pdf", DocumentStatus.PENDING), "2026-11", dir.resolve("a.pdf"));
            store.addRejects("2026-10/1", "2026-10", List.of(reject("a.pdf", "file")));
            store.addRejects("2026-11/2", "2026-11", List.of(reject("a.pdf", "file")));
            store.clearMonth("2026-11");
            assertThat(store.documents("2026-11", "report")).isEmpty();
            assertThat(store.documents("2026-10", "report")).hasSize(1);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM reject WHERE batch_month = '2026-10'")).isEqualTo(1);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM reject")).isEqualTo(1);
        }
    }

    @Nested
    class Rejects {
        @Test
        void aBatchOfRejectsIsStoredRowByRow() {
            store.addRejects("2026-11/1", "2026-11", List.of(reject("d.txt", "entry 1"), reject("d.txt", "entry 2"),
                    reject("e.txt", "file")));
            assertThat(count(jdbc, "SELECT COUNT(*) FROM reject WHERE run_id = '2026-11/1'")).isEqualTo(3);
            assertThat(jdbc.getJdbcTemplate().queryForList("SELECT reason_code FROM reject", String.class))
                    .containsOnly("unparseable_entry");
        }

        @Test
        void replacingAFilesRejectsDropsItsEarlierOnesOnly() {
            store.addRejects("2026-11/1", "2026-11", List.of(reject("d.txt", "entry 1"), reject("d.txt", "entry 2"),
                    reject("e.txt", "file")));
            store.replaceRejects("2026-11/1", "2026-11", "d.txt", List.of(reject("d.txt", "entry 3")));
            assertThat(jdbc.getJdbcTemplate().queryForList("SELECT location FROM reject WHERE source_file = 'd.txt'",
                    String.class)).containsExactly("entry 3");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM reject")).isEqualTo(2);
        }

        @Test
        void rejectsOfOnePlaceCanBeDropped() {
            store.addRejects("2026-11/1", "2026-11", List.of(reject("links.csv", "link"), reject("e.txt", "file")));
            store.deleteRejects("2026-11", "link");
            assertThat(jdbc.getJdbcTemplate().queryForList("SELECT source_file FROM reject", String.class))
                    .containsExactly("e.txt");
        }

        @Test
        void aLongMessageIsCutWithAnEllipsis() {
            store.addRejects("2026-11/1", "2026-11", List.of(new RejectRow("f.txt", "file", RejectReason.OTHER,
                    "x".repeat(5000))));
            String message = jdbc.getJdbcTemplate().queryForObject("SELECT message FROM reject", String.class);
            assertThat(message).hasSize(4000).endsWith("x…");
        }
    }

    static RejectRow reject(String file, String location) {
        return new RejectRow(file, location, RejectReason.UNPARSEABLE_ENTRY, "no entry heading at " + location);
    }
}
