package org.casereview.etl.review;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Stable review ids: digest month + slug of the child's name or the title ({@code 2021-11-child-v}). */
public final class ReviewIds {

    private static final int MAX_SLUG = 60;

    private ReviewIds() {
    }

    /**
     * The id itself when it is free, else the id with the first free suffix ({@code -2}, {@code -3}):
     * two entries of one month may both be "Child A".
     */
    public static String firstFree(String id, Predicate<String> taken) {
        String candidate = id;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /** The first free id among those already given out, which it joins. */
    public static String claim(String id, Set<String> given) {
        String free = firstFree(id, given::contains);
        given.add(free);
        return free;
    }

    public static String of(String month, String childName, String title, String fallback) {
        String basis = firstNonBlank(childName, title, fallback);
        return month + "-" + slug(basis);
    }

    public static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
            int cut = slug.lastIndexOf('-');
            if (cut > MAX_SLUG / 2) {
                slug = slug.substring(0, cut);
            }
        }
        return slug.isEmpty() ? "review" : slug;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
