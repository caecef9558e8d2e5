package org.casereview.etl.store;

import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.document.CodeEvidence;

/**
 * An item's themes as one text cell of the content cache ({@code report_item_extract.themes}): each theme's field, code,
 * evidence and person, every value written as its length, a colon and its characters ({@code -:} for none), so that no
 * character of an evidence phrase can end a value early. An empty cell is an item without themes.
 */
final class ItemThemesCell {

    private static final int VALUES = 4;

    private ItemThemesCell() {
    }

    static String encode(List<CodeEvidence> themes) {
        StringBuilder cell = new StringBuilder();
        for (CodeEvidence t : themes) {
            for (String value : new String[] {t.field(), t.code(), t.evidence(), t.person()}) {
                if (value == null) {
                    cell.append("-:");
                } else {
                    cell.append(value.length()).append(':').append(value);
                }
            }
        }
        return cell.toString();
    }

    static List<CodeEvidence> decode(String cell) {
        List<CodeEvidence> themes = new ArrayList<>();
        String[] values = new String[VALUES];
        int at = 0;
        int value = 0;
        while (at < cell.length()) {
            int colon = cell.indexOf(':', at);
            if (colon < 0) {
                throw new IllegalArgumentException("a themes cell cut short at " + at);
            }
            String length = cell.substring(at, colon);
            if ("-".equals(length)) {
                values[value] = null;
                at = colon + 1;
            } else {
                int end = colon + 1 + Integer.parseInt(length);
                values[value] = cell.substring(colon + 1, end);
                at = end;
            }
            if (++value == VALUES) {
                themes.add(new CodeEvidence(values[0], values[1], values[2], values[3]));
                value = 0;
            }
        }
        if (value != 0) {
            throw new IllegalArgumentException("a themes cell ends inside a theme");
        }
        return themes;
    }
}
