package org.casereview.etl.review;

import java.util.List;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;

/** The sections and items of an extracted report, by the PDF's SHA-256, read when a review needs them. */
public interface ReportContents {

    List<Section> sections(String sha256);

    List<ItemRow> items(String sha256);

    /** The items a digest entry lists (the self-check compares them with its report's). */
    default List<ItemRow> digestItems(String reviewId) {
        return List.of();
    }
}
