package org.casereview.etl.document;

import java.util.List;


/** A review ready to store: its row, the sections and items of one source, and its code evidence. */
public record LoadedReview(ReviewRow row, String source, List<Section> sections, List<ItemRow> items,
                           List<CodeEvidence> codes) {
    public LoadedReview {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        codes = List.copyOf(codes);
    }
}
