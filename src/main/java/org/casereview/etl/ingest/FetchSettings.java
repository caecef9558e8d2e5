package org.casereview.etl.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How report PDFs are downloaded.
 *
 * @param enabled        when false no request is made; files already in the cache are still served
 * @param allowedHosts   host names a link or redirect may point to; an entry {@code *.example.org}
 *                       allows the sub-domains of example.org
 * @param connectTimeout time to open the connection
 * @param readTimeout    time to wait for the response headers, and the longest pause between two
 *                       chunks of the body
 * @param maxAttempts    attempts per URL, the first included
 * @param initialBackoff pause before the second attempt; doubled before each further one
 * @param maxBytes       largest body accepted
 * @param userAgent      User-Agent header sent
 */
public record FetchSettings(boolean enabled, List<String> allowedHosts, Duration connectTimeout,
                            Duration readTimeout, int maxAttempts, Duration initialBackoff,
                            long maxBytes, String userAgent) {

    /** The hosts downloads may come from unless the operator names others (--fetch-allowed-hosts). */
    public static final List<String> DEFAULT_ALLOWED_HOSTS =
            List.of("learning.nspcc.org.uk", "library.nspcc.org.uk", "www.nspcc.org.uk");
    public static final String DEFAULT_USER_AGENT = "casereview-etl/0.1 (report fetcher)";

    public FetchSettings {
        allowedHosts = allowedHosts == null ? List.of()
                : allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(10));
        readTimeout = positive(readTimeout, Duration.ofSeconds(60));
        maxAttempts = Math.max(1, maxAttempts);
        initialBackoff = initialBackoff == null || initialBackoff.isNegative() ? Duration.ofSeconds(1) : initialBackoff;
        maxBytes = maxBytes > 0 ? maxBytes : 100L * 1024 * 1024;
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
    }

    /** Disabled, NSPCC hosts, 10 s connect, 60 s read, 3 attempts from 1 s back-off, 100 MB. */
    public static FetchSettings defaults() {
        return new FetchSettings(false, DEFAULT_ALLOWED_HOSTS, Duration.ofSeconds(10), Duration.ofSeconds(60),
                3, Duration.ofSeconds(1), 100L * 1024 * 1024, DEFAULT_USER_AGENT);
    }

    public FetchSettings withEnabled(boolean value) {
        return new FetchSettings(value, allowedHosts, connectTimeout, readTimeout, maxAttempts, initialBackoff,
                maxBytes, userAgent);
    }

    public FetchSettings withAllowedHosts(List<String> hosts) {
        return new FetchSettings(enabled, hosts, connectTimeout, readTimeout, maxAttempts, initialBackoff,
                maxBytes, userAgent);
    }

    /** Whether a host name is on the allowed list (exact, or a sub-domain of a {@code *.} entry). */
    public boolean allowsHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String allowed : allowedHosts) {
            if (allowed.startsWith("*.") ? h.endsWith(allowed.substring(1)) : h.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }
}
