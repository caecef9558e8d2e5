package org.casereview.etl.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.store.DocumentStore;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per report PDF of the month, named after the file so a restart finds it again. */
public class ReportPartitioner implements Partitioner {

    static final String FILE_KEY = "report.file";

    private final DocumentStore store;
    private final String month;

    public ReportPartitioner(DocumentStore store, String month) {
        this.store = store;
        this.month = month;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (DocumentRow report : store.documents(month, "report")) {
            if (!report.hasStatus(DocumentStatus.PENDING)) {
                continue;
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE_KEY, report.sourceFile());
            partitions.put("report:" + report.sourceFile(), context);
        }
        return partitions;
    }
}
