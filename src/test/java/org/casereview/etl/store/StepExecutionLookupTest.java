package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.dao.jdbc.JdbcStepExecutionDao;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Spring Batch's lookup of a step's last execution, which the partitioned extract step makes for each report before
 * any is read, finds the step by its name through an index (V6), not by reading every step execution of the job
 * execution: the query is Spring Batch's own, read from its DAO, so an upgrade that changes it is checked too.
 */
class StepExecutionLookupTest {

    @TempDir
    Path dir;

    @Test
    void theLastExecutionOfAPartitionIsFoundThroughTheStepNameIndex() throws ReflectiveOperationException {
        NamedParameterJdbcTemplate jdbc = TestDatabase.in(dir);
        Field query = JdbcStepExecutionDao.class.getDeclaredField("GET_LAST_STEP_EXECUTION");
        query.setAccessible(true);
        String sql = ((String) query.get(null)).replace("%PREFIX%", "BATCH_").replaceFirst("\\?", "1")
                .replaceFirst("\\?", "'extractReportWorkerStep:report:Child_A.pdf'");

        String plan = jdbc.getJdbcTemplate().queryForObject("EXPLAIN " + sql, String.class);

        assertThat(plan).contains("BATCH_STEP_EXECUTION_NAME_IX: JOB_EXECUTION_ID = JE.JOB_EXECUTION_ID")
                .contains("AND STEP_NAME = 'extractReportWorkerStep:report:Child_A.pdf'");
    }
}
