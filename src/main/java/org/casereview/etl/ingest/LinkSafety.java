package org.casereview.etl.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a digest's report link may be used at all. A web link must be https to an
 * allowed host on its standard port (or an origin the allowed hosts name), without user info, and
 * lead to a public address; a local link must stay inside the input folder. {@code file:} links,
 * network (UNC) paths, other schemes, an app's own links with no scheme (Joplin's ':/<id>') and percent-encoded
 * traversals are refused.
 */
public final class LinkSafety {

    private static final Pattern DOT_DOT_SEGMENT = Pattern.compile("(?:^|[/\\\\])\\.\\.(?:[/\\\\]|$)");
    private static final int DECODE_ROUNDS = 3;

    private final FetchSettings settings;

    public LinkSafety(FetchSettings settings) {
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

    /**
     * Why a report link as published in a digest must not be used, or empty when it may be (or
     * when there is no link: empty, "#"). A redirect wrapper's target is judged, not the wrapper.
     */
    public Optional<String> refusalOfLink(String link, Path inputFolder) {
        if (link == null || link.isBlank() || link.strip().startsWith("#")) {
            return Optional.empty();
        }
        String raw = WrappedLinks.unwrap(link.strip());
        if (raw.startsWith("\\\\") || raw.startsWith("//")) {
            return Optional.of("a network (UNC) path is never followed");
        }
        String decoded = decoded(raw);
        if (!decoded.equals(raw) && DOT_DOT_SEGMENT.matcher(decoded).find()) {
            return Optional.of("a percent-encoded '..' would climb out of where the link points");
        }
        Optional<URI> uri = parse(raw);
        if (uri.isPresent() && uri.get().getScheme().length() > 1) {
            return refusal(uri.get());
        }
        return localRefusal(decoded, inputFolder);
    }

    /** Why a web address must not be requested, or empty when it may be. */
    Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return Optional.of("file: links are never followed");
        }
        if (!isHttp(uri)) {
            return Optional.of("only http and https links are fetched, not '" + uri.getScheme() + "'");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("links with user credentials are not fetched");
        }
        if (!settings.allowsHost(uri.getHost())) {
            return Optional.of("host '" + uri.getHost() + "' is not in the allowed hosts " + settings.allowedHosts());
        }
        if (!settings.allowsOrigin(scheme, uri.getHost(), uri.getPort())) {
            return Optional.of(scheme + " on port " + (uri.getPort() < 0 ? AllowedOrigin.standardPort(scheme) : uri.getPort())
                    + " is not allowed for '" + uri.getHost() + "': https on port 443 only, unless an allowed host names the origin");
        }
        return Optional.empty();
    }

    /**
     * Why the host's address must not be connected to (loopback, private, link-local, multicast,
     * unspecified), checked just before each request.
     */
    Optional<String> addressRefusal(URI uri) throws UnknownHostException {
        return AddressCheck.refusal(uri.getHost(), settings.namedAddresses());
    }

    private static Optional<String> localRefusal(String decoded, Path inputFolder) {
        String path = decoded.replaceFirst("[?#].*$", "").replace('\\', '/');
        if (path.matches("(?i)^[a-z]:/.*")) {
            return Optional.of("a path on a drive (" + path.substring(0, 2) + ") is outside the input folder");
        }
        if (path.split("/", 2)[0].contains(":")) {
            // Joplin's ':/<id>' for a note's attachment: a link of the app that wrote the digest, which no file name is
            return Optional.of("neither a web address nor a file path (a colon before the first '/': an app's own link)");
        }
        Path folder = realFolder(inputFolder);
        try {
            Path target = Path.of(path);
            Path resolved = (target.isAbsolute() ? target : folder.resolve(target)).normalize();
            return resolved.startsWith(folder) ? Optional.empty()
                    : Optional.of("the local path leaves the input folder");
        } catch (InvalidPathException e) {
            return Optional.of("not a valid file path (" + e.getReason() + ")");
        }
    }

    private static Path realFolder(Path inputFolder) {
        try {
            return inputFolder.toRealPath();
        } catch (java.io.IOException e) {
            return inputFolder.toAbsolutePath().normalize();
        }
    }

    /** Percent-decoded until it no longer changes (a few rounds: "%252e" hides "%2e", which hides "."). */
    private static String decoded(String text) {
        String current = text;
        for (int i = 0; i < DECODE_ROUNDS; i++) {
            String next = ReportCache.percentDecode(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }
}
