package org.casereview.etl.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.casereview.etl.vocabulary.Vocabulary;
import org.xml.sax.Attributes;

/**
 * Which HTML elements are page furniture (menus, cookie banners, scripts), read from
 * {@code vocabulary/html-noise.yml}.
 */
final class HtmlNoiseRules {

    private static final String FILE = "html-noise";

    private final Set<String> ignoredTags;
    private final Set<String> furnitureTags;
    private final Set<String> headingsKeptTags;
    private final Set<String> noiseWords;
    private final Set<String> noiseRoles;
    private final String bulletChars;

    private HtmlNoiseRules(Vocabulary v) {
        ignoredTags = words(v.strings(FILE, "ignored_tags"));
        furnitureTags = words(v.strings(FILE, "page_furniture_tags"));
        headingsKeptTags = words(v.strings(FILE, "headings_kept_tags"));
        noiseWords = words(v.strings(FILE, "noise_words"));
        noiseRoles = words(v.strings(FILE, "noise_roles"));
        bulletChars = String.join("", v.strings(FILE, "bullet_chars"));
    }

    static HtmlNoiseRules load() {
        return new HtmlNoiseRules(Vocabulary.bundled());
    }

    /** True when the element and everything inside it is furniture, not content. */
    boolean isNoise(String tag, Attributes atts, boolean insideContent) {
        if (ignoredTags.contains(tag)) {
            return true;
        }
        if (furnitureTags.contains(tag) && !insideContent && !headingsKeptTags.contains(tag)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
            return false;
        }
        String role = attr(atts, "role");
        if (role != null && noiseRoles.contains(role.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return hasNoiseWord(attr(atts, "class")) || hasNoiseWord(attr(atts, "id"));
    }

    /** True for page furniture (a page header) of which only the headings are content; the caller drops the rest. */
    boolean keepsOnlyHeadings(String tag, boolean insideContent) {
        return headingsKeptTags.contains(tag) && furnitureTags.contains(tag) && !insideContent;
    }

    boolean isBulletChar(char c) {
        return bulletChars.indexOf(c) >= 0;
    }

    private boolean hasNoiseWord(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return Arrays.stream(value.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .anyMatch(noiseWords::contains);
    }

    private static String attr(Attributes atts, String name) {
        for (int i = 0; i < atts.getLength(); i++) {
            String local = atts.getLocalName(i);
            if (name.equalsIgnoreCase(local) || name.equalsIgnoreCase(atts.getQName(i))) {
                return atts.getValue(i);
            }
        }
        return null;
    }

    private static Set<String> words(List<String> list) {
        return list.stream()
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
