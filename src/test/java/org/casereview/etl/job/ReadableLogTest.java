package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The log of a run: no WARN for normal input; one WARN naming a damaged PDF, none of the library's own lines. */
@ExtendWith(OutputCaptureExtension.class)
class ReadableLogTest {

    @TempDir
    Path dir;

    private static List<String> lines(CapturedOutput output, String marker) {
        return output.getOut().lines().filter(l -> l.contains(marker)).toList();
    }

    @Test
    void theSampleInputLogsNoWarning(CapturedOutput output) {
        int exit = CaseReviewEtl.execute("run", "--input", "input", "--output", dir.resolve("out").toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();
        assertThat(lines(output, "Report Ashdown_CSPR_Child_Q.pdf: ")).hasSize(1);
        assertThat(lines(output, " WARN ")).isEmpty();
        assertThat(lines(output, " ERROR ")).isEmpty();
    }

    @Test
    void aDamagedReportGivesOneWarningNamingTheFile(CapturedOutput output) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("input/seed-2021-11.txt"), input.resolve("seed-2021-11.txt"));
        byte[] pdf = Files.readAllBytes(Path.of("input/Ashdown_CSPR_Child_Q.pdf"));
        for (int i = pdf.length / 3; i < pdf.length / 3 + 400; i++) {
            pdf[i] = 'A';
        }
        Files.write(input.resolve("Damaged_Report.pdf"), pdf);

        int exit = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", dir.resolve("out").toString(),
                "--month", "2026-11");

        assertThat(exit).isZero();
        assertThat(lines(output, " WARN ")).singleElement().asString()
                .contains("Report Damaged_Report.pdf: ", "loaded in part", "see rejects.csv");
        assertThat(lines(output, " ERROR ")).isEmpty();
        assertThat(lines(output, "at org.apache.pdfbox")).isEmpty();
        assertThat(lines(output, "Damaged_Report.pdf: the PDF library reported")).singleElement().asString()
                .contains(" INFO ", "Operator");
    }
}
