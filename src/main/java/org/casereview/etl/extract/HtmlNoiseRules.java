package org.casereview.etl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.xml.sax.Attributes;

/** Which HTML elements are page furniture (menus, cookie banners, scripts), read from {@code extract/html-noise.properties}. */
final class HtmlNoiseRules {

    private final Set<String> ignoredTags;
    private final Set<String> furnitureTags;
    private final Set<String> noiseWords;
    private final Set<String> noiseRoles;
    private final String bulletChars;

    private HtmlNoiseRules(Properties p) {
        ignoredTags = words(p.getProperty("ignored.tags", ""));
        furnitureTags = words(p.getProperty("page.furniture.tags", ""));
        noiseWords = words(p.getProperty("noise.words", ""));
        noiseRoles = words(p.getProperty("noise.roles", ""));
        bulletChars = p.getProperty("bullet.chars", "");
    }

    static HtmlNoiseRules load() {
        Properties p = new Properties();
        try (InputStream in = HtmlNoiseRules.class.getResourceAsStream("/extract/html-noise.properties")) {
            if (in == null) {
                throw new IllegalStateException("resource extract/html-noise.properties missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HtmlNoiseRules(p);
    }

    /** True when the element and everything inside it is furniture, not content. */
    boolean isNoise(String tag, Attributes atts, boolean insideContent) {
        if (ignoredTags.contains(tag)) {
            return true;
        }
        if (furnitureTags.contains(tag) && !insideContent) {
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

    private static Set<String> words(String csv) {
        return Arrays.stream(csv.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
