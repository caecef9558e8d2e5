package org.casereview.etl.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tabs (the WAI-ARIA tabs pattern, Bootstrap's {@code nav-tabs}): an element of a tab role ({@code html-noise.yml}
 * {@code tab_roles}) names the panel it shows (aria-controls, data-bs-target, an href's '#id') and holds that panel's
 * title, the panel's only title on a page that shows one panel at a time. The panel (the element of that id, or one
 * whose label attribute names the tab's id) opens with the title as a heading one level under the heading before the
 * tabs. The tab list itself stays out of the text, as a navigation does.
 */
final class TabTitles {

    /** A panel's title and the level of its heading. */
    record Title(String text, int level) {
    }

    private static final int MAX_LEVEL = 6;
    private static final int MIN_LEVEL = 2;

    private final Map<String, Title> byPanel = new HashMap<>();
    private final Map<String, Title> byTab = new HashMap<>();
    private StringBuilder text;
    private List<String> panels = List.of();
    private String tabId;
    private int level;
    private int depth;

    /**
     * Starts reading a tab's title when the element is one naming a panel.
     *
     * @param panels       the ids the element names as what it opens
     * @param skipDepth    the handler's depth of left-out elements once the tab is left out too
     * @param headingLevel the level of the heading before the tab (0 when none)
     */
    boolean open(boolean tabRole, List<String> panels, String id, int skipDepth, int headingLevel) {
        if (!tabRole || text != null || panels.isEmpty() && id == null) {
            return false;
        }
        this.text = new StringBuilder();
        this.panels = panels;
        this.tabId = id;
        this.level = Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, headingLevel + 1));
        this.depth = skipDepth;
        return true;
    }

    void text(char[] ch, int start, int length) {
        if (text != null) {
            text.append(ch, start, length);
        }
    }

    /** At the end of a left-out element: when it is the tab, its title is kept for its panel. */
    void close(int skipDepth) {
        if (text == null || skipDepth != depth) {
            return;
        }
        String title = text.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (!title.isEmpty()) {
            Title found = new Title(title, level);
            panels.forEach(panel -> byPanel.putIfAbsent(panel, found));
            if (tabId != null && !tabId.isBlank()) {
                byTab.putIfAbsent(tabId.strip(), found);
            }
        }
        text = null;
    }

    /** The title of the panel an element is (by its id, or by the tab its label attribute names), once. */
    Optional<Title> titleOf(String id, String labelledBy) {
        Title title = id == null ? null : byPanel.remove(id.strip());
        if (title == null && labelledBy != null) {
            for (String tab : labelledBy.strip().split("\\s+")) {
                title = title == null ? byTab.get(tab) : title;
            }
        }
        if (title != null) {
            Title used = title;
            byPanel.values().removeIf(t -> t == used);
            byTab.values().removeIf(t -> t == used);
        }
        return Optional.ofNullable(title);
    }
}
