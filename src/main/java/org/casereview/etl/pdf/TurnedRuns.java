package org.casereview.etl.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.text.TextPosition;

/**
 * Turned glyphs of a page among more that read across it (a list's label set up a band beside the list, as a browser
 * prints {@code writing-mode: vertical-rl}), for a stripper that writes lines in stream order: PDFBox hands them on one
 * glyph a line. Held back as they come and given as their {@link TurnedText} blocks, each one line in its own reading
 * order, where the stream drew them: before the next line read across the page. Turned text in a side margin is left to
 * {@link TurnedMarginText} (furniture), and a page turning as many glyphs as it keeps upright (a table set sideways) is
 * read as before.
 */
public final class TurnedRuns {

    private final List<TurnedText.Glyph> held = new ArrayList<>();
    private Set<TextPosition> toHold = Set.of();
    private int rotation;

    /** One line of turned text: its words and the block it came from. */
    public record Line(String text, TurnedText.Block block) {
    }

    /**
     * Which of the page's glyphs are held back (at the stripper's {@code writePage}). {@code anyTurned} from a cheap
     * check made as the glyphs came: most pages have none, and the page is not walked again.
     */
    public void page(List<List<TextPosition>> articles, int rotation, float width, boolean anyTurned) {
        this.rotation = rotation;
        held.clear();
        toHold = Set.of();
        if (!anyTurned) {
            return;
        }
        List<TextPosition> glyphs = articles.stream().flatMap(List::stream).toList();
        long turned = glyphs.stream().filter(g -> TurnedText.isTurned(g, rotation)).count();
        if (turned == 0 || turned >= glyphs.size() - turned) {
            return;
        }
        Set<TextPosition> margin = TurnedMarginText.find(glyphs, rotation, width);
        Set<TextPosition> hold = Collections.newSetFromMap(new IdentityHashMap<>());
        glyphs.stream().filter(g -> TurnedText.isTurned(g, rotation) && !margin.contains(g)).forEach(hold::add);
        toHold = hold;
    }

    /** True when every glyph of the piece is one to hold back: it is held, and the stripper writes nothing of it. */
    public boolean hold(List<TextPosition> positions) {
        if (toHold.isEmpty() || positions.isEmpty() || !toHold.containsAll(positions)) {
            return false;
        }
        positions.forEach(p -> held.add(new TurnedText.Glyph(p, 0)));
        return true;
    }

    /** True while glyphs are held: the line ends the stripper writes between them are theirs, not the page's. */
    public boolean holding() {
        return !held.isEmpty();
    }

    /** The held glyphs as lines, one a block in the blocks' order; none held afterwards. */
    public List<Line> release() {
        if (held.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (TurnedText.Block block : TurnedText.blocks(held, rotation)) {
            StringBuilder text = new StringBuilder();
            for (TurnedText.Glyph glyph : block.glyphs()) {
                text.append(glyph == null ? " " : glyph.position().getUnicode());
            }
            String clean = text.toString().replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                lines.add(new Line(clean, block));
            }
        }
        held.clear();
        return lines;
    }
}
