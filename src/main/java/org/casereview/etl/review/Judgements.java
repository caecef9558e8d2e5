package org.casereview.etl.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

import org.casereview.etl.concurrent.Futures;
import org.casereview.etl.quality.DigestExpectation;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;

/**
 * The self-checks of a month's reports, run on a thread of their own (or on the assembly's workers) while the next
 * reviews are merged and stored: the checks need nothing but the evidence read for them. The verdicts
 * come back in the order they were asked for, so that a report linked from several entries gets the same notes in the
 * same order as when they ran one after the other. At most {@value #WAITING} reports' evidence waits to be judged.
 */
final class Judgements implements AutoCloseable {

    private static final int WAITING = 4;

    private record Pending(String file, boolean addToEarlier, Future<Verdict> verdict) {
    }

    private final BiFunction<ReportEvidence, DigestExpectation, Verdict> check;
    private final List<Pending> pending = new ArrayList<>();
    private final boolean ownThread;
    private ExecutorService thread;

    Judgements() {
        this(ReportChecks::judge);
    }

    /** @param check the self-check of one report (tests give their own) */
    Judgements(BiFunction<ReportEvidence, DigestExpectation, Verdict> check) {
        this.check = check;
        this.ownThread = true;
    }

    /**
     * Checks run on the given workers (the assembly's, beside the merging), not on a thread of their own; the workers
     * are the caller's to shut down.
     */
    Judgements(ExecutorService workers) {
        this.check = ReportChecks::judge;
        this.thread = workers;
        this.ownThread = false;
    }

    /**
     * @param addToEarlier the verdict is added to the file's earlier one (an entry's report); otherwise it replaces
     *                     it (a report no entry links to)
     */
    void judge(String file, boolean addToEarlier, ReportEvidence evidence, DigestExpectation expected) {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "judge-reports");
                t.setDaemon(true);
                return t;
            });
        }
        if (pending.size() >= WAITING) {
            verdict(pending.get(pending.size() - WAITING)); // the checks keep up, or the merging waits for them
        }
        pending.add(new Pending(file, addToEarlier, thread.submit(() -> check.apply(evidence, expected))));
    }

    /** Every file's verdict, as judging them one after the other in the order asked gives it. */
    Map<String, Verdict> verdicts() {
        Map<String, Verdict> quality = new HashMap<>();
        for (Pending p : pending) {
            if (p.addToEarlier()) {
                quality.merge(p.file(), verdict(p), Verdict::and);
            } else {
                quality.put(p.file(), verdict(p));
            }
        }
        return quality;
    }

    /** A check that failed fails the caller with its own exception, as when it ran on the caller's thread. */
    private static Verdict verdict(Pending p) {
        return Futures.unchecked(p.verdict(), "the reports' self-checks ran");
    }

    @Override
    public void close() {
        if (ownThread && thread != null) {
            thread.shutdownNow();
        }
    }
}
