package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcOperations;

class MultiRowInsertTest {

    static final MultiRowInsert ITEMS = new MultiRowInsert("report_item_extract",
            List.of("sha256", "section_type", "item_no", "text", "page"));

    @TempDir
    Path dir;
    JdbcOperations jdbc;

    @BeforeEach
    void openDatabase() {
        jdbc = TestDatabase.in(dir).getJdbcOperations();
    }

    @Test
    void everyRowIsStoredInItsOrderWhateverTheCountAgainstTheRowsPerStatement() {
        for (int n : new int[] {0, 1, MultiRowInsert.ROWS - 1, MultiRowInsert.ROWS, MultiRowInsert.ROWS + 1,
                2 * MultiRowInsert.ROWS + 5}) {
            String sha = "sha-" + n;
            ITEMS.insert(jdbc, rows(sha, n));
            List<Map<String, Object>> stored = jdbc.queryForList("SELECT item_no, text, page FROM report_item_extract"
                    + " WHERE sha256 = ? ORDER BY _ROWID_", sha);
            assertThat(stored).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(stored.get(i)).containsEntry("ITEM_NO", i + 1).containsEntry("TEXT", "item " + (i + 1))
                        .containsEntry("PAGE", i % 3 == 0 ? null : i);
            }
        }
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefusedBeforeAnyIsStored() {
        List<Object[]> rows = new ArrayList<>(rows("sha-x", 3));
        rows.add(new Object[] {"sha-x", "learning", 9});
        assertThatThrownBy(() -> ITEMS.insert(jdbc, rows)).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_item_extract", Integer.class)).isZero();
    }

    private static List<Object[]> rows(String sha, int n) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {sha, "learning", i + 1, "item " + (i + 1), i % 3 == 0 ? null : i});
        }
        return rows;
    }
}
