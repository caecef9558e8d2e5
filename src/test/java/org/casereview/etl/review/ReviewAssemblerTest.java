package org.casereview.etl.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportExtract;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.ReportStatus;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.link.OperatorLinks;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Plain values in, merged rows out: no database, no job. */
class ReviewAssemblerTest {

    static final String MONTH = "2026-11";
    static ReviewAssembler assembler;

    @BeforeAll
    static void create() {
        assembler = new ReviewAssembler(new ReportLinker(), ReviewNormaliser.withDefaultVocabulary());
    }

    /** Child T's entry: states its type, child and counts, not its area or year; links its PDF by name. */
    static final ReviewRow CHILD_T = ReviewRow.builder().reviewId("2026-11-child-t").digestMonth(MONTH)
            .sourceFile("digest.txt").entryNo(1).title("Child T: child safeguarding practice review")
            .childName("Child T").reviewType("child_safeguarding_practice_review").summary("The digest's summary.")
            .learningCount(2).recommendationCount(3).goodPracticeCount(1)
            .reportLink("https://example.org/files/child-t.pdf").reportStatus(ReportStatus.MISSING).build();
    static final ReviewRow BABY_E = ReviewRow.builder().reviewId("2026-11-baby-e").digestMonth(MONTH)
            .sourceFile("digest.txt").entryNo(2).title("Baby E: serious case review").childName("Baby E")
            .reviewType("serious_case_review").learningCount(1).reportLink("baby-e.pdf")
            .reportStatus(ReportStatus.MISSING).build();
    static final ReviewRow CHILD_Q = ReviewRow.builder().reviewId("2026-11-child-q").digestMonth(MONTH)
            .sourceFile("digest.txt").entryNo(3).title("Child Q: local child safeguarding practice review")
            .childName("Child Q").reviewType("child_safeguarding_practice_review")
            .reportStatus(ReportStatus.MISSING).build();

    static final ReportMetadata T_METADATA = new ReportMetadata("Child Safeguarding Practice Review: Child T",
            "Child T", "Child Safeguarding Practice Review", "Northcliffe", "Northcliffe Safeguarding Children Partnership",
            2024, "A. Reviewer", 24);
    static final ReportMetadata UNREAD = new ReportMetadata(null, null, null, null, null, null, null, 0);
    static final ReportMetadata THEMATIC = new ReportMetadata("Safer sleep: a thematic review", null,
            "thematic review", "Westmere", null, 2023, null, 40);

    static StoredReport report(String file, DocumentStatus docStatus, ReportExtract extract) {
        return new StoredReport(new DocumentRow(file, "report", "application/pdf", null, extract.sha256(), 1000,
                null, docStatus, null), extract);
    }

    static final StoredReport T_REPORT = report("child-t.pdf", DocumentStatus.LOADED,
            new ReportExtract("sha-t", "child-t.pdf", DocumentStatus.LOADED, null, null, T_METADATA));
    static final StoredReport E_REPORT = report("baby-e.pdf", DocumentStatus.REJECTED,
            new ReportExtract("sha-e", "baby-e.pdf", DocumentStatus.REJECTED, RejectReason.ENCRYPTED, "encrypted", UNREAD));
    static final StoredReport SLEEP_REPORT = report("safer-sleep.pdf", DocumentStatus.UNCHANGED,
            new ReportExtract("sha-s", "safer-sleep.pdf", DocumentStatus.LOADED, null, null, THEMATIC));

    /** Child T's report: four learning points, no recommendations, a summary; the thematic one a summary. */
    static final ReportContents CONTENTS = new ReportContents() {
        final Map<String, List<Section>> sections = Map.of(
                "sha-t", List.of(new Section(SectionType.SUMMARY, 1, "1. Summary", "The report's summary.", 2, 3, List.of()),
                        new Section(SectionType.LEARNING, 2, "6. Learning", "Four points.", 10, 14, List.of())),
                "sha-s", List.of(new Section(SectionType.SUMMARY, 1, "Summary",
                        "Six infants died while sleeping with a parent on a sofa.", 3, 4, List.of())));
        final Map<String, List<ItemRow>> items = Map.of(
                "sha-t", List.of(new ItemRow(SectionType.LEARNING, 1, "one", 10), new ItemRow(SectionType.LEARNING, 2, "two", 11),
                        new ItemRow(SectionType.LEARNING, 3, "three", 12), new ItemRow(SectionType.LEARNING, 4, "four", 13)),
                "sha-s", List.of());

        @Override
        public List<Section> sections(String sha256) {
            return sections.get(sha256);
        }

        @Override
        public List<ItemRow> items(String sha256) {
            return items.get(sha256);
        }
    };

