package org.casereview.etl.guard;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The limits as options: the same names on the command line ({@code --max-pages 500}), in a
 * job-config file ({@code max-pages: 500}) and as Spring properties ({@code casereview.limits.max-pages}).
 * A missing option keeps its default.
 */
public final class LimitSettings {

    public static final String PROPERTY_PREFIX = "casereview.limits.";
    public static final String MAX_FILE_MB = "max-file-mb";
    public static final String MAX_PAGES = "max-pages";
    public static final String MAX_EXPANDED_MB = "max-expanded-mb";
    public static final String MAX_ZIP_ENTRIES = "max-zip-entries";
    public static final String MAX_PAGE_CHARS = "max-page-chars";
    public static final String MAX_DIGEST_CHARS = "max-digest-chars";
    public static final String DOCUMENT_TIMEOUT_SECONDS = "document-timeout-seconds";

    public static final List<String> KEYS = List.of(MAX_FILE_MB, MAX_PAGES, MAX_EXPANDED_MB, MAX_ZIP_ENTRIES,
            MAX_PAGE_CHARS, MAX_DIGEST_CHARS, DOCUMENT_TIMEOUT_SECONDS);

    private static final long MB = 1024L * 1024;

    private LimitSettings() {
    }

    /**
     * @param lookup the value given for an option name, or null
     * @throws IllegalArgumentException naming the option when a value is not a whole number above 0
     */
    public static DocumentLimits from(Function<String, String> lookup) {
        DocumentLimits d = DocumentLimits.DEFAULTS;
        return new DocumentLimits(
                number(lookup, MAX_FILE_MB, d.maxFileBytes() / MB) * MB,
                (int) number(lookup, MAX_PAGES, d.maxPages()),
                number(lookup, MAX_EXPANDED_MB, d.maxExpandedBytes() / MB) * MB,
                (int) number(lookup, MAX_ZIP_ENTRIES, d.maxZipEntries()),
                (int) number(lookup, MAX_PAGE_CHARS, d.maxPageChars()),
                (int) number(lookup, MAX_DIGEST_CHARS, d.maxDigestChars()),
                Duration.ofSeconds(number(lookup, DOCUMENT_TIMEOUT_SECONDS, d.timePerDocument().toSeconds())));
    }

    /** The limits as Spring arguments ({@code --casereview.limits.max-pages=1000}). */
    public static List<String> springArguments(DocumentLimits limits) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put(MAX_FILE_MB, limits.maxFileBytes() / MB);
        values.put(MAX_PAGES, (long) limits.maxPages());
        values.put(MAX_EXPANDED_MB, limits.maxExpandedBytes() / MB);
        values.put(MAX_ZIP_ENTRIES, (long) limits.maxZipEntries());
        values.put(MAX_PAGE_CHARS, (long) limits.maxPageChars());
        values.put(MAX_DIGEST_CHARS, (long) limits.maxDigestChars());
        values.put(DOCUMENT_TIMEOUT_SECONDS, limits.timePerDocument().toSeconds());
        return values.entrySet().stream().map(e -> "--" + PROPERTY_PREFIX + e.getKey() + "=" + e.getValue()).toList();
    }

    private static long number(Function<String, String> lookup, String key, long fallback) {
        String value = lookup.apply(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(checked(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + key + " " + e.getMessage());
        }
    }

    /**
     * @return the value, stripped
     * @throws IllegalArgumentException when it is not a whole number from 1 to Integer.MAX_VALUE
     */
    public static String checked(String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0 && n <= Integer.MAX_VALUE) {
                return value.strip();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a whole number from 1 to " + Integer.MAX_VALUE
                + ", got '" + value + "'");
    }
}
