package org.casereview.etl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.job.GeneratedInputsAccess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the job's report throughput and peak heap on generated reports. Not part of the suite
 * (its name does not end in Test); run it with
 * {@code mvn test -Dtest=ReportThroughputBenchmark -Dbench.reports=60 -Dbench.pages=40}.
 */
@Tag("benchmark")
class ReportThroughputBenchmark {

    @TempDir
    Path dir;

    @Test
    void printsPagesPerSecondAndPeakHeap() throws IOException {
        int reports = Integer.getInteger("bench.reports", 40);
        int pages = Integer.getInteger("bench.pages", 30);
        Path input = GeneratedInputsAccess.withReports(dir.resolve("input"), reports, pages);
        for (String threads : new String[] {"1", String.valueOf(Runtime.getRuntime().availableProcessors())}) {
            Path output = dir.resolve("out-" + threads);
            resetPeaks();
            long start = System.nanoTime();
            int code = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                    "--month", "2021-11", "--threads", threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(code).isZero();
            String summary = Files.readString(output.resolve("run-summary.json"));
            System.out.printf("BENCHMARK threads=%s reports=%d pages=%d: whole run %.1f s, %.0f pages/s overall, "
                            + "report step %s pages/s, peak heap %d MB%n", threads, reports, reports * pages, seconds,
                    reports * pages / seconds, field(summary, "pages_per_second"), peakHeapMb());
        }
    }

    private static String field(String json, String name) {
        int i = json.indexOf("\"" + name + "\": ");
        return i < 0 ? "?" : json.substring(i + name.length() + 4).split("[,\\n]")[0];
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
