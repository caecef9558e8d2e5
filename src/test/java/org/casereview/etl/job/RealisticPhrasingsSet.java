package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held-out set under {@code normalise/} run through the whole job once, scored like {@code score.py digests}, with
 * the codes of each review (field, code, person) read back from the database for the set's own person checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealisticPhrasingsSet {
    private Path output;
    private DigestScore.Result score;

    /** The set's folder under {@code normalise/}. */
    abstract String folder();

    @BeforeAll
    void run(@TempDir Path out) throws Exception {
        output = out;
        Path dir = Path.of(getClass().getResource("/normalise/" + folder()).toURI());
        int exit = CaseReviewEtl.execute("run", "--input", dir.resolve("input").toString(), "--output", output.toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();
        score = DigestScore.score(output, dir.resolve("truth"));
    }

    /** Every one of the set's entries found, at least 97% of their fields and the given share of items right. */
    void assertScored(int entries, double minItemRecall) {
        assertScored(entries, 0.97, minItemRecall);
    }

    /** Every one of the set's entries found, and at least the given shares of fields and items right. */
    void assertScored(int entries, double minFieldAccuracy, double minItemRecall) {
        String report = score.summary() + "\n" + String.join("\n", score.misses());
        assertThat(score.entries()).as(report).isEqualTo(entries);
        assertThat(score.found()).as(report).isEqualTo(score.entries());
        assertThat(score.fieldAccuracy()).as(report).isGreaterThanOrEqualTo(minFieldAccuracy);
        assertThat(score.itemRecall()).as(report).isGreaterThanOrEqualTo(minItemRecall);
    }

    /**
     * The set's entries counted, exactly {@code found} of them found (a set whose misses include entries a digest rule
     * outside the normaliser leaves unsplit, said in its README), and at least the given shares of fields and items.
     */
    void assertScored(int entries, int found, double minFieldAccuracy, double minItemRecall) {
        String report = score.summary() + "\n" + String.join("\n", score.misses());
        assertThat(score.entries()).as(report).isEqualTo(entries);
        assertThat(score.found()).as(report).isEqualTo(found);
        assertThat(score.fieldAccuracy()).as(report).isGreaterThanOrEqualTo(minFieldAccuracy);
        assertThat(score.itemRecall()).as(report).isGreaterThanOrEqualTo(minItemRecall);
    }

    List<String> codes(String reviewId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(RunSettings.defaultDbUrl(output), "sa", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT field, code, person FROM review_code WHERE review_id = '" + reviewId + "'")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + (rs.getString(3) == null ? "-" : rs.getString(3)));
            }
        }
        return rows;
    }
}
