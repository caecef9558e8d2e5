package org.casereview.etl.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An entry whose link was refused as unsafe is linked only by the operator, never by the link's name or by similarity. */
class RefusedLinkTest {

    private final ReportLinker linker = new ReportLinker();
    private static final String TITLE = "Child V: Child safeguarding practice review";

    @Test
    void aRefusedLinkNamingAnotherEntrysDownloadIsNotLinked() {
        List<LinkCandidateEntry> entries = List.of(
                new LinkCandidateEntry("e1", TITLE, "Child V", "child_safeguarding_practice_review",
                        "https://learning.nspcc.org.uk/reports/ChildV.pdf", false),
                new LinkCandidateEntry("e2", TITLE + " (copy)", "Child V", "child_safeguarding_practice_review",
                        "https://evil.example.org/reports/ChildV.pdf", true));

        LinkResult result = linker.link(entries, List.of(new LinkCandidateReport("ChildV.pdf", TITLE, "Child V", null)),
                OperatorLinks.none());

        assertThat(result.linkFor("e1")).map(EntryLink::file).contains("ChildV.pdf");
        assertThat(result.linkFor("e2")).isEmpty();
        assertThat(result.unlinkedEntries()).containsExactly("e2");
    }

    @Test
    void aRefusedLinkIsNotLinkedBySimilarityEither() {
        LinkCandidateEntry refused = new LinkCandidateEntry("e1", TITLE, "Child V", "child_safeguarding_practice_review",
                "../../elsewhere/ChildV.pdf", true);

        LinkResult result = linker.link(List.of(refused), List.of(new LinkCandidateReport("Northfold_CSPR_Child_V.pdf",
                TITLE, "Child V", "Child safeguarding practice review")), OperatorLinks.none());

        assertThat(result.links()).isEmpty();
        assertThat(result.unmatchedReports()).containsExactly("Northfold_CSPR_Child_V.pdf");
    }

    @Test
    void theOperatorCanStillLinkIt() {
        LinkCandidateEntry refused = new LinkCandidateEntry("e1", TITLE, "Child V", null, "file:///etc/ChildV.pdf", true);
        OperatorLinks operator = new OperatorLinks("links.csv", List.of(new OperatorLink(2, "e1", "Northfold_CSPR_Child_V.pdf")), List.of());

        LinkResult result = linker.link(List.of(refused), List.of(new LinkCandidateReport("Northfold_CSPR_Child_V.pdf",
                TITLE, "Child V", null)), operator);

        assertThat(result.linkFor("e1")).map(EntryLink::method).contains(LinkMethod.OPERATOR);
    }
}
