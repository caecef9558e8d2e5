package org.casereview.etl.link;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityScorerTest {
    private final LinkVocabulary vocabulary = LinkVocabulary.load();
    private final SimilarityScorer scorer = new SimilarityScorer(vocabulary);

    private MatchProfile entry(String title, String child, String type) {
        return MatchProfile.ofEntry(vocabulary, new LinkCandidateEntry("e", title, child, type, "#"));
    }

    private MatchProfile report(String file, String title, String child, String type) {
        return MatchProfile.ofReport(vocabulary, new LinkCandidateReport(file, title, child, type));
    }

    @Nested
    class ChildNames {
        @Test
        void nameFoundInTheFileNameCountsAsAMatch() {
            assertThat(scorer.childAgreement(entry("Child T: CSPR", "Child T", null), report("x_Child_T.pdf", null, null, null)))
                    .isEqualTo(SimilarityScorer.ChildAgreement.MATCH);
        }

        @Test
        void camelCaseFileNameIsSplit() {
            assertThat(scorer.childAgreement(entry("Child V", "Child V", null), report("2021ChildV.pdf", null, null, null)))
                    .isEqualTo(SimilarityScorer.ChildAgreement.MATCH);
        }

        @Test
        void accentsAndCaseDoNotMatter() {
            assertThat(scorer.childAgreement(entry("Zoë", "Zoë", null), report("a.pdf", "Review: ZOE", "ZOE", null)))
                    .isEqualTo(SimilarityScorer.ChildAgreement.MATCH);
        }

        @Test
        void letterOfTheNameIsNotFoundInsideAnotherWord() {
            assertThat(scorer.childAgreement(entry("Child A", "Child A", null), report("Child_Abuse_review.pdf", null, null, null)))
                    .isEqualTo(SimilarityScorer.ChildAgreement.ABSENT);
        }
    }

    @Nested
    class Scores {
        @Test
        void childAndTypeAgreeingWithNoTitleWordsScores085() {
            assertThat(scorer.score(entry("Child T: Child safeguarding practice review", "Child T",
                    "child_safeguarding_practice_review"), report("Northcliffe_CSPR_Child_T.pdf", null, null, null)))
                    .isEqualTo(0.85);
        }

        @Test
        void reviewTypeIsReadFromAnAbbreviationInTheFileName() {
            assertThat(report("brackenford-lscb-scr-baby-e.pdf", null, null, null).reviewType()).isEqualTo("serious_case_review");
            assertThat(report("x.pdf", "Local Child Safeguarding Practice Review", null, null).reviewType())
                    .isEqualTo("child_safeguarding_practice_review");
        }

        @Test
        void pluralsMeetSingulars() {
            double score = scorer.score(entry("Babies with injuries: thematic review", null, null),
                    report("x.pdf", "Thematic review: baby injury", null, null));
            assertThat(score).isEqualTo(0.875);
        }

        @Test
        void nothingInCommonButTheKindOfDocumentScoresZero() {
            assertThat(scorer.score(entry("Overview report", null, null), report("final-report.pdf", null, null, null)))
                    .isZero();
        }
    }
}
