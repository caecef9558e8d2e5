package org.casereview.etl.job;

import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Skips a rejected document while the run's reject budget allows it (counted over the whole
 * month, not just this step); any other failure is not skipped and fails the step.
 */
public class RejectedDocumentSkipPolicy implements SkipPolicy {

    private final RejectBudget budget;
    private final JobRun run;
    private final String stepName;

    public RejectedDocumentSkipPolicy(RejectBudget budget, JobRun run, String stepName) {
        this.budget = budget;
        this.run = run;
        this.stepName = stepName;
    }

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        if (!(t instanceof RejectedDocumentException)) {
            return false;
        }
        budget.checkOneMore(run, stepName);
        return true;
    }
}
