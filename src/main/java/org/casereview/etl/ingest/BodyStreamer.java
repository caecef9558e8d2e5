package org.casereview.etl.ingest;

import org.casereview.etl.document.RejectReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Copies a response body to a file while counting bytes against the size limit, computing the
 * SHA-256 and checking the PDF signature in the first bytes. A body that stalls longer than the
 * read timeout is closed by a watchdog (HttpClient's own timeout only covers the headers), and so is
 * one still arriving after {@value #WHOLE_BODY_FACTOR} times the read timeout: a server sending a byte a
 * second never stalls, and kept the fetch step waiting for hours (session 40).
 */
final class BodyStreamer {
    private static final int BUFFER_SIZE = 64 * 1024;
    /** The whole body's time as a multiple of the read timeout: 60 s gives 5 minutes, 100 MB at 350 kB/s. */
    static final int WHOLE_BODY_FACTOR = 5;
    private final ScheduledExecutorService watchdog;
    private final Duration stallTimeout;
    private final Duration wholeBodyTimeout;
    private final long maxBytes;

    BodyStreamer(ScheduledExecutorService watchdog, Duration stallTimeout, long maxBytes) {
        this.watchdog = watchdog;
        this.stallTimeout = stallTimeout;
        this.wholeBodyTimeout = stallTimeout.multipliedBy(WHOLE_BODY_FACTOR);
        this.maxBytes = maxBytes;
    }

    AttemptOutcome copy(InputStream body, Path target, String url) throws IOException {
        StallWatch watch = new StallWatch(body);
        long period = Math.max(10, stallTimeout.toMillis() / 4);
        ScheduledFuture<?> check = watchdog.scheduleAtFixedRate(watch, period, period, TimeUnit.MILLISECONDS);
        try (body; OutputStream out = Files.newOutputStream(target)) {
            return copy(body, out, watch, target);
        } catch (IOException e) {
            if (watch.overtime) {
                return tooSlow(url, watch);
            }
            if (watch.stalled) {
                return AttemptOutcome.retryable(RejectReason.TIMEOUT,
                        "no data for " + stallTimeout.toMillis() + " ms while reading the body of " + url);
            }
            throw e;
        } finally {
            check.cancel(false);
        }
    }

    private AttemptOutcome copy(InputStream body, OutputStream out, StallWatch watch, Path target)
            throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        byte[] prefix = new byte[PdfSignature.SEARCH_WINDOW];
        int prefixLength = 0;
        boolean signatureChecked = false;
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            watch.progress(n);
            total += n;
            if (total > maxBytes) {
                return AttemptOutcome.finalFailure(RejectReason.TOO_LARGE,
                        "body exceeds the limit of " + maxBytes + " bytes");
            }
            if (!signatureChecked) {
                int take = Math.min(n, prefix.length - prefixLength);
                System.arraycopy(buffer, 0, prefix, prefixLength, take);
                prefixLength += take;
                if (prefixLength == prefix.length) {
                    if (!PdfSignature.isPdf(prefix, prefixLength)) {
                        return notPdf();
                    }
                    signatureChecked = true;
                }
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        if (watch.stalled || watch.overtime) {
            throw new IOException("body closed by the stall watchdog");
        }
        if (total == 0) {
            return AttemptOutcome.finalFailure(RejectReason.EMPTY, "the response body is empty");
        }
        if (!signatureChecked && !PdfSignature.isPdf(prefix, prefixLength)) {
            return notPdf();
        }
        return AttemptOutcome.success(target, Sha256.hex(digest), total);
    }

    /** Not retried: the same server sends as slowly again, and each attempt would take the whole time. */
    private AttemptOutcome tooSlow(String url, StallWatch watch) {
        return AttemptOutcome.finalFailure(RejectReason.TIMEOUT, "the body of " + url + " was still arriving after "
                + wholeBodyTimeout.toMillis() + " ms (" + watch.received + " bytes in that time, a server that slow is"
                + " not waited for); not retried");
    }

    private static AttemptOutcome notPdf() {
        return AttemptOutcome.finalFailure(RejectReason.UNSUPPORTED_TYPE, "the body does not start with %PDF-");
    }

    /**
     * Closes the body when no bytes arrived for the stall timeout, or when the whole body's time is up; the blocked
     * read then fails.
     */
    private final class StallWatch implements Runnable {
        private final InputStream body;
        private final long started = System.nanoTime();
        private volatile long lastProgress = started;
        private long received; // written and read by the reading thread only
        private volatile boolean stalled;
        private volatile boolean overtime;

        StallWatch(InputStream body) {
            this.body = body;
        }

        void progress(int bytes) {
            lastProgress = System.nanoTime();
            received += bytes;
        }

        @Override
        public void run() {
            if (stalled || overtime) {
                return;
            }
            long now = System.nanoTime();
            overtime = now - started > wholeBodyTimeout.toNanos();
            stalled = !overtime && now - lastProgress > stallTimeout.toNanos();
            if (overtime || stalled) {
                try {
                    body.close();
                } catch (IOException ignored) {
                    // the reader sees the stream end or fail either way
                }
            }
        }
    }
}
