package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A list entry whose marker stands alone as the last line of a page and whose text opens the next page: a renderer
 * that floats the marker ('(d)' in the margin) kept it on the page the entry began on and moved the text on. The two
 * are one entry, read on the page its text starts: the marker is set level with the text's first line, where it would
 * stand had both moved on.
 */
final class MarkersAtPageFoot {

    private MarkersAtPageFoot() {
    }

    static List<TextLine> join(List<TextLine> lines) {
        List<TextLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine joined = i + 1 < lines.size() ? joined(line, lines.get(i + 1)) : null;
            if (joined == null) {
                result.add(line);
            } else {
                result.add(joined);
                i++;
            }
        }
        return result;
    }

    /** The marker and the text as one line, or null when the line is no marker left at a page's foot. */
    private static TextLine joined(TextLine marker, TextLine text) {
        if (text.page() != marker.page() + 1 || !ListMarkers.isBareMarker(marker.text())
                || text.x() <= marker.endX() || ListMarkers.startsList(text.text().strip())) {
            return null;
        }
        List<TextFragment> fragments = new ArrayList<>();
        marker.fragments().forEach(f -> fragments.add(new TextFragment(f.text(), f.x(), f.endX(), text.y(),
                f.fontSize(), f.bold(), f.coloured(), f.italic(), f.afterRule(), f.smallCaps(), f.face())));
        fragments.addAll(text.fragments());
        List<TextLine> one = LineAssembler.lines(text.page(), fragments);
        return one.size() == 1 ? one.get(0) : null;
    }
}
