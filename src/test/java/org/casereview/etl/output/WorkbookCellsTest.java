package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class WorkbookCellsTest {

    @Test
    void textOverExcelsCellLimitIsCutWithANote() {
        String longText = "a".repeat(40_000);
        String cell = WorkbookCells.capped(longText);
        assertThat(cell).hasSize(WorkbookCells.MAX_CELL_CHARS)
                .endsWith(" [cut at Excel's limit of 32,767 characters; 40,000 in the CSV file]");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        String cell = WorkbookCells.capped(emoji.repeat(20_000));
        int noteStart = cell.indexOf(" [cut");
        assertThat(Character.isHighSurrogate(cell.charAt(noteStart - 1))).isFalse();
    }

    @Test
    void textIsNotNeutralisedButControlCharactersAreDropped() throws SQLException {
        assertThat(WorkbookCells.text("=HYPERLINK(\"x\")")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(WorkbookCells.text("-1 day\u0007")).isEqualTo("-1 day");
        assertThat(WorkbookCells.capped("short")).isEqualTo("short");
    }
}
