package org.casereview.etl.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;


/**
 * One row of items.csv without its review: the item's type and its number among the items of that type.
 *
 * @param themes the item's themes (vocabulary/themes.yml) with the words that set each; empty until themed
 */
public record ItemRow(SectionType type, int itemNo, String text, Integer page, List<CodeEvidence> themes) {

    public ItemRow {
        themes = List.copyOf(themes);
    }

    public ItemRow(SectionType type, int itemNo, String text, Integer page) {
        this(type, itemNo, text, page, List.of());
    }

    /** The items of all sections, numbered per type across the sections (two learning sections do not collide). */
    public static List<ItemRow> fromSections(List<Section> sections) {
        Map<SectionType, Integer> numbers = new EnumMap<>(SectionType.class);
        List<ItemRow> rows = new ArrayList<>();
        for (Section s : sections) {
            for (Item item : s.items()) {
                int n = numbers.merge(s.type(), 1, Integer::sum);
                rows.add(new ItemRow(s.type(), n, item.text(), item.page()));
            }
        }
        return rows;
    }

    /** Each item with the themes the given function finds in its text. */
    public static List<ItemRow> themed(List<ItemRow> items, Function<String, List<CodeEvidence>> themesOfText) {
        return items.stream().map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page(), themesOfText.apply(i.text())))
                .toList();
    }

    /** The items.csv cell: theme codes joined with {@code "; "}, null when none. */
    public String themeCodes() {
        return themes.isEmpty() ? null : String.join("; ", themes.stream().map(CodeEvidence::code).toList());
    }

    public static int count(List<ItemRow> items, SectionType type) {
        return (int) items.stream().filter(i -> i.type() == type).count();
    }
}
