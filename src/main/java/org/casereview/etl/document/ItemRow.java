package org.casereview.etl.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;


/** One row of items.csv without its review: the item's type and its number among the items of that type. */
public record ItemRow(SectionType type, int itemNo, String text, Integer page) {

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

    public static int count(List<ItemRow> items, SectionType type) {
        return (int) items.stream().filter(i -> i.type() == type).count();
    }
}
