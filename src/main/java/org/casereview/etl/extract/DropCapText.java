package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casereview.etl.layout.DropCaps;

/**
 * The page text with each drop cap joined to the paragraph's first line, as the page lines have it ({@link DropCaps}):
 * the text layer gives the cap as a line of its own just before that line ('S' over 'udden unexpected death ...'),
 * which read on would make 'S udden'. Only a line that is the cap alone, just before a first line the page lines name,
 * is joined; nothing else moves.
 */
final class DropCapText {

    private DropCapText() {
    }

    static String join(String text, Map<String, String> dropCapped) {
        if (dropCapped.isEmpty()) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 1; i < lines.size(); i++) {
            String cap = dropCapped.get(lines.get(i).strip().replaceAll("\\s+", " "));
            int before = i - 1;
            while (cap != null && before > 0 && lines.get(before).isBlank()) {
                before--;
            }
            if (cap != null && lines.get(before).strip().equals(cap.strip())) {
                lines.set(i, cap + lines.get(i).strip());
                lines.subList(before, i).clear();
                i = before;
            }
        }
        return String.join("\n", lines);
    }
}
