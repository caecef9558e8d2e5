package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.LayoutBlock;

/**
 * Items from the paragraphs the structure tree names (P) inside a section of items, where the text-line reading
 * read a grid of boxes across its rows: an item that holds the openings of two tagged paragraphs standing side
 * by side (the same top, apart in x) mixes two boxes, and the paragraphs it touches take its place, in the
 * tree's order. Items that touch at most one paragraph, or paragraphs one above the other, stay.
 */
final class TaggedParagraphs {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int KEY_CHARS = 24;
    private static final int MIN_WORDS = 6;

    private TaggedParagraphs() {
    }

    static List<ItemSplitter.Found> apply(SectionType type, List<ItemSplitter.Found> found, List<TextLine> lines,
                                          List<LayoutBlock> paragraphs) {
        if (!type.hasItems() || paragraphs.isEmpty() || lines.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<LayoutBlock> inSection = inSection(paragraphs, lines);
        List<ItemSplitter.Found> result = new ArrayList<>();
        for (ItemSplitter.Found f : found) {
            String text = key(f.text());
            List<LayoutBlock> touched = inSection.stream().filter(p -> text.contains(prefix(key(p.text())))).toList();
            if (touched.size() > 1 && sideBySide(touched)) {
                touched.forEach(p -> result.add(new ItemSplitter.Found(f.type(), TextRepair.clean(p.text()), p.page())));
            } else {
                result.add(f);
            }
        }
        return result;
    }

    private static List<LayoutBlock> inSection(List<LayoutBlock> paragraphs, List<TextLine> lines) {
        TextLine first = lines.get(0);
        TextLine last = lines.get(lines.size() - 1);
        return paragraphs.stream()
                .filter(p -> p.top() >= 0 && after(p, first.page(), first.y() - 2 * first.fontSize())
                        && !after(p, last.page(), last.y()))
                .filter(p -> p.text().strip().split("\\s+").length >= MIN_WORDS).toList();
    }

    /** Two of the paragraphs start on one page at the same height, one to the right of the other. */
    private static boolean sideBySide(List<LayoutBlock> touched) {
        for (int i = 0; i < touched.size(); i++) {
            for (int j = i + 1; j < touched.size(); j++) {
                LayoutBlock a = touched.get(i);
                LayoutBlock b = touched.get(j);
                float size = Math.max(1, Math.max(a.fontSize(), b.fontSize()));
                if (a.page() == b.page() && Math.abs(a.top() - b.top()) < size
                        && Math.abs(a.x() - b.x()) > 5 * size) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The paragraph starts on a later page than {@code page}, or on it below {@code y}. */
    private static boolean after(LayoutBlock block, int page, float y) {
        return block.page() > page || block.page() == page && block.top() > y;
    }

    private static String prefix(String key) {
        return key.substring(0, Math.min(KEY_CHARS, key.length()));
    }

    private static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(TextRepair.clean(text).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
