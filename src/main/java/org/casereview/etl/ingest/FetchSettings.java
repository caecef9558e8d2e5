package org.casereview.etl.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How report PDFs are downloaded.
 *
 * @param enabled        when false no request is made; files already in the cache are still served
 * @param allowedHosts   hosts a link or redirect may point to, fetched over https on port 443; an
 *                       entry {@code *.example.org} allows the sub-domains of example.org. An entry
 *                       written as an origin ({@code http://127.0.0.1:8080}) allows exactly that
 *                       scheme, host and port: the only way to allow plain http or another port. An
 *                       entry that is a literal IP address allows that address even when it is
 *                       loopback or private (tests on 127.0.0.1); otherwise such addresses are refused
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

    /** Whether a host name is on the allowed list (exact, or a sub-domain of a {@code *.} entry), on any scheme or port. */
    public boolean allowsHost(String host) {
        return origins().stream().anyMatch(o -> o.matchesHost(host));
    }

    /** Whether a request may go to this scheme, host and port (-1: the scheme's standard port). */
    public boolean allowsOrigin(String scheme, String host, int port) {
        return origins().stream().anyMatch(o -> o.allows(scheme, host, port));
    }

    /** Hosts of the allowed list that are literal IP addresses: the operator named these addresses. */
    public Set<String> namedAddresses() {
        return origins().stream().map(AllowedOrigin::host).filter(AllowedOrigin::isLiteralAddress)
                .collect(Collectors.toUnmodifiableSet());
    }

    private List<AllowedOrigin> origins() {
        return allowedHosts.stream().map(AllowedOrigin::parse).toList();
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }
}
