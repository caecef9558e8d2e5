package org.casereview.etl.job;

import java.util.Map;

import org.casereview.etl.output.CsvExporter;
import org.casereview.etl.output.ExportTable;
import org.casereview.etl.output.MonthRange;
import org.casereview.etl.output.RunReportWriter;
import org.casereview.etl.output.WrittenRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: the month's CSV files, always the whole month, including reports not extracted again,
 * and report.html counting them.
 */
public class ExportOutputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportOutputsTasklet.class);

    private final CsvExporter exporter;

    public ExportOutputsTasklet(CsvExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        // the page is written from the cells of the four files it counts, kept as they are written, while the
        // sections file is still being written
        WrittenRows counted = RunReportWriter.rowsToCount();
        Map<String, Integer> rows = exporter.export(ExportTable.ALL, MonthRange.of(run.month()), run.output(),
                run.csvBom(), counted, () -> RunReportWriter.write(run.output(), run.month(), counted));
        rows.values().forEach(n -> contribution.incrementWriteCount(n));
        UnchangedRun.recordOutputs(contribution.getStepExecution().getJobExecution(), run);
        log.info("Wrote {} and {} into {}", rows, RunReportWriter.FILE_NAME, run.output());
        return RepeatStatus.FINISHED;
    }
}
