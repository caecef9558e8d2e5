package org.casereview.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * Session 40: an output folder on a full disk (a 1 MB tmpfs) failed the run with "the database ... cannot be opened or
 * read (No space left on device). It may be damaged or truncated. Restore it from a backup, or start again with a new
 * --output folder": advice that would throw away a sound database and the months it holds. A run again after space was
 * freed loaded the month whole, no row twice.
 */
class DiskFullMessageTest {

    private static final String URL = "jdbc:h2:file:/data/out/casereviews;WRITE_DELAY=0";

    @Test
    void aFullDiskIsNamedAsSuchWithWhatToDo() {
        SQLException error = new SQLException("General error: Writing to channel failed; length 12288 at 1044480",
                "HY000", new IOException("No space left on device"));

        assertThat(DatabaseAccess.failure(URL, error)).hasValue("the disk holding the database /data/out/casereviews.mv.db"
                + " is full (No space left on device): the run stopped before its last write. Free space on that disk,"
                + " then run the month again with the same --output folder; the month's rows are replaced, not added twice.");
    }

    @Test
    void aDamagedFileKeepsItsOwnAdvice() {
        SQLException error = new SQLException("File corrupted while reading record", "90030");

        assertThat(DatabaseAccess.failure(URL, error)).hasValueSatisfying(message -> assertThat(message)
                .contains("(File corrupted while reading record)").contains("Restore it from a backup"));
    }
}
