package org.casereview.etl.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.ingest.Sha256;
import org.casereview.etl.store.DocumentStore;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** One partition per report PDF of the month, named after the file so a restart finds it again. */
public class ReportPartitioner implements Partitioner {

    static final String FILE_KEY = "report.file";
    /** 100 characters of step name, less "extractReportWorkerStep:report:". */
    private static final int MAX_NAME = 60;

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
            partitions.put(partitionName(report.sourceFile()), context);
        }
        return partitions;
    }

    /**
     * "report:" and the file name, cut to fit Spring Batch's 100-character step name with the
     * worker step's name before it: a longer name keeps its start and a hash of the whole, so it
     * stays unique and the same on restart.
     */
    static String partitionName(String file) {
        if (file.length() <= MAX_NAME) {
            return "report:" + file;
        }
        String hash = Sha256.ofText(file).substring(0, 12);
        return "report:" + file.substring(0, MAX_NAME - hash.length() - 1) + "~" + hash;
    }
}
