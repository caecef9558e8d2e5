package org.casereview.etl.job;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The execution this process is running, as the job holds it: the live status is read from it instead of from the
 * job repository, whose reading of an execution loads every step execution with its context (one query and one
 * deserialised context per report partition, at every tick: a cost that grew with the reports done times the ticks).
 */
public class RunningJob implements JobExecutionListener {

    private final AtomicReference<JobExecution> current = new AtomicReference<>();

    @Override
    public void beforeJob(JobExecution execution) {
        current.set(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        current.compareAndSet(execution, null);
    }

    public Optional<JobExecution> current() {
        return Optional.ofNullable(current.get());
    }
}
