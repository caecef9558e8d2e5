package org.casereview.etl.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A caption the layout prints over each of several parallel boxes ('LEARNING POINT' in small capitals over every
 * learning box, beside its icon) is a label of the layout, not the item's words: a line of its own, in capitals, one to
 * four words, printed word for word two or more times in one section, is taken off the front of the items it opens.
 * Run-in labels that number their item ('Learning point 1') are {@link ItemLabels}'; a caption repeated unchanged names
 * no item and tells the items apart by nothing.
 */
final class RepeatedCaptions {
    /** A caption: capitals only, one to four words, after an optional bullet or icon. */
    private static final Pattern CAPTION = Pattern.compile("\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,3}");
    private static final Pattern MARKER = Pattern.compile("^[^\\p{L}\\p{N}]+\\s*");

    private RepeatedCaptions() {
    }

    /** The items with a caption printed over two or more of the section's boxes taken off their fronts. */
    static List<ItemSplitter.Found> strip(List<ItemSplitter.Found> found, List<TextLine> sectionLines) {
        if (found.size() < 2) {
            return found;
        }
        Set<String> captions = captions(sectionLines);
        if (captions.isEmpty()) {
            return found;
        }
        return found.stream().map(f -> withoutCaption(f, captions)).toList();
    }

    private static Set<String> captions(List<TextLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (TextLine line : lines) {
            String text = MARKER.matcher(line.text().strip()).replaceFirst("");
            if (text.length() <= 40 && CAPTION.matcher(text).matches()) {
                counts.merge(text, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static ItemSplitter.Found withoutCaption(ItemSplitter.Found item, Set<String> captions) {
        for (String caption : captions) {
            String text = item.text();
            if (text.startsWith(caption + " ") && text.length() > caption.length() + 1) {
                return new ItemSplitter.Found(item.type(), text.substring(caption.length() + 1).strip(), item.page());
            }
        }
        return item;
    }
}
