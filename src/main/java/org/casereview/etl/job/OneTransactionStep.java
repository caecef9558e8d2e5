package org.casereview.etl.job;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step that runs its tasklet once, in one transaction with the step execution's end: the work's rows and the
 * step's COMPLETED status and context are committed together, or, when the work fails, nothing of it is and the
 * step is recorded FAILED in a transaction of its own. Spring Batch's tasklet step writes the step execution or its
 * context seven times around the one chunk, each in its own transaction (start, open, the chunk, and twice each
 * before and after its listeners): one report partition of the extract step was seven commits of the job
 * repository besides its own rows. This step has no listeners and no streams; the step execution keeps the status
 * it was created with (STARTING) until the work commits, which a restart after a kill treats as a failed partition.
 */
public class OneTransactionStep implements Step {

    private static final Logger log = LoggerFactory.getLogger(OneTransactionStep.class);

    private final String name;
    private final JobRepository repository;
    private final TransactionTemplate transaction;
    private final Tasklet tasklet;

    public OneTransactionStep(String name, JobRepository repository, PlatformTransactionManager tm, Tasklet tasklet) {
        this.name = name;
        this.repository = repository;
        this.transaction = new TransactionTemplate(tm);
        this.tasklet = tasklet;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void execute(StepExecution execution) {
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(BatchStatus.STARTED);
        Integer version = execution.getVersion();
        StepSynchronizationManager.register(execution);
        try {
            transaction.executeWithoutResult(status -> work(execution));
        } catch (RuntimeException | Error e) {
            execution.setVersion(version); // the update inside the rolled back transaction did not happen
            failed(execution, e);
        } finally {
            StepSynchronizationManager.release();
        }
    }

    private void work(StepExecution execution) {
        StepContribution contribution = execution.createStepContribution();
        try {
            tasklet.execute(contribution, new ChunkContext(new StepContext(execution)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        execution.apply(contribution);
        execution.incrementCommitCount();
        execution.setStatus(BatchStatus.COMPLETED);
        execution.setExitStatus(ExitStatus.COMPLETED.and(execution.getExitStatus()));
        execution.setEndTime(LocalDateTime.now());
        repository.update(execution);
        repository.updateExecutionContext(execution);
    }

    private void failed(StepExecution execution, Throwable e) {
        log.error("Encountered an error executing step {}", name, e);
        execution.incrementRollbackCount();
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(e));
        execution.addFailureException(e);
        execution.setEndTime(LocalDateTime.now());
        try {
            repository.update(execution);
            repository.updateExecutionContext(execution);
        } catch (RuntimeException saveFailed) {
            execution.setStatus(BatchStatus.UNKNOWN);
            execution.setExitStatus(ExitStatus.UNKNOWN.addExitDescription(saveFailed));
            execution.addFailureException(saveFailed);
            log.error("Could not record the failure of step {}; the run is in an unknown state", name, saveFailed);
        }
    }
}
