package org.casereview.etl.review;

import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;

/** The sections and items of an extracted report, by the PDF's SHA-256, read when a review needs them. */
public interface ReportContents {

    List<Section> sections(String sha256);

    List<ItemRow> items(String sha256);

    /**
     * The report's items with their themes, when these were matched already (in the extract step, with the vocabulary
     * and build in use: the content cache); empty when the assembly is to match them.
     */
    default Optional<List<ItemRow>> themedItems(String sha256) {
        return Optional.empty();
    }

    /** The items a digest entry lists (the self-check compares them with its report's). */
    default List<ItemRow> digestItems(String reviewId) {
        return List.of();
    }
}
