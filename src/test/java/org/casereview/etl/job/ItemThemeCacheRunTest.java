package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.RunSettings;
import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The items' themes are matched in the extract step and kept with the content cache under a key of the vocabulary and
 * build (a real H2 file database, the job run in this JVM): the month's item_theme rows are those the normaliser gives
 * each item; a run with an operator vocabulary file matches the cached items again without extracting them again, and
 * a run back on the bundled vocabulary gives the first run's rows again.
 */
class ItemThemeCacheRunTest {

    private static final String MONTH = "2021-11";

    @TempDir
    Path dir;

    @Test
    void cachedThemesFollowTheVocabularyAndEqualWhatTheNormaliserGives() throws Exception {
        Path input = GeneratedInputs.withReports(dir.resolve("input"), 3, 4);
        Path out = dir.resolve("out");
        Path words = Files.writeString(dir.resolve("words.yml"), """
                # an operator's theme phrase (invented for the test)
                themes:
                  themes:
                    - code: information_sharing
                      patterns: ["review practice area"]
                """);

        assertThat(run(input, out)).isZero();
        String bundledRows = dump(out, "SELECT * FROM item_theme ORDER BY 1, 2, 3, 4, 5");
        assertThat(query(out, "SELECT DISTINCT themes_key FROM report_extract"))
                .containsExactly(ThemesKey.of(""));
        assertThat(query(out, "SELECT COUNT(*) FROM report_item_extract WHERE themes IS NULL")).containsExactly("0");
        assertThat(themeRows(out)).isEqualTo(normalisersThemes(out, ReviewNormaliser.withDefaultVocabulary()));

        assertThat(run(input, out, "--vocabulary", words.toString())).isZero();
        assertThat(query(out, "SELECT DISTINCT status FROM source_document WHERE kind = 'report'"))
                .as("the reports were not extracted again").containsExactly("unchanged");
        assertThat(query(out, "SELECT DISTINCT themes_key FROM report_extract"))
                .containsExactly(ThemesKey.of(words.toString()));
        List<String> withOperatorWords = themeRows(out);
        assertThat(withOperatorWords).anyMatch(r -> r.contains("|information_sharing|review practice area"));
        assertThat(withOperatorWords).isEqualTo(normalisersThemes(out,
                ReviewNormaliser.withVocabulary(Vocabulary.withOperatorFile(words))));

        assertThat(run(input, out)).isZero();
        assertThat(query(out, "SELECT DISTINCT themes_key FROM report_extract"))
                .containsExactly(ThemesKey.of(""));
        assertThat(dump(out, "SELECT * FROM item_theme ORDER BY 1, 2, 3, 4, 5")).isEqualTo(bundledRows);
    }

    @Test
    void theKeyChangesWithTheOperatorFilesContentOnly() throws Exception {
        Path a = Files.writeString(dir.resolve("a.yml"), "themes:\n  themes:\n    - code: information_sharing\n"
                + "      patterns: [\"shared notes\"]\n");
        Path b = Files.writeString(dir.resolve("b.yml"), Files.readString(a));
        Path c = Files.writeString(dir.resolve("c.yml"), Files.readString(a).replace("shared notes", "shared files"));
        assertThat(ThemesKey.of(a.toString())).isEqualTo(ThemesKey.of(b.toString()))
                .isNotEqualTo(ThemesKey.of(c.toString())).isNotEqualTo(ThemesKey.of(""));
        assertThat(ThemesKey.of("")).isEqualTo(ThemesKey.of(null)).isEqualTo(ThemesKey.of("  "));
    }

    /** The report items' themes as stored for the month's reviews: review, item, code, evidence (sorted as text). */
    private static List<String> themeRows(Path out) throws SQLException {
        return query(out, "SELECT review_id || '|' || section_type || '|' || item_no || '|' || theme || '|' || evidence"
                + " FROM item_theme WHERE source = 'report'").stream().sorted().collect(Collectors.toList());
    }

    /** What matching each stored report item with the normaliser gives, in the same shape, sorted as text. */
    private static List<String> normalisersThemes(Path out, ReviewNormaliser normaliser) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(out); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT review_id, section_type, item_no, text FROM review_item"
                     + " WHERE source = 'report'")) {
            while (rs.next()) {
                for (CodeEvidence t : normaliser.themes(rs.getString(4))) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + t.code() + "|"
                            + t.evidence());
                }
            }
        }
        return rows.stream().sorted().collect(Collectors.toList());
    }

    private static int run(Path input, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", out.toString(),
                "--month", MONTH, "--threads", "2"));
        args.addAll(List.of(more));
        return CaseReviewEtl.execute(args.toArray(String[]::new));
    }

    private static List<String> query(Path out, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(out); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static String dump(Path out, String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = connect(out); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static Connection connect(Path output) throws SQLException {
        return DriverManager.getConnection(RunSettings.defaultDbUrl(output), "sa", "");
    }
}
