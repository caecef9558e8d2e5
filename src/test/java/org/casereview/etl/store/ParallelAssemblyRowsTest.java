package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.ReportStatus;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.link.OperatorLinks;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.Assembly;
import org.casereview.etl.review.ReviewAssembler;
import org.casereview.etl.review.StoredReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The assembly's pure work on several workers stores the same rows, in a real H2 file database, as on one: a month of
 * invented reports (linked entries, an entry whose type the report's title page gives, reports no entry links to, two
 * of them with the same child, an unreadable one), each database filled alike and assembled with 1 and with 4 workers,
 * the reviews stored a few at a time as the job's step does.
 */
class ParallelAssemblyRowsTest {

    private static final String MONTH = "2026-11";
    private static final int REPORTS = 24;
    private static final int LINKED = 14;
    /** Invented phrases: the normaliser and the theme lists find something in most of them. */
    private static final List<String> PHRASES = List.of("Information was not shared between agencies",
            "the child's voice was not heard", "professionals lacked curiosity about the mother's mental health",
            "domestic abuse between the parents was known to the police", "the baby was found not breathing after co-sleeping",
            "the school did not escalate neglect concerns", "a strategy meeting was not held", "the father misused alcohol",
            "the health visitor saw the home only once", "the plan was closed too early", "the boy, aged 14, was exploited",
            "housing moved the family three times", "the threshold for a child protection plan was not reached");
    private static final ReviewAssembler ASSEMBLER = new ReviewAssembler(new ReportLinker(),
            ReviewNormaliser.withDefaultVocabulary());

    @TempDir
    Path dir;

    @Test
    void fourWorkersStoreTheSameRowsAsOne() {
        Month one = assembled(dir.resolve("one"), 1);
        Month four = assembled(dir.resolve("four"), 4);

        for (String table : List.of("review", "review_section", "review_item", "item_theme", "review_code")) {
            assertThat(four.rows(table)).as(table).isEqualTo(one.rows(table));
        }
        assertThat(four.checks().reportQuality()).isEqualTo(one.checks().reportQuality());
        assertThat(four.checks().rejects()).isEqualTo(one.checks().rejects());
        assertThat(one.count("SELECT COUNT(*) FROM review WHERE report_status = '" + ReportStatus.MATCHED.code() + "'"))
                .isEqualTo(LINKED);
        assertThat(one.count("SELECT COUNT(*) FROM review WHERE report_status = '" + ReportStatus.NOT_LINKED.code() + "'"))
                .isEqualTo(REPORTS - LINKED - 1);
        assertThat(one.count("SELECT COUNT(*) FROM review WHERE report_status = '" + ReportStatus.UNREADABLE.code() + "'"))
                .isEqualTo(1);
        assertThat(one.count("SELECT COUNT(*) FROM review WHERE review_id LIKE '%-2'")).isEqualTo(1);
        assertThat(one.count("SELECT COUNT(*) FROM item_theme")).isGreaterThan(100);
        assertThat(one.count("SELECT COUNT(*) FROM review_code WHERE review_id IN"
                + " (SELECT review_id FROM review WHERE entry_no IS NULL)")).isGreaterThan(10);
        assertThat(one.checks().reportQuality()).hasSize(REPORTS - 1);
    }

    private record Month(NamedParameterJdbcTemplate jdbc, Assembly.Checks checks) {
        List<String> rows(String table) {
            return jdbc.getJdbcTemplate().queryForList("SELECT * FROM " + table).stream().map(Map::toString).sorted()
                    .toList();
        }

        int count(String sql) {
            return TestDatabase.count(jdbc, sql);
        }
    }

