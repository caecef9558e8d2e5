package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;

/**
 * A page shown with the line-show operator ' (next line, then show), which PDFBox runs as T* (with no operands) and
 * Tj: the unseen-text pass read it as three operators and failed on the missing operands, so extracting such a PDF as
 * a digest threw a NullPointerException (the job turned it into an internal_error reject).
 */
class LineShowOperatorsTest {

    @Test
    void aPageShownWithTheLineShowOperatorIsRead() throws Exception {
        Path pdf = Path.of("src/test/resources/reports-e2e/batch35/thwaiteholme-lcspr-child-k.pdf");

        String text = new DocumentTextExtractor().extract(pdf).text();

        assertThat(text).contains("Local Child Safeguarding Practice Review:").contains("Child K")
                .contains("Scope and methodology");
    }
}
