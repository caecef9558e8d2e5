package org.casereview.etl.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Decides whether a link may be requested at all: http(s), no user info, host on the allowed list. */
final class LinkSafety {
    private final FetchSettings settings;

    LinkSafety(FetchSettings settings) {
        this.settings = settings;
    }

    /** Parses a link, tolerating spaces; empty when it is not an absolute URI. */
    static Optional<URI> parse(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.trim().replace(" ", "%20"));
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /** Why the URI must not be requested, or empty when it may be. */
    Optional<String> refusal(URI uri) {
        if (!isHttp(uri)) {
            return Optional.of("only http and https links are fetched, not '" + uri.getScheme() + "'");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("links with user credentials are not fetched");
        }
        if (!settings.allowsHost(uri.getHost())) {
            return Optional.of("host '" + uri.getHost() + "' is not in the allowed hosts " + settings.allowedHosts());
        }
        return Optional.empty();
    }
}