    /** A month's digest entries and extracted reports stored in a new database, then assembled and stored. */
    private static Month assembled(Path folder, int workers) {
        NamedParameterJdbcTemplate jdbc = TestDatabase.in(folder);
        ReportStore reports = new ReportStore(jdbc);
        ReviewStore reviews = new ReviewStore(jdbc, new H2Dialect());
        Random random = new Random(28);
        List<StoredReport> stored = new ArrayList<>();
        List<LoadedReview> entries = new ArrayList<>();
        for (int r = 0; r < REPORTS; r++) {
            String file = "Westmere_Invented_Child_" + (char) ('A' + r) + ".pdf";
            String sha = String.format("%064x", r + 1);
            // two reports of their own tell of the same invented child: the second takes the next free id
            String child = r == REPORTS - 1 ? "Child " + (char) ('A' + REPORTS - 2) : "Child " + (char) ('A' + r);
            if (r == LINKED) {
                reports.saveRejected(sha, file, RejectReason.ENCRYPTED, "encrypted");
            } else {
                reports.saveExtracted(sha, report(file, child, random), items(random));
            }
            DocumentStatus status = r == LINKED ? DocumentStatus.REJECTED : DocumentStatus.LOADED;
            stored.add(new StoredReport(new DocumentRow(file, "report", "application/pdf", null, sha, 1000, null, status,
                    null), reports.find(sha).orElseThrow()));
            if (r < LINKED) {
                entries.add(entry(r, child, file));
            }
        }
        reviews.replaceReviews(entries, MONTH);
        List<LoadedReview> slice = new ArrayList<>();
        Assembly.Checks checks = ASSEMBLER.assemble(MONTH, reviews.reviews(MONTH), stored, new StoredReportContents(reports, reviews),
                OperatorLinks.none(), link -> false, review -> {
                    slice.add(review);
                    if (slice.size() == 3) {
                        reviews.replaceReviews(List.copyOf(slice), MONTH);
                        slice.clear();
                    }
                }, workers);
        reviews.replaceReviews(slice, MONTH);
        return new Month(jdbc, checks);
    }

    private static ReportDocument report(String file, String child, Random random) {
        ReportMetadata metadata = new ReportMetadata("Child Safeguarding Practice Review: " + child, child,
                "Child Safeguarding Practice Review", "Westmere", "Westmere Safeguarding Partnership (invented)", 2026,
                "An invented reviewer", 30);
        List<Section> sections = List.of(
                new Section(SectionType.SUMMARY, 1, "1. Summary", child + ", a 3-year-old girl, died in 2025. "
                        + text(random, 4), 2, 3, List.of()),
                new Section(SectionType.BACKGROUND, 2, "2. Background", text(random, 6), 4, 8, List.of()),
                new Section(SectionType.FINDINGS, 3, "3. Findings", text(random, 20), 9, 20, List.of()),
                new Section(SectionType.RECOMMENDATIONS, 4, "4. Recommendations", text(random, 5), 21, 24, List.of()));
        return new ReportDocument(file, metadata, sections, List.of());
    }

    private static List<ItemRow> items(Random random) {
        List<ItemRow> items = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            items.add(new ItemRow(SectionType.LEARNING, i, text(random, 2), 9 + i));
        }
        for (int i = 1; i <= 4; i++) {
            items.add(new ItemRow(SectionType.RECOMMENDATIONS, i, text(random, 1), 21 + i));
        }
        return items;
    }

    /** A digest entry that links its report by file name; every third one leaves the review type to the report. */
    private static LoadedReview entry(int r, String child, String file) {
        ReviewRow row = ReviewRow.builder().reviewId(MONTH + "-" + child.toLowerCase().replace(' ', '-'))
                .digestMonth(MONTH).sourceFile("digest.md").entryNo(r + 1).title(child + ": an invented review")
                .childName(child).reviewType(r % 3 == 0 ? "unknown" : "child_safeguarding_practice_review")
                .learningCount(3).recommendationCount(2).reportLink(file).reportStatus(ReportStatus.MISSING).build();
        List<ItemRow> items = List.of(new ItemRow(SectionType.LEARNING, 1, PHRASES.get(r % PHRASES.size()), null));
        return new LoadedReview(row, "digest", List.of(), items, List.of());
    }

    private static String text(Random random, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            String phrase = PHRASES.get(random.nextInt(PHRASES.size()));
            text.append(Character.toUpperCase(phrase.charAt(0))).append(phrase.substring(1)).append(". ");
        }
        return text.toString().strip();
    }
}
