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
 * The second held-out set of issue 10 ({@code normalise/realistic-phrasings-2}): invented entries in the phrasing
 * of real NSPCC lists (2013, 2014, 2017), recent pages (2019-2025), a repository e-mail and one-review briefing
 * pages, run through the whole job and scored like {@code score.py digests}; and the person each code was read for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisticPhrasings2ScoreTest {
    private Path output;
    private DigestScore.Result score;

    @BeforeAll
    void run(@TempDir Path out) throws Exception {
        output = out;
        Path dir = Path.of(getClass().getResource("/normalise/realistic-phrasings-2").toURI());
        int exit = CaseReviewEtl.execute("run", "--input", dir.resolve("input").toString(), "--output", output.toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();
        score = DigestScore.score(output, dir.resolve("truth"));
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        String report = score.summary() + "\n" + String.join("\n", score.misses());
        assertThat(score.entries()).as(report).isEqualTo(44);
        assertThat(score.found()).as(report).isEqualTo(score.entries());
        assertThat(score.fieldAccuracy()).as(report).isGreaterThanOrEqualTo(0.97);
        assertThat(score.itemRecall()).as(report).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyCodeNamesThePersonItWasReadFor() throws SQLException {
        // "2017 – Anonymous - Child DF": poisoned by his mother, whose depression and self-harm are hers
        assertThat(codes("2026-11-child-df")).contains(
                "harm_types poisoning_ingestion subject_child",
                "risk_factors parental_mental_health parent_carer",
                "outcome serious_harm subject_child",
                "document_type overview -");
        // "Child HL": the uncle's verdict; domestic abuse between her parents
        assertThat(codes("2026-11-child-hl")).contains("harm_types sexual_abuse subject_child",
                "risk_factors domestic_abuse parent_carer");
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
