package org.casereview.etl.link;

import org.casereview.etl.document.ParseProblem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportLinkerTest {
    private final ReportLinker linker = new ReportLinker();

    private static LinkCandidateEntry entry(String id, String title, String child, String type, String link) {
        return new LinkCandidateEntry(id, title, child, type, link);
    }

    private static LinkCandidateReport report(String file, String title, String child, String type) {
        return new LinkCandidateReport(file, title, child, type);
    }

    private static LinkCandidateReport fileOnly(String file) {
        return new LinkCandidateReport(file, null, null, null);
    }

    private LinkResult link(List<LinkCandidateEntry> entries, List<LinkCandidateReport> reports) {
        return linker.link(entries, reports, OperatorLinks.none());
    }

    @Nested
    class ByLinkName {
        @Test
        void urlEncodedAndDifferentlyCasedNameMatches() {
            LinkResult result = link(
                    List.of(entry("2021-11-child-v", "Child V; Child safeguarding practice review", "Child V",
                            "child_safeguarding_practice_review",
                            "https://library.nspcc.org.uk/HeritageScripts/Hapi.dll/filetransfer/Child%20V%20Review.PDF?filename=x")),
                    List.of(fileOnly("child v review.pdf"), fileOnly("Child W review.pdf")));

            assertThat(result.links()).containsExactly(
                    new EntryLink("2021-11-child-v", "child v review.pdf", LinkMethod.LINK_NAME, 1.0));
            assertThat(result.unmatchedReports()).containsExactly("Child W review.pdf");
        }

        @Test
        void linkWithoutExtensionMatchesThePdf() {
            LinkResult result = link(List.of(entry("e1", "Lauren: Serious case review", "Lauren", null,
                            "https://learning.nspcc.org.uk/reports/2021-lauren-scr")),
                    List.of(fileOnly("2021-LAUREN-SCR.pdf")));

            assertThat(result.linkFor("e1")).map(EntryLink::file).contains("2021-LAUREN-SCR.pdf");
            assertThat(result.linkFor("e1")).map(EntryLink::method).contains(LinkMethod.LINK_NAME);
        }

        @Test
        void plainRelativeFileNameWithSpacesMatches() {
            LinkResult result = link(List.of(entry("e1", "Baby D", "Baby D", null, "reports/Baby D final.pdf")),
                    List.of(fileOnly("Baby D final.pdf")));

            assertThat(result.linkFor("e1")).map(EntryLink::method).contains(LinkMethod.LINK_NAME);
        }

        @Test
        void underscoresInTheLinkMeetSpacesInTheFileName() {
            LinkResult result = link(List.of(entry("e1", "Liam", "Liam", null, "https://x.org/Liam_overview_report.pdf")),
                    List.of(fileOnly("Liam overview report.pdf")));

            assertThat(result.linkFor("e1")).map(EntryLink::file).contains("Liam overview report.pdf");
        }

        @Test
        void placeholderLinkGivesNoNameEvidence() {
            LinkResult result = link(List.of(entry("e1", "Thematic review of neglect", null, null, "#")),
                    List.of(fileOnly("report.pdf")));

            assertThat(result.links()).isEmpty();
            assertThat(result.unlinkedEntries()).containsExactly("e1");
            assertThat(result.unmatchedReports()).containsExactly("report.pdf");
        }
    }

    @Nested
    class BySimilarity {
        private final List<LinkCandidateEntry> digest = List.of(
                entry("2021-05-child-t", "Child T: Child safeguarding practice review", "Child T",
                        "child_safeguarding_practice_review", "#"),
                entry("2020-09-kacper", "Kacper: Child safeguarding practice review", "Kacper",
                        "child_safeguarding_practice_review", "#"),
                entry("2018-03-baby-e", "Baby E: Serious case review (full overview report)", "Baby E",
                        "serious_case_review", "#"));

        @Test
        void differentlyNamedPdfsMatchByTheirFileNamesAlone() {
            LinkResult result = link(digest, List.of(
                    fileOnly("brackenford-lscb-scr-baby-e-overview.pdf"),
                    fileOnly("Northcliffe_CSPR_Child_T.pdf"),
                    fileOnly("Glenmorrow_CSPR_Kacper_final.pdf")));

            assertThat(result.links()).extracting(EntryLink::reviewId, EntryLink::file, EntryLink::method)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("2021-05-child-t", "Northcliffe_CSPR_Child_T.pdf", LinkMethod.SIMILARITY),
                            org.assertj.core.groups.Tuple.tuple("2020-09-kacper", "Glenmorrow_CSPR_Kacper_final.pdf", LinkMethod.SIMILARITY),
                            org.assertj.core.groups.Tuple.tuple("2018-03-baby-e", "brackenford-lscb-scr-baby-e-overview.pdf", LinkMethod.SIMILARITY));
            assertThat(result.linkFor("2021-05-child-t").orElseThrow().score()).isEqualTo(0.85);
            assertThat(result.ambiguous()).isEmpty();
            assertThat(result.unmatchedReports()).isEmpty();
        }

        @Test
        void titlePageMetadataMatchesWhenTheFileNameSaysNothing() {
            LinkResult result = link(digest, List.of(
                    report("doc00417.pdf", "Child Safeguarding Practice Review: Child T", "Child T",
                            "Child Safeguarding Practice Review"),
                    report("doc00418.pdf", "Serious Case Review: Baby E - Overview Report", "Baby E", "Serious Case Review")));

            assertThat(result.linkFor("2021-05-child-t")).map(EntryLink::file).contains("doc00417.pdf");
            assertThat(result.linkFor("2018-03-baby-e")).map(EntryLink::file).contains("doc00418.pdf");
            assertThat(result.unlinkedEntries()).containsExactly("2020-09-kacper");
        }

        @Test
        void aDifferentChildNameNeverMatches() {
            LinkResult result = link(List.of(digest.get(0)),
                    List.of(report("Northcliffe_CSPR_Child_U.pdf", "Child Safeguarding Practice Review: Child U", "Child U",
                            "Child Safeguarding Practice Review")));

            assertThat(result.links()).isEmpty();
            assertThat(result.unmatchedReports()).containsExactly("Northcliffe_CSPR_Child_U.pdf");
        }

        @Test
        void remarksInBracketsAndAmpersandsDoNotSeparateNames() {
            LinkResult result = link(List.of(
                            entry("e1", "Serious case review: Case 11: Alex (assigned pseudonym): overview report",
                                    "Alex (assigned pseudonym)", "serious_case_review", "#"),
                            entry("e2", "Children F, G and H: Serious case review", "Children F, G and H", "serious_case_review", "#")),
                    List.of(report("scr-alex.pdf", "Serious Case Review: Alex", "Alex", "Serious Case Review"),
                            report("fgh.pdf", "Serious Case Review: Children F, G & H", "Children F, G & H", "Serious Case Review")));

            assertThat(result.linkFor("e1")).map(EntryLink::file).contains("scr-alex.pdf");
            assertThat(result.linkFor("e2")).map(EntryLink::file).contains("fgh.pdf");
        }

        @Test
        void sameChildButAnotherReviewTypeIsBelowTheThreshold() {
            LinkResult result = link(List.of(digest.get(0)),
                    List.of(report("child-t.pdf", "Domestic Homicide Review: Child T", "Child T", "Domestic Homicide Review")));

            assertThat(result.links()).isEmpty();
        }

        @Test
        void sameChildInAnotherAreaIsBelowTheThreshold() {
            LinkResult result = link(
                    List.of(entry("e1", "2025 - Marlow Heath - Baby AR", "Baby AR", "child_safeguarding_practice_review", "#")),
                    List.of(report("Kingsbury_CSPR_Baby_AR.pdf", "Kingsbury CSPR: Baby AR", "Baby AR", "CSPR")));

            assertThat(result.links()).isEmpty();
        }

        @Test
        void theAreaInTheEntryTitleConfirmsTheMatch() {
            LinkResult result = link(
                    List.of(entry("e1", "2025 - Marlow Heath - Baby AR", "Baby AR", null, "#")),
                    List.of(fileOnly("Marlow-Heath-Baby-AR-final-redacted.pdf")));

            assertThat(result.linkFor("e1").orElseThrow().score()).isEqualTo(0.9);
        }
    }

    @Nested
    class Thematic {
        @Test
        void thematicTitleWithoutChildMatchesByItsWords() {
            LinkResult result = link(List.of(
                            entry("t1", "Sudden unexpected deaths in infancy: thematic child safeguarding practice review", null,
                                    "child_safeguarding_practice_review", "#"),
                            entry("t2", "Serious youth violence: thematic child safeguarding practice review", null,
                                    "child_safeguarding_practice_review", "#")),
                    List.of(report("Westmere-thematic-review-safer-sleep-2023.pdf",
                            "Thematic Child Safeguarding Practice Review: Sudden Unexpected Deaths in Infancy in Westmere",
                            null, "Child Safeguarding Practice Review")));

            assertThat(result.linkFor("t1")).map(EntryLink::file).contains("Westmere-thematic-review-safer-sleep-2023.pdf");
            assertThat(result.linkFor("t1").orElseThrow().score()).isGreaterThanOrEqualTo(0.75);
            assertThat(result.unlinkedEntries()).containsExactly("t2");
        }

        @Test
        void titleAndFileNameTogetherCarryTheTheme() {
            LinkResult result = link(List.of(
                            entry("t1", "Safer sleep: thematic review of sudden unexpected infant deaths", null,
                                    "child_safeguarding_practice_review", "#")),
                    List.of(report("Westmere-thematic-review-safer-sleep-2023.pdf",
                            "Thematic Child Safeguarding Practice Review: Sudden Unexpected Deaths in Infancy in Westmere",
                            null, "Child Safeguarding Practice Review")));

            assertThat(result.linkFor("t1")).map(EntryLink::file).contains("Westmere-thematic-review-safer-sleep-2023.pdf");
        }

        @Test
        void sharingOnlyKindOfDocumentWordsIsNoEvidence() {
            LinkResult result = link(List.of(entry("t1", "Thematic review", null, null, "#")),
                    List.of(fileOnly("thematic-review-final.pdf")));

            assertThat(result.links()).isEmpty();
        }
    }

    @Nested
    class Ambiguity {
        @Test
        void twoReportsForOneChildAreATieAndNotGuessed() {
            LinkResult result = link(
                    List.of(entry("e1", "Child A: Child safeguarding practice review", "Child A",
                            "child_safeguarding_practice_review", "#")),
                    List.of(fileOnly("Eastshire_CSPR_Child_A.pdf"), fileOnly("Westshire_CSPR_Child_A.pdf")));

            assertThat(result.links()).isEmpty();
            assertThat(result.ambiguous()).singleElement().satisfies(a -> {
                assertThat(a.reviewIds()).containsExactly("e1");
                assertThat(a.files()).containsExactlyInAnyOrder("Eastshire_CSPR_Child_A.pdf", "Westshire_CSPR_Child_A.pdf");
                assertThat(a.message()).contains("e1").contains("Eastshire_CSPR_Child_A.pdf (0.85)").contains("links.csv");
            });
            assertThat(result.unmatchedReports()).hasSize(2);
        }

        @Test
        void twoEntriesWantingOneReportAreReported() {
            LinkResult result = link(List.of(
                            entry("2021-11-child-a", "Child A: Child safeguarding practice review", "Child A", null, "#"),
                            entry("2022-03-child-a", "Child A: Child safeguarding practice review", "Child A", null, "#")),
                    List.of(fileOnly("Child_A_CSPR.pdf")));

            assertThat(result.links()).isEmpty();
            assertThat(result.ambiguous()).singleElement().satisfies(a -> {
                assertThat(a.reviewIds()).containsExactly("2021-11-child-a", "2022-03-child-a");
                assertThat(a.message()).startsWith("report Child_A_CSPR.pdf is wanted by several entries");
            });
            assertThat(result.unlinkedEntries()).containsExactly("2021-11-child-a", "2022-03-child-a");
        }

        @Test
        void aClearWinnerAmongEntriesTakesTheReport() {
            LinkResult result = link(List.of(
                            entry("e1", "Child A: Child safeguarding practice review", "Child A", "child_safeguarding_practice_review", "#"),
                            entry("e2", "Child A: Domestic homicide review", "Child A", "domestic_homicide_review", "#")),
                    List.of(fileOnly("Child_A_CSPR.pdf")));

            assertThat(result.linkFor("e1")).map(EntryLink::file).contains("Child_A_CSPR.pdf");
            assertThat(result.linkFor("e2")).isEmpty();
        }

        @Test
        void aLinkNameFittingTwoFilesIsReported() {
            LinkResult result = link(List.of(entry("e1", "Child B", "Child B", null, "https://x.org/child-b.pdf")),
                    List.of(fileOnly("child_b.pdf"), fileOnly("child b.pdf")));

            assertThat(result.links()).isEmpty();
            assertThat(result.ambiguous()).singleElement()
                    .satisfies(a -> assertThat(a.message()).contains("'child-b.pdf'").contains("e1"));
        }
    }

    @Nested
    class OperatorFile {
        private final List<LinkCandidateEntry> entries = List.of(
                entry("2021-11-child-v", "Child V; Child safeguarding practice review", "Child V", null,
                        "https://x.org/Child_V.pdf"),
                entry("2021-11-baby-d", "Baby D: Child safeguarding practice review", "Baby D", null, "#"));
        private final List<LinkCandidateReport> reports = List.of(fileOnly("Child_V.pdf"), fileOnly("scan0001.pdf"),
                fileOnly("Baby_D_CSPR.pdf"));

        private LinkResult withCsv(String csv) {
            return linker.link(entries, reports, OperatorLinksReader.parse("links.csv", csv));
        }

        @Test
        void operatorRowOverridesTheLinkName() {
            LinkResult result = withCsv("entry,file\n2021-11-child-v,SCAN0001\n");

            assertThat(result.linkFor("2021-11-child-v")).contains(
                    new EntryLink("2021-11-child-v", "scan0001.pdf", LinkMethod.OPERATOR, 1.0));
            assertThat(result.unmatchedReports()).containsExactly("Child_V.pdf");
        }

        @Test
        void entryCanBeNamedByItsTitle() {
            LinkResult result = withCsv("entry,file\n\"Baby D: Child safeguarding practice review\",scan0001.pdf\n");

            assertThat(result.linkFor("2021-11-baby-d")).map(EntryLink::method).contains(LinkMethod.OPERATOR);
            assertThat(result.linkFor("2021-11-baby-d")).map(EntryLink::file).contains("scan0001.pdf");
        }

        @Test
        void dashDeclaresThatAnEntryHasNoReport() {
            LinkResult result = withCsv("entry,file\n2021-11-baby-d,-\n");

            assertThat(result.linkFor("2021-11-baby-d")).isEmpty();
            assertThat(result.unmatchedReports()).containsExactly("scan0001.pdf", "Baby_D_CSPR.pdf");
        }

        @Test
        void rowsNamingNothingKnownAreProblemsAndTheRestStillLinks() {
            LinkResult result = withCsv("entry,file\nno-such-entry,scan0001.pdf\n2021-11-baby-d,missing.pdf\n");

            assertThat(result.problems()).extracting(p -> p.location() + ": " + p.message()).containsExactly(
                    "links.csv line 2: no digest entry has the review id or title 'no-such-entry'",
                    "links.csv line 3: no report file 'missing.pdf' in the input");
            assertThat(result.linkFor("2021-11-child-v")).map(EntryLink::method).contains(LinkMethod.LINK_NAME);
            assertThat(result.linkFor("2021-11-baby-d")).map(EntryLink::method).contains(LinkMethod.SIMILARITY);
        }

        @Test
        void aSecondRowForTheSameEntryIsIgnored() {
            LinkResult result = withCsv("entry,file\n2021-11-baby-d,scan0001.pdf\n2021-11-baby-d,Child_V.pdf\n");

            assertThat(result.linkFor("2021-11-baby-d")).map(EntryLink::file).contains("scan0001.pdf");
            assertThat(result.problems()).singleElement()
                    .satisfies(p -> assertThat(p.location()).isEqualTo("links.csv line 3"));
        }
    }

    @Nested
    class UnmatchedReports {
        @Test
        void reportWithoutEntryIsListedInInputOrder() {
            LinkResult result = link(
                    List.of(entry("e1", "Child V", "Child V", null, "Child_V.pdf")),
                    List.of(fileOnly("Zeta_unrelated.pdf"), fileOnly("Child_V.pdf"), fileOnly("Alpha_thematic_neglect.pdf")));

            assertThat(result.unmatchedReports()).containsExactly("Zeta_unrelated.pdf", "Alpha_thematic_neglect.pdf");
            assertThat(result.unlinkedEntries()).isEmpty();
        }

        @Test
        void noReportsLeavesEveryEntryUnlinked() {
            LinkResult result = link(List.of(entry("e1", "Child V", "Child V", null, "#")), List.of());

            assertThat(result.unlinkedEntries()).containsExactly("e1");
            assertThat(result.unmatchedReports()).isEmpty();
        }
    }
}
