package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a page's text that a script shows when a link or control names them (a {@code <template>} cloned on
 * 'Read more'): written where they stand, and at the end taken out again unless something on the page named the
 * element or an element inside it (an href '#id', a data-* value). Parts do not nest.
 */
final class ScriptShownParts {

    private record Part(int start, int end, Set<String> ids) {
    }

    private final Set<String> named = new HashSet<>();
    private final List<Part> parts = new ArrayList<>();
    /** Depth of the open part's element, 0 outside one. */
    private int depth;
    private int start;
    private Set<String> ids = new HashSet<>();

    void named(List<String> names) {
        named.addAll(names);
    }

    boolean inside() {
        return depth > 0;
    }

    /** A part opens at {@code start} of the text, its element at {@code depth} with the given id (null for none). */
    void open(int depth, int start, String id) {
        this.depth = depth;
        this.start = start;
        this.ids = new HashSet<>();
        id(id);
    }

    /** An element's id inside the open part. */
    void id(String id) {
        if (depth > 0 && id != null && !id.isBlank()) {
            ids.add(id.strip());
        }
    }

    boolean closesAt(int depth) {
        return this.depth > 0 && this.depth == depth;
    }

    void close(int end) {
        parts.add(new Part(start, end, ids));
        depth = 0;
    }

    /** The text without the parts nothing on the page named. */
    void dropUnnamed(StringBuilder out) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part part = parts.get(i);
            if (Collections.disjoint(part.ids(), named) && part.start() <= out.length()) {
                out.delete(part.start(), Math.min(part.end(), out.length()));
            }
        }
    }
}
