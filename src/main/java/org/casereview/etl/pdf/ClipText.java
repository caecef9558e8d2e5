package org.casereview.etl.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.text.TextPosition;

/**
 * Glyphs drawn as a clip only (render mode 7, {@code 7 Tr}): a glyph so drawn paints nothing itself, it adds its
 * outline to the clip, and what is painted next through that clip shows its shape. Gradient or picture-filled
 * lettering (a title in a colour gradient: {@code 7 Tr} glyphs, then a shading {@code sh}, a filled box or an image
 * while the clip holds) shows its words; clip glyphs nothing is painted through before their graphics state is
 * restored (or the page ends) show nothing.
 * <p>
 * A glyph is held with the depth of the graphics state stack it was drawn at; a paint at that depth or deeper, before a
 * {@code Q} (or a form's end) takes the stack under that depth, whose area takes in the glyph's body shows it.
 */
final class ClipText {

    /** A clip glyph and where it stands: its body's middle in page space, and the stack depth it was drawn at. */
    private record Held(TextPosition glyph, double x, double y, int depth) {
    }

    private final List<Held> held = new ArrayList<>();
    private final List<TextPosition> unshown = new ArrayList<>();
    /** Clip glyphs something was painted through: that paint is their colour, it covers nothing of them. */
    private final Set<TextPosition> shown = Collections.newSetFromMap(new IdentityHashMap<>());

    void startPage() {
        held.clear();
        unshown.clear();
        shown.clear();
    }

    /** A glyph drawn in clip-only mode, its body's middle at (x, y) in page space, {@code depth} the stack's size. */
    void add(TextPosition glyph, double x, double y, int depth) {
        held.add(new Held(glyph, x, y, depth));
    }

    /** The stack is down to {@code depth}: clips drawn deeper are gone, and their glyphs nothing was painted through. */
    void restored(int depth) {
        held.removeIf(h -> {
            boolean gone = h.depth() > depth;
            if (gone) {
                unshown.add(h.glyph());
            }
            return gone;
        });
    }

    /**
     * Paint over the area given (page space, as far as the known clips let it) with the stack at {@code depth}: the clip
     * glyphs in it are shown.
     */
    void painted(Rectangle2D area, int depth) {
        if (!held.isEmpty()) {
            restored(depth);
            held.removeIf(h -> area.contains(h.x(), h.y()) && shown.add(h.glyph()));
        }
    }

    /** True when the glyph is a clip glyph something was painted through (so far on the page). */
    boolean shows(TextPosition glyph) {
        return !shown.isEmpty() && shown.contains(glyph);
    }

    /** The clip glyphs of the page (so far) that nothing was painted through. */
    void addUnshownTo(Collection<TextPosition> out) {
        out.addAll(unshown);
        held.forEach(h -> out.add(h.glyph()));
    }
}
