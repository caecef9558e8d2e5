package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;

/** The bound that lets an ordinary page pass without its content inflated: deflate's largest ratio on stored bytes. */
class ContentSizeBoundTest {

    @Test
    void aFlateStreamCanInflateToAtMostItsStoredBytesTimesDeflatesLargestRatio() throws IOException {
        COSStream flate = stream(new byte[5_000], COSName.FLATE_DECODE);
        long stored = flate.getLength();
        assertThat(stored).isPositive().isLessThan(5_000);
        assertThat(ContentSize.mostInflated(List.of(flate))).isEqualTo(stored * ContentSize.MAX_FLATE_RATIO);
    }

    @Test
    void unfilteredStreamsCountTheirBytesAndAPageAddsItsStreams() throws IOException {
        COSStream plain = stream(new byte[700], null);
        COSStream flate = stream(new byte[5_000], COSName.FLATE_DECODE);
        assertThat(ContentSize.mostInflated(List.of(plain))).isEqualTo(700);
        assertThat(ContentSize.mostInflated(List.of(plain, flate)))
                .isEqualTo(700 + flate.getLength() * ContentSize.MAX_FLATE_RATIO);
    }

    @Test
    void flateOverFlateHasNoBoundSoThePageIsInflated() throws IOException {
        COSStream twice = stream(new byte[100], COSName.FLATE_DECODE);
        COSArray filters = new COSArray();
        filters.add(COSName.FLATE_DECODE);
        filters.add(COSName.FLATE_DECODE);
        twice.setItem(COSName.FILTER, filters);
        assertThat(ContentSize.mostInflated(List.of(twice))).isEqualTo(Long.MAX_VALUE);
    }

    private static COSStream stream(byte[] data, COSName filter) throws IOException {
        COSStream stream = new COSStream();
        try (OutputStream out = filter == null ? stream.createOutputStream() : stream.createOutputStream(filter)) {
            out.write(data);
        }
        return stream;
    }
}
