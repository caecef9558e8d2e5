package org.casereview.etl.extract;

import java.util.Arrays;
import java.util.Deque;
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
    private final Set<String> triggerTags;
    private final List<String> triggerAttributes;
    private final List<String> popupAttributes;
    private final List<String> nameHiddenAttributes;
    private final Set<String> furnitureTags;
    private final Set<String> headingsKeptTags;
    private final Set<String> noiseWords;
    private final Set<String> noiseRoles;
    private final Set<String> computationClasses;
    private final String bulletChars;
    private final Set<String> permalinkTexts;
    private final Set<String> scriptShownTags;
    private final List<String> openerAttributes;
    private final Set<String> tabRoles;
    private final List<String> panelLabelAttributes;

    private HtmlNoiseRules(Vocabulary v) {
        ignoredTags = words(v.strings(FILE, "ignored_tags"));
        triggerTags = words(v.strings(FILE, "trigger_tags"));
        triggerAttributes = List.copyOf(words(v.strings(FILE, "trigger_attributes")));
        popupAttributes = List.copyOf(words(v.strings(FILE, "popup_attributes")));
        nameHiddenAttributes = List.copyOf(words(v.strings(FILE, "name_hidden_attributes")));
        furnitureTags = words(v.strings(FILE, "page_furniture_tags"));
        headingsKeptTags = words(v.strings(FILE, "headings_kept_tags"));
        noiseWords = words(v.strings(FILE, "noise_words"));
        noiseRoles = words(v.strings(FILE, "noise_roles"));
        computationClasses = words(v.strings(FILE, "computation_classes"));
        bulletChars = String.join("", v.strings(FILE, "bullet_chars"));
        permalinkTexts = Set.copyOf(v.strings(FILE, "permalink_texts"));
        scriptShownTags = words(v.strings(FILE, "script_shown_tags"));
        openerAttributes = List.copyOf(words(v.strings(FILE, "opener_attributes")));
        tabRoles = words(v.strings(FILE, "tab_roles"));
        panelLabelAttributes = List.copyOf(words(v.strings(FILE, "panel_label_attributes")));
    }

    static HtmlNoiseRules load() {
        return new HtmlNoiseRules(Vocabulary.bundled());
    }

    /**
     * True when the element and everything inside it is furniture, not content.
     *
     * @param insideHeading whether an h1-h6 is open around the element (an accordion header button holds its text)
     */
    boolean isNoise(String tag, Attributes atts, boolean insideContent, boolean insideHeading) {
        if (ignoredTags.contains(tag) && !(insideHeading && triggerTags.contains(tag)) && !isDisclosureTrigger(tag, atts)) {
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
        return hasNoiseWord(attr(atts, "class")) || hasNoiseWord(attr(atts, "id")) || isComputation(attr(atts, "class"));
    }

    /** True for a notebook export's code cell (its class names one): computation, not the document's text. */
    private boolean isComputation(String classes) {
        return classes != null && Arrays.stream(classes.split("\\s+"))
                .anyMatch(c -> computationClasses.contains(c.toLowerCase(Locale.ROOT)));
    }

    /**
     * True for a button that names the panel it opens (WAI-ARIA disclosure: {@code aria-expanded} and
     * {@code aria-controls}), not one that opens a menu: its text is content, a paragraph of its own.
     */
    boolean isDisclosureTrigger(String tag, Attributes atts) {
        return triggerTags.contains(tag) && triggerAttributes.stream().allMatch(a -> attr(atts, a) != null)
                && popupAttributes.stream().noneMatch(a -> attr(atts, a) != null);
    }

    /** True for an element of a tab role (WAI-ARIA tabs): it holds the title of the panel it names ({@link TabTitles}). */
    boolean isTab(Attributes atts) {
        String role = attr(atts, "role");
        return role != null && tabRoles.contains(role.trim().toLowerCase(Locale.ROOT));
    }

    /** The ids of the tabs an element says label it (a tab panel's aria-labelledby), or null. */
    String panelLabel(Attributes atts) {
        return panelLabelAttributes.stream().map(a -> attr(atts, a)).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
    }

    /** True for an element inside a kept button that is no part of the button's accessible name (an icon). */
    boolean isHiddenFromTriggerName(Deque<String> openTags, Attributes atts) {
        return openTags.stream().anyMatch(triggerTags::contains)
                && nameHiddenAttributes.stream().anyMatch(a -> "true".equalsIgnoreCase(strip(attr(atts, a))));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** True for page furniture (a page header) of which only the headings are content; the caller drops the rest. */
    boolean keepsOnlyHeadings(String tag, boolean insideContent) {
        return headingsKeptTags.contains(tag) && furnitureTags.contains(tag) && !insideContent;
    }

    /** True for an element whose content a script shows when a link or control names it (see {@link #namedBy}). */
    boolean isScriptShown(String tag) {
        return scriptShownTags.contains(tag);
    }

    /**
     * The ids an element's attributes name as the place a link or control opens: an href's '#id', and the values of
     * the opener attributes (a name ending in '*' is a prefix: 'data-*'), each without a leading '#'.
     */
    List<String> namedBy(Attributes atts) {
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < atts.getLength(); i++) {
            String name = atts.getQName(i).toLowerCase(Locale.ROOT);
            String value = strip(atts.getValue(i));
            if (name.equals("href") ? value.startsWith("#") : isOpenerAttribute(name)) {
                for (String id : value.split("\\s+")) {
                    String bare = id.startsWith("#") ? id.substring(1) : id;
                    if (!bare.isEmpty()) {
                        named.add(bare);
                    }
                }
            }
        }
        return named;
    }

    private boolean isOpenerAttribute(String name) {
        return openerAttributes.stream().anyMatch(a -> a.endsWith("*") ? name.startsWith(a.substring(0, a.length() - 1))
                : name.equals(a));
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

    /**
     * True when a link's whole text is a permalink's glyph (a theme's pilcrow or '#' after a heading): furniture, not
     * words of the heading or paragraph it follows.
     */
    boolean isPermalinkText(String linkText) {
        return permalinkTexts.contains(linkText.replace("\ufe0f", "").strip());
    }
}
