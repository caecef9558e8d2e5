package org.casereview.etl.ingest;

import org.casereview.etl.document.RejectReason;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt at downloading a URL into a temporary file: follows redirects itself (HttpClient is
 * built with redirects off) so that every hop is checked against the allowed hosts, and the
 * address each hop resolves to is checked before connecting (no loopback, private, link-local,
 * multicast or unspecified address unless named among the allowed hosts); then checks
 * status, declared size and content type before streaming the body.
 */
final class HttpAttempt {
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> PDF_MEDIA_TYPES =
            Set.of("application/pdf", "application/x-pdf", "application/octet-stream", "binary/octet-stream");

    private final HttpClient client;
    private final FetchSettings settings;
    private final LinkSafety safety;
    private final BodyStreamer streamer;

    HttpAttempt(HttpClient client, FetchSettings settings, LinkSafety safety, BodyStreamer streamer) {
        this.client = client;
        this.settings = settings;
        this.safety = safety;
        this.streamer = streamer;
    }

    AttemptOutcome run(URI start, Path tempFile) throws InterruptedException {
        URI uri = start;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                Optional<String> address = safety.addressRefusal(uri);
                if (address.isPresent()) {
                    return AttemptOutcome.finalFailure(RejectReason.UNSAFE_LINK,
                            (hop == 0 ? "" : "redirected to " + uri + ", ") + "refused: " + address.get());
                }
                HttpResponse<InputStream> response = client.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (!REDIRECTS.contains(status)) {
                    return handle(response, tempFile);
                }
                response.body().close();
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return AttemptOutcome.finalFailure(RejectReason.OTHER, "HTTP " + status + " without a Location header");
                }
                URI next = uri.resolve(location.get().trim().replace(" ", "%20"));
                Optional<String> refusal = safety.refusal(next);
                if (refusal.isPresent()) {
                    return AttemptOutcome.finalFailure(RejectReason.UNSAFE_LINK,
                            "redirected to " + next + ", refused: " + refusal.get());
                }
                uri = next;
            }
            return AttemptOutcome.finalFailure(RejectReason.OTHER, "more than " + MAX_REDIRECTS + " redirects");
        } catch (HttpTimeoutException e) {
            return AttemptOutcome.retryable(RejectReason.TIMEOUT, "no response from " + uri + " in time (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            return AttemptOutcome.finalFailure(RejectReason.UNSAFE_LINK, "not a valid http(s) URL: " + e.getMessage());
        } catch (IOException e) {
            return AttemptOutcome.retryable(RejectReason.OTHER, "I/O error from " + uri + ": " + e);
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/pdf, application/octet-stream;q=0.8")
                .build();
    }

    private AttemptOutcome handle(HttpResponse<InputStream> response, Path tempFile) throws IOException {
        int status = response.statusCode();
        if (status != 200) {
            response.body().close();
            boolean retry = status == 429 || status >= 500;
            String detail = "HTTP " + status + (retry ? " (server busy or failing)" : "");
            return retry ? AttemptOutcome.retryable(RejectReason.OTHER, detail)
                    : AttemptOutcome.finalFailure(RejectReason.OTHER, detail);
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBytes()) {
            response.body().close();
            return AttemptOutcome.finalFailure(RejectReason.TOO_LARGE,
                    "Content-Length " + declared + " exceeds the limit of " + settings.maxBytes() + " bytes");
        }
        String mediaType = mediaType(response.headers().firstValue("Content-Type").orElse(""));
        if (!PDF_MEDIA_TYPES.contains(mediaType)) {
            response.body().close();
            return AttemptOutcome.finalFailure(RejectReason.UNSUPPORTED_TYPE,
                    "content type '" + mediaType + "' is not a PDF");
        }
        return streamer.copy(response.body(), tempFile, response.uri().toString());
    }

    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
        return type.trim().toLowerCase(Locale.ROOT);
    }
}
