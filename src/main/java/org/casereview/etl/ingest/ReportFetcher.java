package org.casereview.etl.ingest;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Downloads the report PDFs that digest entries link to into a cache folder, safely: only http(s)
 * links to allowed hosts, bounded time and size, retries with exponential back-off on I/O errors,
 * timeouts and HTTP 5xx/429, a PDF check on type and bytes, and an atomic move into the cache.
 * A URL already in the cache is never requested again. Thread-safe; close it when done.
 */
public final class ReportFetcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReportFetcher.class);

    private final FetchSettings settings;
    private final ReportCache cache;
    private final LinkSafety safety;
    private final ScheduledExecutorService watchdog;
    private final HttpAttempt attempt;

    public ReportFetcher(FetchSettings settings, ReportCache cache) {
        this.settings = settings;
        this.cache = cache;
        this.safety = new LinkSafety(settings);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "report-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.attempt = new HttpAttempt(client, settings, safety,
                new BodyStreamer(watchdog, settings.readTimeout(), settings.maxBytes()));
    }

    /** A fetcher caching into {@code <output>/cache/reports}. */
    public static ReportFetcher forOutput(FetchSettings settings, Path outputDir) {
        return new ReportFetcher(settings, ReportCache.inOutput(outputDir));
    }

    /** Whether a digest link is a web address this fetcher could be asked about (not "#", not a file name). */
    public static boolean isWebLink(String link) {
        return LinkSafety.parse(link).filter(LinkSafety::isHttp).isPresent();
    }

    /** @param published the link as the digest prints it: a redirect wrapper's target is fetched */
    public FetchResult fetch(String published) {
        String url = WrappedLinks.unwrap(published);
        Optional<URI> parsed = LinkSafety.parse(url);
        if (parsed.isEmpty()) {
            return FetchResult.failed(url, RejectReason.UNSAFE_LINK, "not an absolute URL");
        }
        URI uri = parsed.get();
        Optional<String> refusal = safety.refusal(uri);
        if (refusal.isPresent()) {
            return logged(FetchResult.failed(url, RejectReason.UNSAFE_LINK, refusal.get()));
        }
        try {
            Optional<ReportCache.Entry> cached = cache.validEntry(uri, settings.maxBytes());
            if (cached.isPresent()) {
                ReportCache.Entry entry = cached.get();
                return logged(FetchResult.cached(url, entry.file(), entry.sha256(), entry.bytes()));
            }
            if (!settings.enabled()) {
                return logged(FetchResult.failed(url, RejectReason.OTHER, "fetching is disabled and the file is not cached"));
            }
            return logged(download(url, uri));
        } catch (IOException e) {
            return logged(FetchResult.failed(url, RejectReason.OTHER, "cache error: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return logged(FetchResult.failed(url, RejectReason.OTHER, "interrupted"));
        }
    }

    private FetchResult download(String url, URI uri) throws IOException, InterruptedException {
        Path target = cache.locationFor(uri);
        Duration backoff = settings.initialBackoff();
        AttemptOutcome outcome = null;
        for (int n = 1; n <= settings.maxAttempts(); n++) {
            if (n > 1) {
                log.debug("retrying {} in {} ms (attempt {} of {})", LogSafe.text(url), backoff.toMillis(), n, settings.maxAttempts());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
            Path temp = cache.newTempFile(target);
            try {
                outcome = attempt.run(uri, temp);
                if (outcome.succeeded()) {
                    cache.commit(temp, target, outcome.sha256());
                    return FetchResult.downloaded(url, target, outcome.sha256(), outcome.bytes());
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            if (!outcome.retryable()) {
                return FetchResult.failed(url, outcome.failure(), outcome.detail());
            }
        }
        return FetchResult.failed(url, outcome.failure(),
                outcome.detail() + " (after " + settings.maxAttempts() + " attempts)");
    }

    private static FetchResult logged(FetchResult result) {
        if (result.succeeded()) {
            log.info("{}", LogSafe.text(result.message()));
        } else {
            log.warn("{}", LogSafe.text(result.message()));
        }
        return result;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
