package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;

/**
 * Headings the structure tree names (H1-H6 on pages the tree covers) that the style guess missed are added,
 * at the top level when the tag's level is the body's top heading level, else as sub-headings. Headings found
 * by style are kept as they are: the tags add evidence where the look of the text said nothing. A tagged heading drawn
 * as a picture (its words only in a Figure's /Alt) starts its section at the first line under the picture. Where the
 * style guess turned the tree upside down (its level-1 lines are tagged P while the tree's top headings came
 * out as sub-headings: large pull quotes over heading bands), the tree wins: those lines are no headings and
 * every tagged heading takes its tagged level. Item labels tagged as headings are left to the item splitter.
 */
final class TaggedHeadings {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TaggedHeadings() {
    }

    /** {@code tagged}: the blocks of the pages the tree covers (headings; paragraphs tell what the tree denies). */
    static List<Heading> apply(List<TextLine> lines, List<LayoutBlock> tagged, List<Heading> found,
                               Set<Integer> skipPages, ItemLabels labels) {
        // an item label tagged as a heading ("Learning point 1") stays the item's label
        List<LayoutBlock> body = tagged.stream().filter(b -> b.kind() == BlockKind.HEADING
                && !skipPages.contains(b.page()) && labels.label(b.text()).isEmpty()).toList();
        if (body.isEmpty()) {
            return found;
        }
        int top = body.stream().mapToInt(LayoutBlock::level).min().orElse(1);
        List<int[]> matches = new ArrayList<>();
        int from = 0;
        for (LayoutBlock heading : body) {
            int[] match = find(lines, heading, from);
            if (match == null) {
                match = underPicture(lines, heading, from, found);
            }
            matches.add(match);
            if (match != null) {
                from = match[0] + match[1];
            }
        }
        List<Heading> denied = deniedLevelOne(found, tagged, skipPages);
        boolean inverted = !denied.isEmpty() && topTagsFoundBelow(body, matches, found, top);
        List<Heading> result = new ArrayList<>(found);
        if (inverted) {
            result.removeAll(denied);
        }
        for (int b = 0; b < body.size(); b++) {
            int[] match = matches.get(b);
            if (match == null) {
                continue;
            }
            int level = body.get(b).level() == top ? 1 : 2;
            List<Heading> over = result.stream().filter(h -> overlaps(h, match[0], match[1])).toList();
            if (over.isEmpty()) {
                result.add(new Heading(match[0], match[1], level, TextRepair.clean(body.get(b).text()),
                        body.get(b).page()));
            } else if (inverted) {
                over.forEach(h -> result.set(result.indexOf(h),
                        new Heading(h.lineIndex(), h.lineCount(), level, h.text(), h.page())));
            }
        }
        result.sort((a, b) -> Integer.compare(a.lineIndex(), b.lineIndex()));
        return result;
    }

    /** Styled level-1 headings the tree tags as a paragraph of their own on a page it covers. */
    private static List<Heading> deniedLevelOne(List<Heading> found, List<LayoutBlock> tagged, Set<Integer> skipPages) {
        Set<String> paragraphs = tagged.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
                .map(b -> b.page() + "|" + key(b.text())).collect(Collectors.toSet());
        return found.stream().filter(h -> h.level() == 1 && !skipPages.contains(h.page())
                && paragraphs.contains(h.page() + "|" + key(h.text()))).toList();
    }

    /** Every top-level tagged heading that the style found, it found as a sub-heading (and it found some). */
    private static boolean topTagsFoundBelow(List<LayoutBlock> body, List<int[]> matches, List<Heading> found,
                                             int top) {
        int below = 0;
        for (int b = 0; b < body.size(); b++) {
            int[] match = matches.get(b);
            if (body.get(b).level() != top || match == null) {
                continue;
            }
            for (Heading h : found) {
                if (overlaps(h, match[0], match[1])) {
                    if (h.level() == 1) {
                        return false;
                    }
                    below++;
                }
            }
        }
        return below > 0;
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

    /**
     * A heading drawn as a picture of its words (a tagged heading holding a Figure, named by its /Alt and placed where
     * the image is drawn: a place and no type size) has no printed line; its section starts at the first line under
     * the picture's top on its page, where the picture ends (line count 0). Null when the block is a printed one, has
     * no place, or the line under it is a heading of its own (the picture is then an ornament over it).
     */
    private static int[] underPicture(List<TextLine> lines, LayoutBlock heading, int from, List<Heading> found) {
        if (heading.fontSize() > 0 || heading.top() < 0 || key(heading.text()).isEmpty()) {
            return null;
        }
        for (int i = from; i < lines.size() && lines.get(i).page() <= heading.page(); i++) {
            TextLine line = lines.get(i);
            if (line.page() == heading.page() && line.y() > heading.top() && !line.text().isBlank()) {
                int index = i;
                return found.stream().anyMatch(h -> h.lineIndex() == index) ? null : new int[] {i, 0};
            }
        }
        return null;
    }

    private static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(TextRepair.clean(text).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
