package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A partition's step name fits Spring Batch's 100 characters, whatever the file name's length. */
class ReportPartitionerTest {

    private static final String WORKER = "extractReportWorkerStep:";

    @Test
    void aShortFileNameIsThePartitionName() {
        assertThat(ReportPartitioner.partitionName("Northcliffe_CSPR_Child_T.pdf")).isEqualTo("report:Northcliffe_CSPR_Child_T.pdf");
    }

    @Test
    void longFileNamesAreCutToFitAndStayDistinct() {
        String common = "resources_test-documents_testPDF_no_extract_no_accessibility_owner_empty";
        String a = ReportPartitioner.partitionName(common + "_a.pdf");
        String b = ReportPartitioner.partitionName(common + "_b.pdf");
        assertThat((WORKER + a).length()).isLessThanOrEqualTo(100);
        assertThat(a).startsWith("report:" + common.substring(0, 47) + "~").hasSize(7 + 60).isNotEqualTo(b);
        assertThat(ReportPartitioner.partitionName(common + "_a.pdf")).isEqualTo(a);
    }
}
