package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casereview.etl.layout.LayoutBlock;

/**
 * Headings the structure tree names (H1-H6 on pages the tree covers) that the style guess missed are added,
 * at the top level when the tag's level is the body's top heading level, else as sub-headings. Headings found
 * by style are kept as they are: the tags add evidence where the look of the text said nothing. Item labels
 * tagged as headings are left to the item splitter.
 */
final class TaggedHeadings {

    private TaggedHeadings() {
    }

    static List<Heading> apply(List<TextLine> lines, List<LayoutBlock> tagged, List<Heading> found,
                               Set<Integer> skipPages, ItemLabels labels) {
        // an item label tagged as a heading ("Learning point 1") stays the item's label
        List<LayoutBlock> body = tagged.stream()
                .filter(b -> !skipPages.contains(b.page()) && labels.label(b.text()).isEmpty()).toList();
        if (body.isEmpty()) {
            return found;
        }
        int top = body.stream().mapToInt(LayoutBlock::level).min().orElse(1);
        List<Heading> result = new ArrayList<>(found);
        int from = 0;
        for (LayoutBlock heading : body) {
            int[] match = find(lines, heading, from);
            if (match == null) {
                continue;
            }
            from = match[0] + match[1];
            if (found.stream().noneMatch(h -> overlaps(h, match[0], match[1]))) {
                result.add(new Heading(match[0], match[1], heading.level() == top ? 1 : 2,
                        TextRepair.clean(heading.text()), heading.page()));
            }
        }
        result.sort((a, b) -> Integer.compare(a.lineIndex(), b.lineIndex()));
        return result;
    }

    private static boolean overlaps(Heading h, int index, int count) {
        return h.lineIndex() < index + count && index < h.lineIndex() + h.lineCount();
    }

    /** The first line and line count of the printed heading on its page, or null. */
    private static int[] find(List<TextLine> lines, LayoutBlock heading, int from) {
        String want = key(heading.text());
        if (want.isEmpty()) {
            return null;
        }
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).page() != heading.page()) {
                if (lines.get(i).page() > heading.page()) {
                    return null;
                }
                continue;
            }
            String joined = "";
            for (int n = 1; n <= 3 && i + n <= lines.size(); n++) {
                joined += key(lines.get(i + n - 1).text());
                if (joined.equals(want)) {
                    return new int[] {i, n};
                }
                if (!want.startsWith(joined)) {
                    break;
                }
            }
        }
        return null;
    }

    private static String key(String text) {
        return TextRepair.clean(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
