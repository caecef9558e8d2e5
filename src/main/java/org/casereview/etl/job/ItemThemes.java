package org.casereview.etl.job;

import java.util.List;
import java.util.function.Supplier;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.normalise.ReviewNormaliser;

/**
 * The items' themes matched in the extract step's workers, beside the other reports' extraction, and kept with the
 * content cache under {@link #key()}: the assembly then takes them instead of matching every item of the month on its
 * own, after the extraction.
 */
public final class ItemThemes {

    private final Supplier<ReviewNormaliser> normaliser;
    private final String operatorFile;
    private volatile String key;

    /** @param operatorFile the operator's vocabulary file, or blank (see {@link ThemesKey}) */
    public ItemThemes(Supplier<ReviewNormaliser> normaliser, String operatorFile) {
        this.normaliser = normaliser;
        this.operatorFile = operatorFile;
    }

    /** The vocabulary and build the themes are matched with, as one SHA-256 (read once). */
    public String key() {
        String k = key;
        if (k == null) {
            k = ThemesKey.of(operatorFile);
            key = k;
        }
        return k;
    }

    /** The items with their themes, in order (as the assembly matches them). */
    public List<ItemRow> themed(List<ItemRow> items) {
        ReviewNormaliser n = normaliser.get();
        return ItemRow.themed(items, n::themes);
    }
}
