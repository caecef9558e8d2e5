package org.casereview.etl.review;

import java.util.List;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;

/** The sections and items of an extracted report, by the PDF's SHA-256, read when a review needs them. */
public interface ReportContents {

    List<Section> sections(String sha256);

    List<ItemRow> items(String sha256);
}
