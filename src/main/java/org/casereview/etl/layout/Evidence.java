package org.casereview.etl.layout;

/** Where a page's blocks come from, best first. */
public enum Evidence {
    /** The tagged-PDF structure tree, which covers the page's text. */
    TAGS,
    /** The outline (bookmarks): headings and their levels only. */
    OUTLINE,
    /** Nothing in the file: the reader's own layout analysis decides. */
    LAYOUT
}
