package org.casereview.etl.job;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-document failures are tolerated up to the run's skip limit; past it the step fails with a
 * message that says so, and a restart with a higher limit (or the cause fixed) carries on.
 */
public class RejectBudget {

    private final JdbcClient jdbc;

    public RejectBudget(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void check(JobRun run, String stepName) {
        int rejected = jdbc.sql("SELECT COUNT(*) FROM source_document WHERE batch_month = ? AND status = 'rejected'")
                .param(run.month()).query(Integer.class).single();
        if (rejected > run.skipLimit()) {
            throw new TooManyRejectsException(stepName + " stopped: " + rejected
                    + " documents rejected, more than the skip limit of " + run.skipLimit()
                    + " (see rejects in the database table reject). Fix the inputs or raise --skip-limit, then run 'restart'.");
        }
    }

    public static class TooManyRejectsException extends RuntimeException {
        public TooManyRejectsException(String message) {
            super(message);
        }
    }
}