    static Assembly assembleAll() {
        return assembler.assemble(MONTH, List.of(CHILD_T, BABY_E, CHILD_Q), List.of(T_REPORT, E_REPORT, SLEEP_REPORT),
                CONTENTS, OperatorLinks.none());
    }

    static LoadedReview review(Assembly assembly, String id) {
        return assembly.reviews().stream().filter(r -> r.row().reviewId().equals(id)).findFirst().orElseThrow();
    }

    @Nested
    class EachReviewHandedOnAsItIsMerged {
        @Test
        void inTheOrderAndWithTheChecksOfTheWholeAssembly() {
            Assembly whole = assembleAll();
            List<LoadedReview> handedOn = new ArrayList<>();
            Assembly.Checks checks = assembler.assemble(MONTH, List.of(CHILD_T, BABY_E, CHILD_Q),
                    List.of(T_REPORT, E_REPORT, SLEEP_REPORT), CONTENTS, OperatorLinks.none(), link -> false,
                    handedOn::add);

            assertThat(handedOn).extracting(r -> r.row().reviewId())
                    .containsExactly("2026-11-child-t", "2026-11-baby-e", "2026-11-safer-sleep-a-thematic-review");
            assertThat(handedOn).isEqualTo(whole.reviews());
            assertThat(checks.rejects()).isEqualTo(whole.rejects());
            assertThat(checks.reportQuality()).isEqualTo(whole.reportQuality());
        }

        @Test
        void readingEachReportsSectionsAndItemsOnceForTheMergeAndTheSelfCheck() {
            Map<String, Integer> reads = new java.util.concurrent.ConcurrentHashMap<>(); // read on the workers
            ReportContents counted = new ReportContents() {
                @Override
                public List<Section> sections(String sha256) {
                    reads.merge("sections " + sha256, 1, Integer::sum);
                    return CONTENTS.sections(sha256);
                }

                @Override
                public List<ItemRow> items(String sha256) {
                    reads.merge("items " + sha256, 1, Integer::sum);
                    return CONTENTS.items(sha256);
                }
            };
            List<LoadedReview> handedOn = new ArrayList<>();
            Assembly.Checks checks = assembler.assemble(MONTH, List.of(CHILD_T, BABY_E, CHILD_Q),
                    List.of(T_REPORT, E_REPORT, SLEEP_REPORT), counted, OperatorLinks.none(), link -> false,
                    handedOn::add);

            assertThat(handedOn).isEqualTo(assembleAll().reviews());
            assertThat(checks.reportQuality()).hasSize(2);
            assertThat(reads).hasSize(4).allSatisfy((what, times) -> assertThat(times).as(what).isEqualTo(1));
        }
    }

    @Nested
    class TheReadingsLayoutNotes {
        static final String NOTE = "page 2 read across columns (7 lines run over a gutter at x 300)";

        StoredReport withNote(StoredReport r) {
            ReportExtract e = r.extract();
            return report(r.document().sourceFile(), r.document().status(),
                    new ReportExtract(e.sha256(), e.fileName(), e.status(), null, NOTE, e.metadata()));
        }

        @Test
        void reachTheSelfCheckOfALinkedReportAndOfOneNoEntryLinksTo() {
            Assembly assembly = assembler.assemble(MONTH, List.of(CHILD_T, BABY_E, CHILD_Q),
                    List.of(withNote(T_REPORT), E_REPORT, withNote(SLEEP_REPORT)), CONTENTS, OperatorLinks.none());

            assertThat(assembly.reportQuality().get("child-t.pdf").quality()).isEqualTo("doubtful");
            assertThat(assembly.reportQuality().get("child-t.pdf").notes()).contains(NOTE);
            assertThat(assembly.reportQuality().get("safer-sleep.pdf").notes()).contains(NOTE);
            assertThat(assembleAll().reportQuality().get("child-t.pdf").notes()).doesNotContain(NOTE);
        }
    }

    @Nested
    class AnEntryWithItsReport {
        final LoadedReview t = review(assembleAll(), "2026-11-child-t");

        @Test
        void theDigestWinsForWhatItStates() {
            assertThat(t.row().title()).isEqualTo("Child T: child safeguarding practice review");
            assertThat(t.row().childName()).isEqualTo("Child T");
            assertThat(t.row().summary()).isEqualTo("The digest's summary.");
            assertThat(t.row().reviewType()).isEqualTo("child_safeguarding_practice_review");
            assertThat(t.row().entryNo()).isEqualTo(1);
        }

