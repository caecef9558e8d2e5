package org.casereview.etl.ingest;

import org.casereview.etl.document.RejectReason;

import java.nio.file.Path;

/**
 * The outcome of fetching one report link.
 *
 * @param url       the link as given
 * @param file      the cached PDF, null when the fetch failed
 * @param sha256    SHA-256 of the file (hex), null when failed
 * @param bytes     size of the file, 0 when failed
 * @param fromCache true when the file was already in the cache and no request was made
 * @param failure   why no file was obtained, null on success
 * @param message   what happened, naming the URL (and the reason when failed)
 */
public record FetchResult(String url, Path file, String sha256, long bytes, boolean fromCache,
                          RejectReason failure, String message) {

    public static FetchResult downloaded(String url, Path file, String sha256, long bytes) {
        return new FetchResult(url, file, sha256, bytes, false, null,
                "downloaded " + url + " (" + bytes + " bytes) to " + file.getFileName());
    }

    public static FetchResult cached(String url, Path file, String sha256, long bytes) {
        return new FetchResult(url, file, sha256, bytes, true, null,
                "served " + url + " from the cache (" + file.getFileName() + ")");
    }

    public static FetchResult failed(String url, RejectReason reason, String detail) {
        return new FetchResult(url, null, null, 0, false, reason,
                "cannot fetch " + url + ": " + reason.code() + " - " + detail);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
