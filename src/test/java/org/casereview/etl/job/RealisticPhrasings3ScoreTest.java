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
 * The third held-out set ({@code normalise/realistic-phrasings-3}, issue 9): invented entries in the phrasing of real
 * NSPCC lists (2015, 2016), recent pages (2020-2023), the 2025 update and a monthly digest, each putting another
 * person's age, harm, history or care context next to the child; run through the whole job and scored like
 * {@code score.py digests}; and the codes a sibling's or parent's words must not give the child.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisticPhrasings3ScoreTest {
    private Path output;
    private DigestScore.Result score;

    @BeforeAll
    void run(@TempDir Path out) throws Exception {
        output = out;
        Path dir = Path.of(getClass().getResource("/normalise/realistic-phrasings-3").toURI());
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
    void aSiblingsOrParentsContextIsNotTheChilds() throws SQLException {
        // "Child BQ's mother, aged 19, had been in care herself ... Child BQ's 5-year-old sister was subject to a
        // child in need plan": neither is the child's context; he was left unsupervised (neglect)
        assertThat(codes("2026-11-child-bq")).contains("harm_types neglect subject_child")
                .noneMatch(code -> code.startsWith("child_context"));
        // "Baby CJ's 3-year-old brother had previously been placed on a child protection plan because of neglect"
        assertThat(codes("2018-03-baby-cj")).noneMatch(code -> code.startsWith("child_context"))
                .doesNotContain("harm_types neglect subject_child");
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
