package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.pdf.FormPdf;
import org.casereview.etl.pdf.FormPdf.Saved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 (digests b28, kind 1): a report read from a fillable form has the fields' values, not only the captions. */
class FilledFormReportTest {

    @TempDir
    Path dir;

    @Test
    void theValuesOfAFilledFormAreTheReportsText() throws Exception {
        Path pdf = FormPdf.write(dir.resolve("form.pdf"), FormPdf.HEADING, FormPdf.TWO_REVIEWS, Saved.FILLED);
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        String text = report.sections().stream().map(s -> s.heading() + "\n" + s.text()).collect(Collectors.joining("\n"));
        assertThat(text).contains("Death of a 7-week-old baby boy in 2031", "nobody visited the home in the holidays")
                .doesNotContain("\u2714");
        assertThat(text.indexOf("Death of a 7-week-old")).isLessThan(text.indexOf("Neglect of a 9-year-old girl"));
    }
}
