package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.LayoutBlock;

/**
 * Items from the list entries the structure tree names (L / LI) inside a section of items, where the text-line
 * reading broke them: a list that runs on into the next column of a multi-column page is read with the
 * columns interleaved, so one entry is cut short and the rest joined to another. When an item found from the
 * lines holds part of a tagged entry but not the whole of one, the section's tagged entries take the place of
 * the items that touch them, in the tree's order; items that touch no entry stay. Where every item matches,
 * nothing changes.
 */
final class TaggedLists {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int KEY_CHARS = 24;
    private static final int MIN_ENTRY_WORDS = 4;
    /** A note's number after an entry's last sentence: its raised call, which the tree's text prints on the line. */
    private static final Pattern NOTE_CALL_AT_END = Pattern.compile("(?<=[.!?])(\\s+\\d{1,2}|\\s*[ivx]{1,5})$");

    private TaggedLists() {
    }

    static List<ItemSplitter.Found> apply(SectionType type, List<ItemSplitter.Found> found, List<TextLine> lines,
                                          List<LayoutBlock> listItems) {
        if (!type.hasItems() || listItems.isEmpty() || lines.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<LayoutBlock> entries = entries(listItems, lines);
        List<String> keys = entries.stream().map(e -> key(e.text())).toList();
        if (entries.size() < 2 || found.stream().noneMatch(f -> broken(key(f.text()), keys))) {
            return found;
        }
        List<ItemSplitter.Found> result = new ArrayList<>();
        boolean placed = false;
        for (ItemSplitter.Found f : found) {
            String text = key(f.text());
            if (keys.stream().noneMatch(k -> covers(text, k) || touches(text, k))) {
                result.add(f);
            } else if (!placed) {
                entries.forEach(e -> result.add(new ItemSplitter.Found(type, entryText(e), e.page())));
                placed = true;
            }
        }
        return result;
    }

    /**
     * The entry's text without its number: LibreOffice prints a numbered list's label ('1.', '(a)') inside the item's
     * body and tags no Lbl, so the label is the first words of the text; an entry with a tagged label has none there.
     * A number after the entry's last full stop is a note's call ('... planned contacts. 2'), not the entry's words.
     */
    private static String entryText(LayoutBlock entry) {
        String text = NOTE_CALL_AT_END.matcher(TextRepair.clean(entry.text())).replaceFirst("");
        return entry.marker().isBlank() ? ListMarkers.stripMarker(text) : text;
    }

    /**
     * The tagged entries printed in the section: an entry of a few words that starts between the section's first
     * and last lines (by page and height: on a page of columns the lines may be read across them); an entry
     * holding another entry's opening (a parent of a nested list) is left to its children.
     */
    private static List<LayoutBlock> entries(List<LayoutBlock> listItems, List<TextLine> lines) {
        TextLine first = lines.get(0);
        TextLine last = lines.get(lines.size() - 1);
        List<LayoutBlock> inSection = listItems.stream()
                .filter(e -> e.top() >= 0 && after(e, first.page(), first.y() - 2 * first.fontSize())
                        && !after(e, last.page(), last.y()))
                .filter(e -> e.text().strip().split("\\s+").length >= MIN_ENTRY_WORDS).toList();
        return inSection.stream().filter(e -> inSection.stream().noneMatch(o -> o != e
                && key(e.text()).length() > key(o.text()).length() && nests(key(e.text()), key(o.text()))))
                .toList();
    }

    /** The entry starts on a later page than {@code page}, or on it below {@code y}. */
    private static boolean after(LayoutBlock entry, int page, float y) {
        return entry.page() > page || entry.page() == page && entry.top() > y;
    }

    /** An item that touches an entry without holding the whole of any. */
    private static boolean broken(String item, List<String> keys) {
        return keys.stream().noneMatch(k -> covers(item, k)) && keys.stream().anyMatch(k -> touches(item, k));
    }

    /** The item holds the whole entry, or is the whole entry after a label the item reading took off ('Recommendation Two:'). */
    private static boolean covers(String item, String entry) {
        return item.contains(entry) || item.length() >= KEY_CHARS && entry.endsWith(item);
    }

    /** The item starts inside the entry, or holds the entry's opening. */
    private static boolean touches(String item, String entry) {
        return entry.contains(prefix(item)) || item.contains(prefix(entry));
    }

    /**
     * The parent's text holds the child's opening after its own words: two sibling entries that open with the same
     * words ("Children's social care should ensure ...", "Children's social care should provide ...") nest neither.
     */
    private static boolean nests(String parent, String child) {
        return parent.indexOf(prefix(child)) > 0;
    }

    private static String prefix(String key) {
        return key.substring(0, Math.min(KEY_CHARS, key.length()));
    }

    private static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(TextRepair.clean(text).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
