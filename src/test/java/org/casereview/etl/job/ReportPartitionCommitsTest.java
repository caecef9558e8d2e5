package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The extract step's partitions on a real job repository (H2 with the job's migrations): each report is one commit
 * of its rows with its step execution's end, besides the one that writes the step execution; a failed report leaves
 * none of its rows and a FAILED partition; a restart in the same job instance runs the failed and the unfinished
 * partitions again and not the completed ones.
 */
class ReportPartitionCommitsTest {

    @TempDir
    Path dir;

    private final AtomicInteger commits = new AtomicInteger();
    private JdbcTemplate jdbc;
    private DataSourceTransactionManager tm;
    private JobRepository repository;
    private final Set<String> failing = Collections.synchronizedSet(new java.util.HashSet<>());
    private final List<String> runs = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void repository() throws Exception {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("casereviews").toAbsolutePath(), "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE extracted (file VARCHAR(100) PRIMARY KEY)");
        tm = new DataSourceTransactionManager(dataSource) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                commits.incrementAndGet();
                super.doCommit(status);
            }
        };
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(tm);
        factory.afterPropertiesSet();
        repository = factory.getObject();
    }

    @Test
    void eachReportIsOneCommitBesidesItsStepExecution() throws Exception {
        JobInstance instance = repository.createJobInstance("job", parameters());
        StepExecution manager = managerOf(instance);
        commits.set(0);

        Collection<StepExecution> done = handler(2).handle(null, manager);

        assertThat(done).hasSize(5).allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        // one read of the job repository (has the step run before in this job instance?), then per report one commit
        // to write its partition and one for its work with the partition's end (Spring Batch's split and tasklet
        // step: ten per report, one of them a read)
        assertThat(commits.get()).isEqualTo(1 + 5 * 2);
        assertThat(jdbc.queryForList("SELECT file FROM extracted ORDER BY file", String.class))
                .containsExactly("a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf");
        assertThat(stored(instance, "worker:report:c.pdf")).containsExactly("COMPLETED|c.pdf|1|1");
    }

    @Test
    void aFailedReportLeavesNoRowsAndRunsAgainOnRestartWhereTheCompletedDoNot() throws Exception {
        JobInstance instance = repository.createJobInstance("job", parameters());
        failing.add("c.pdf");
        Collection<StepExecution> first = handler(1).handle(null, managerOf(instance));

        assertThat(first).filteredOn(s -> s.getStatus() == BatchStatus.FAILED).singleElement()
                .satisfies(s -> assertThat(s.getExitStatus().getExitDescription()).contains("cannot read c.pdf"));
        assertThat(jdbc.queryForList("SELECT file FROM extracted ORDER BY file", String.class))
                .containsExactly("a.pdf", "b.pdf", "d.pdf", "e.pdf");
        assertThat(stored(instance, "worker:report:c.pdf")).containsExactly("FAILED|c.pdf|0|0");

        failing.clear();
        runs.clear();
        Collection<StepExecution> second = handler(2).handle(null, managerOf(instance));

        assertThat(runs).containsExactly("c.pdf");
        assertThat(second).singleElement().satisfies(s -> assertThat(s.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        assertThat(jdbc.queryForList("SELECT file FROM extracted ORDER BY file", String.class))
                .containsExactly("a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf");
    }

    @Test
    void aPartitionKilledBeforeItsWorkCommittedRunsAgain() throws Exception {
        JobInstance instance = repository.createJobInstance("job", parameters());
        StepExecution manager = managerOf(instance);
        // what a kill leaves: the partition written (STARTING), its work never committed; 'restart' marks it failed
        StepExecution killed = repository.createStepExecution("worker:report:b.pdf", manager.getJobExecution());
        markFailed(List.of(manager, killed));

        Collection<StepExecution> second = handler(2).handle(null, managerOf(instance));

        assertThat(runs).containsExactlyInAnyOrder("a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf");
        assertThat(second).hasSize(5);
    }

    private ReportPartitionHandler handler(int threads) {
        Tasklet tasklet = (contribution, chunk) -> {
            String file = contribution.getStepExecution().getExecutionContext().getString(ReportPartitioner.FILE_KEY);
            runs.add(file);
            contribution.incrementReadCount();
            jdbc.update("INSERT INTO extracted VALUES (?)", file);
            if (failing.contains(file)) {
                throw new IllegalStateException("cannot read " + file);
            }
            contribution.incrementWriteCount(1);
            return RepeatStatus.FINISHED;
        };
        Partitioner partitioner = grid -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (String file : List.of("a.pdf", "b.pdf", "c.pdf", "d.pdf", "e.pdf")) {
                ExecutionContext context = new ExecutionContext();
                context.putString(ReportPartitioner.FILE_KEY, file);
                partitions.put("report:" + file, context);
            }
            return partitions;
        };
        return new ReportPartitionHandler(new OneTransactionStep("worker", repository, tm, tasklet), partitioner,
                repository, threads);
    }

    private StepExecution managerOf(JobInstance instance) {
        JobExecution execution = repository.createJobExecution(instance, parameters(), new ExecutionContext());
        return repository.createStepExecution("extract", execution);
    }

    /** As 'restart' does to an interrupted execution (JobOperator.recover). */
    private void markFailed(Collection<StepExecution> executions) {
        for (StepExecution s : executions) {
            if (s.getStatus().isRunning()) {
                s.setStatus(BatchStatus.FAILED);
                repository.update(s);
            }
        }
    }

    private List<String> stored(JobInstance instance, String stepName) {
        StepExecution s = repository.getLastStepExecution(instance, stepName);
        return List.of(s.getStatus() + "|" + s.getExecutionContext().getString(ReportPartitioner.FILE_KEY) + "|"
                + s.getReadCount() + "|" + s.getWriteCount());
    }

    private static JobParameters parameters() {
        return new JobParametersBuilder().addString("month", "2026-11").toJobParameters();
    }
}
