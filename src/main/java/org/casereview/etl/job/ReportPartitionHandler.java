package org.casereview.etl.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Runs the report partitions on {@code threads} workers, starting each as soon as its step execution is written.
 * Spring Batch's split writes every partition's step execution (two commits each) before the first one starts: at
 * 480 reports the extract threads waited for 960 commits. Here the calling thread writes them one after another
 * while the workers take them in order. The same step names, contexts and restart rules as Spring Batch's
 * {@code SimpleStepExecutionSplitter}: a partition whose last execution in this job instance completed is not run
 * again, one that failed or stopped is; the lookup is skipped when this is the first execution of the step in the
 * job instance (no partition can have run before). The splitter handed in is not used.
 */
public class ReportPartitionHandler implements PartitionHandler {

    private final Step worker;
    private final Partitioner partitioner;
    private final JobRepository repository;
    private final int threads;

    public ReportPartitionHandler(Step worker, Partitioner partitioner, JobRepository repository, int threads) {
        this.worker = worker;
        this.partitioner = partitioner;
        this.repository = repository;
        this.threads = threads;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter unused, StepExecution manager) throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new CustomizableThreadFactory("extract-"));
        List<Future<StepExecution>> started = new ArrayList<>();
        try {
            boolean restart = repository.getStepExecutionCount(manager.getJobExecution().getJobInstance(),
                    manager.getStepName()) > 1;
            for (Map.Entry<String, ExecutionContext> partition : partitioner.partition(threads).entrySet()) {
                String name = worker.getName() + ":" + partition.getKey();
                if (restart && !startable(name, manager.getJobExecution())) {
                    continue;
                }
                StepExecution execution = repository.createStepExecution(name, manager.getJobExecution());
                execution.setExecutionContext(partition.getValue());
                started.add(pool.submit(() -> {
                    worker.execute(execution);
                    return execution;
                }));
            }
        } finally {
            pool.shutdown(); // what was submitted still runs; a failed split waits for it before it is thrown
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        }
        List<StepExecution> done = new ArrayList<>(started.size());
        for (Future<StepExecution> future : started) {
            done.add(result(future));
        }
        return done;
    }

    /** As Spring Batch decides whether a partition runs again on a restart. */
    private boolean startable(String name, JobExecution job) throws JobExecutionException {
        StepExecution last = repository.getLastStepExecution(job.getJobInstance(), name);
        if (last == null || last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
            return true;
        }
        if (last.getStatus() == BatchStatus.COMPLETED) {
            return false;
        }
        throw new JobExecutionException("Cannot restart step from " + last.getStatus() + " status: " + name);
    }

    private static StepExecution result(Future<StepExecution> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
