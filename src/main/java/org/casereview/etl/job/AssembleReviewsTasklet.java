package org.casereview.etl.job;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Links entries and reports and merges them into the month's reviews (one transaction: all or nothing). */
public class AssembleReviewsTasklet implements Tasklet {

    private final ReviewAssembler assembler;

    public AssembleReviewsTasklet(ReviewAssembler assembler) {
        this.assembler = assembler;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        int withReport = assembler.assemble(JobRun.of(contribution.getStepExecution().getJobExecution()));
        contribution.incrementWriteCount(withReport);
        return RepeatStatus.FINISHED;
    }
}
