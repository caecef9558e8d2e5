package org.casereview.etl.layout;

/**
 * Told of each page a reader starts and each glyph it keeps, so the caller can stop a page past its limits (by
 * throwing a runtime exception) while the page is read.
 */
public interface GlyphCounter {

    GlyphCounter NONE = new GlyphCounter() {
        @Override
        public void startPage() {
        }

        @Override
        public void glyph() {
        }
    };

    void startPage();

    void glyph();
}
