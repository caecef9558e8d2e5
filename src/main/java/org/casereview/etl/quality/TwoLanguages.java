package org.casereview.etl.quality;

import java.util.Optional;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.text.WelshWords;

/**
 * A bilingual report read in both languages: the job's records are in English, so Welsh items beside English ones, or
 * empty sections under Welsh headings beside English ones, are a translation read as well (a report whose languages
 * alternate, or stand side by side, and were not told apart). Recall looks fine then; only what was read twice shows.
 */
final class TwoLanguages {

    /** Words an item or a heading needs before its words can tell its language. */
    private static final int MIN_ITEM_WORDS = 5;
    private static final int MIN_HEADING_WORDS = 3;
    /** Items or sections of each language that make a report read twice. */
    private static final int MIN_EACH = 2;

    private TwoLanguages() {
    }

    static Optional<String> readTwice(ReportEvidence r) {
        int welshItems = 0;
        int englishItems = 0;
        for (ItemRow item : r.items()) {
            WelshWords.Count count = WelshWords.count(item.text());
            welshItems += count.isWelsh(MIN_ITEM_WORDS) ? 1 : 0;
            englishItems += count.isOther(MIN_ITEM_WORDS) ? 1 : 0;
        }
        if (welshItems >= MIN_EACH && englishItems >= MIN_EACH) {
            return Optional.of(welshItems + " items in Welsh beside " + englishItems
                    + " in English: a translation read as well");
        }
        int welshEmpty = 0;
        int english = 0;
        for (Section s : r.sections()) {
            WelshWords.Count count = WelshWords.count(s.heading() == null ? "" : s.heading());
            boolean empty = s.text() == null || s.text().isBlank();
            welshEmpty += empty && count.isWelsh(MIN_HEADING_WORDS) ? 1 : 0;
            english += !empty && count.isOther(MIN_HEADING_WORDS) ? 1 : 0;
        }
        return welshEmpty >= MIN_EACH && english >= MIN_EACH
                ? Optional.of(welshEmpty + " empty sections under Welsh headings beside English ones: headings read in "
                        + "both languages")
                : Optional.empty();
    }
}