        @Test
        void theReportFillsWhatTheDigestLeavesEmpty() {
            assertThat(t.row().area()).isEqualTo("Northcliffe");
            assertThat(t.row().publicationYear()).isEqualTo(2024);
        }

        @Test
        void countsComeFromTheReportWhereItHasItemsOfThatKind() {
            assertThat(t.row().learningCount()).isEqualTo(4);
            assertThat(t.row().recommendationCount()).isEqualTo(3);
            assertThat(t.row().goodPracticeCount()).isEqualTo(1);
        }

        @Test
        void carriesTheReportsFileChecksumPagesAndSections() {
            assertThat(t.row().reportStatus()).isEqualTo(ReportStatus.MATCHED);
            assertThat(t.row().reportFile()).isEqualTo("child-t.pdf");
            assertThat(t.row().reportSha256()).isEqualTo("sha-t");
            assertThat(t.row().reportPages()).isEqualTo(24);
            assertThat(t.source()).isEqualTo("report");
            assertThat(t.sections()).extracting(Section::heading).containsExactly("1. Summary", "6. Learning");
            assertThat(t.items()).hasSize(4);
            assertThat(t.codes()).isEmpty();
        }
    }

    @Nested
    class ReportStatuses {
        final Assembly assembly = assembleAll();

        @Test
        void anEntryWhoseReportCouldNotBeReadIsUnreadableAndKeepsItsCounts() {
            LoadedReview e = review(assembly, "2026-11-baby-e");
            assertThat(e.row().reportStatus()).isEqualTo(ReportStatus.UNREADABLE);
            assertThat(e.row().reportFile()).isEqualTo("baby-e.pdf");
            assertThat(e.row().reportPages()).isNull();
            assertThat(e.row().learningCount()).isEqualTo(1);
            assertThat(e.sections()).isEmpty();
        }

        @Test
        void anEntryWithoutAReportIsLeftAsStored() {
            assertThat(assembly.reviews()).extracting(r -> r.row().reviewId()).doesNotContain("2026-11-child-q");
        }

        @Test
        void aReportNoEntryLinksToIsAReviewOfItsOwn() {
            LoadedReview sleep = review(assembly, "2026-11-safer-sleep-a-thematic-review");
            assertThat(sleep.row().reportStatus()).isEqualTo(ReportStatus.NOT_LINKED);
            assertThat(sleep.row().entryNo()).isNull();
            assertThat(sleep.row().sourceFile()).isEqualTo("safer-sleep.pdf");
            assertThat(sleep.row().title()).isEqualTo("Safer sleep: a thematic review");
            assertThat(sleep.row().summary()).isEqualTo("Six infants died while sleeping with a parent on a sofa.");
            assertThat(sleep.row().area()).isEqualTo("Westmere");
            assertThat(sleep.row().publicationYear()).isEqualTo(2023);
            assertThat(sleep.row().reportPages()).isEqualTo(40);
            assertThat(sleep.row().digestMonth()).isEqualTo(MONTH);
        }

        @Test
        void reviewsComeEntriesFirstThenReportsOfTheirOwn() {
            assertThat(assembly.reviews()).extracting(r -> r.row().reviewId())
                    .containsExactly("2026-11-child-t", "2026-11-baby-e", "2026-11-safer-sleep-a-thematic-review");
            assertThat(assembly.rejects()).isEmpty();
        }
    }

    @Nested
    class ReportsOfTheirOwn {
        @Test
        void takeTheNextFreeIdWhenAnEntryHoldsTheirs() {
            ReviewRow entry = CHILD_Q.toBuilder().reviewId("2026-11-safer-sleep-a-thematic-review").reportLink("elsewhere.pdf")
                    .build();
            Assembly assembly = assembler.assemble(MONTH, List.of(entry), List.of(SLEEP_REPORT), CONTENTS,
                    OperatorLinks.none());
            assertThat(assembly.reviews()).extracting(r -> r.row().reviewId())
                    .containsExactly("2026-11-safer-sleep-a-thematic-review-2");
        }

        @Test
        void aDuplicateFileIsNotAReviewAgain() {
            StoredReport copy = report("copy-of-safer-sleep.pdf", DocumentStatus.DUPLICATE, SLEEP_REPORT.extract());
            Assembly assembly = assembler.assemble(MONTH, List.of(), List.of(SLEEP_REPORT, copy), CONTENTS,
                    OperatorLinks.none());
            assertThat(assembly.reviews()).extracting(r -> r.row().sourceFile()).containsExactly("safer-sleep.pdf");
        }
    }
}
