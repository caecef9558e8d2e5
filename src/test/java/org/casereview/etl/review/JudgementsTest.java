package org.casereview.etl.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.junit.jupiter.api.Test;

class JudgementsTest {

    /** Each report's evidence told apart by its page count; the verdict names it. */
    private static ReportEvidence pages(int n) {
        return new ReportEvidence(n, List.of(), List.of());
    }

    private static Verdict named(ReportEvidence e) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3)); // checks that take their time in any order
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return new Verdict(List.of("p" + e.pages()));
    }

    @Test
    void verdictsComeInTheOrderAskedEvenWhenTheChecksFallBehind() {
        Map<String, Verdict> verdicts;
        try (Judgements judgements = new Judgements((e, d) -> named(e))) {
            judgements.judge("a.pdf", true, pages(1), null);
            judgements.judge("b.pdf", false, pages(2), null);
            judgements.judge("a.pdf", true, pages(3), null);
            judgements.judge("b.pdf", false, pages(4), null);
            for (int n = 10; n < 20; n++) {
                judgements.judge("c.pdf", true, pages(n), null);
            }
            verdicts = judgements.verdicts();
        }
        assertThat(verdicts).containsOnlyKeys("a.pdf", "b.pdf", "c.pdf");
        assertThat(verdicts.get("a.pdf").notes()).containsExactly("p1", "p3");
        assertThat(verdicts.get("b.pdf").notes()).containsExactly("p4"); // a report of its own: the last verdict
        assertThat(verdicts.get("c.pdf").notes())
                .containsExactly("p10", "p11", "p12", "p13", "p14", "p15", "p16", "p17", "p18", "p19");
    }

    @Test
    void theChecksRunOffTheCallersThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Judgements judgements = new Judgements((e, d) -> {
            threads.add(Thread.currentThread().getName());
            return Verdict.ok();
        })) {
            judgements.judge("a.pdf", true, pages(1), null);
            judgements.judge("b.pdf", true, pages(2), null);
            assertThat(judgements.verdicts()).containsOnlyKeys("a.pdf", "b.pdf");
        }
        assertThat(threads).containsExactly("judge-reports").doesNotContain(Thread.currentThread().getName());
    }

    @Test
    void aCheckThatFailsFailsTheCallerWithItsOwnException() {
        try (Judgements judgements = new Judgements((e, d) -> {
            if (e.pages() == 2) {
                throw new IllegalArgumentException("check failed on the second report");
            }
            return Verdict.ok();
        })) {
            judgements.judge("a.pdf", true, pages(1), null);
            judgements.judge("b.pdf", true, pages(2), null);
            assertThatThrownBy(judgements::verdicts).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("check failed on the second report");
        }
    }

    @Test
    void theDefaultCheckGivesReportChecksVerdicts() {
        ReportEvidence empty = pages(40);
        try (Judgements judgements = new Judgements()) {
            judgements.judge("a.pdf", true, empty, null);
            assertThat(judgements.verdicts().get("a.pdf"))
                    .isEqualTo(org.casereview.etl.quality.ReportChecks.judge(empty, null));
        }
        assertThat(org.casereview.etl.quality.ReportChecks.judge(empty, null).notes()).contains("no headed sections found");
    }
}
