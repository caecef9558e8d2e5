-- Spring Batch looks each partition's last execution up by job instance and step name before a partitioned step
-- starts (SimpleStepExecutionSplitter: JdbcStepExecutionDao's GET_LAST_STEP_EXECUTION, joined on JOB_EXECUTION_ID):
-- without this index every lookup reads all of the job execution's step executions, one per report, so the split
-- grew with the square of the month's reports (480 reports: 480 lookups over up to 486 rows, ~1 s before the
-- first report was read).
CREATE INDEX IF NOT EXISTS BATCH_STEP_EXECUTION_NAME_IX ON BATCH_STEP_EXECUTION (JOB_EXECUTION_ID, STEP_NAME);
