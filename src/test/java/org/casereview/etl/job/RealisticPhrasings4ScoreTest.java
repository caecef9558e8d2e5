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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fourth held-out set ({@code normalise/realistic-phrasings-4}, issue 9, session 15): invented entries in the
 * phrasing of real NSPCC lists (2017, 2018), recent pages (2019-2024), a 2025 update of Welsh, Scottish and Northern
 * Irish reviews and a 2024 monthly digest, with adults' and siblings' ages first, ages in weeks and days, unborn and
 * newborn babies, seasons and a financial year, custody and secure care; run through the whole job and scored like
 * {@code score.py digests}; and the care contexts and histories of a parent that must not become the child's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisticPhrasings4ScoreTest {
    private Path output;
    private DigestScore.Result score;

    @BeforeAll
    void run(@TempDir Path out) throws Exception {
        output = out;
        Path dir = Path.of(getClass().getResource("/normalise/realistic-phrasings-4").toURI());
        int exit = CaseReviewEtl.execute("run", "--input", dir.resolve("input").toString(), "--output", output.toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();
        score = DigestScore.score(output, dir.resolve("truth"));
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        String report = score.summary() + "\n" + String.join("\n", score.misses());
        assertThat(score.entries()).as(report).isEqualTo(40);
        assertThat(score.found()).as(report).isEqualTo(score.entries());
        assertThat(score.fieldAccuracy()).as(report).isGreaterThanOrEqualTo(0.97);
        assertThat(score.itemRecall()).as(report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aParentsOwnCareHistoryIsNotTheChilds() throws SQLException {
        // "Baby UH's mother, aged 18, was looked after and living in a supported placement"
        assertThat(codes("2026-11-baby-uh")).noneMatch(code -> code.startsWith("child_context"));
        // "The mother, aged 20, had been subject to a child protection plan as a teenager" (an unborn baby)
        assertThat(codes("2026-11-unborn-baby-nb")).noneMatch(code -> code.startsWith("child_context"));
        // "The mother, who was 24, had previously had two children removed from her care"
        assertThat(codes("2026-11-child-pq")).noneMatch(code -> code.startsWith("child_context"));
        // "He had a history of alcohol misuse from the age of 13": his own, no parent's risk factor
        assertThat(codes("2026-11-child-mn")).noneMatch(code -> code.startsWith("risk_factors"));
    }

    private List<String> codes(String reviewId) throws SQLException {
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
