package org.casereview.etl.review;

import java.text.Normalizer;
import java.util.Locale;

/** Stable review ids: digest month + slug of the child's name or the title ({@code 2021-11-child-v}). */
public final class ReviewIds {

    private static final int MAX_SLUG = 60;

    private ReviewIds() {
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
