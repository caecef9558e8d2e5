package org.casereview.etl.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Test;

/**
 * One report named by the links of thousands of entries had its sections and items copied into each (session 38:
 * 5,000 entries, 45,035 sections, 246 of 256 MB of heap). Session 39: the first {@value ReportLinker#MAX_ENTRIES_A_REPORT}
 * entries in order took it; session 40: the ten most like the report (the child it names first), entry order among equals,
 * the others stay without a report, and one problem names the report, the kept and how many were not; a report linked by
 * a few entries (a joint review) is linked to each as before.
 */
class SharedReportLinksTest {

    private final ReportLinker linker = new ReportLinker();
    private final List<LinkCandidateReport> reports = List.of(
            new LinkCandidateReport("Ashdown_CSPR_Child_Q.pdf", "Child Q", "Child Q", "CSPR"));

    @Test
    void aReportLinkedByMoreEntriesThanOneReportIsGivenToGoesToTheFirstOnlyWithOneProblem() {
        LinkResult result = linker.link(entries(12), reports, OperatorLinks.none());
        assertThat(result.links()).extracting(EntryLink::reviewId)
                .containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10");
        assertThat(result.unlinkedEntries()).containsExactly("e11", "e12");
        assertThat(result.sharedReports()).containsExactly(new ParseProblem("Ashdown_CSPR_Child_Q.pdf",
                RejectReason.OTHER, "12 entries link this report; the 10 most like it by child name, review type and"
                + " title, the earlier among equals (e1, e2, e3, e4, e5, e6, e7, e8, e9, e10) take its sections and items,"
                + " the other 2 (e11, e12) stay without a report (write a pair into links.csv to choose)"));
    }

    @Test
    void theEntryNamingTheReportsChildKeepsItWhenItComesAfterTheTenth() {
        List<LinkCandidateEntry> entries = entries(14);
        entries.set(11, new LinkCandidateEntry("e12", "Child Q; Child safeguarding practice review", "Child Q", "CSPR",
                "Ashdown_CSPR_Child_Q.pdf"));
        LinkResult result = linker.link(entries, reports, OperatorLinks.none());
        assertThat(result.links()).extracting(EntryLink::reviewId)
                .containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e12");
        assertThat(result.unlinkedEntries()).containsExactly("e10", "e11", "e13", "e14");
        assertThat(result.sharedReports()).singleElement().extracting(ParseProblem::message).asString()
                .contains("(e12, e1, e2, e3, e4, e5, e6, e7, e8, e9) take its sections")
                .endsWith("the other 4 (e10, e11, e13 and 1 more) stay without a report (write a pair into links.csv to choose)");
    }

    @Test
    void aReportLinkedByAFewEntriesIsLinkedToEach() {
        LinkResult result = linker.link(entries(3), reports, OperatorLinks.none());
        assertThat(result.links()).extracting(EntryLink::reviewId).containsExactly("e1", "e2", "e3");
        assertThat(result.sharedReports()).isEmpty();
    }

    private static List<LinkCandidateEntry> entries(int n) {
        List<LinkCandidateEntry> entries = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            entries.add(new LinkCandidateEntry("e" + i, "Child L" + i + "; Child safeguarding practice review",
                    "Child L" + i, "CSPR", "Ashdown_CSPR_Child_Q.pdf"));
        }
        return entries;
    }
}
