package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.pdf.FormPdf;
import org.casereview.etl.pdf.FormPdf.Saved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9 (digests b28, kind 1): a digest whose reviews are form field values is a digest, filled or flattened. */
class FilledFormSniffTest {

    @TempDir
    Path dir;

    private final PdfDigestSniffer sniffer = new PdfDigestSniffer(new DigestParser());

    private boolean sniff(Saved saved) throws Exception {
        return sniffer.test(FormPdf.write(dir.resolve("form-" + saved + ".pdf"), FormPdf.HEADING, FormPdf.TWO_REVIEWS,
                saved));
    }

    @Test
    void aFilledFormOfReviewsIsADigest() throws Exception {
        assertThat(sniff(Saved.FILLED)).isTrue();
    }

    @Test
    void aFlattenedFormOfReviewsIsADigest() throws Exception {
        assertThat(sniff(Saved.FLATTENED)).isTrue();
    }

    @Test
    void anEmptyFormIsNoDigest() throws Exception {
        assertThat(sniff(Saved.EMPTY)).isFalse();
    }
}
