package org.casereview.etl.quality;

import java.util.Optional;

import org.casereview.etl.document.Section;
import org.casereview.etl.text.CommonWords;

/**
 * Text that is not words of a language: a section whose running text has almost none of the small words every sentence
 * is built of ({@link CommonWords}) was read through a wrong character map (a font's /ToUnicode off by a constant gives
 * '7KLV UHYLHZ FRQFHUQV' for 'This review concerns'), however well its structure was read.
 */
final class GarbledText {

    /** Words a section needs before its want of common words counts: a table of names and dates has few. */
    private static final int MIN_WORDS = 40;

    private GarbledText() {
    }

    static Optional<String> sectionWithoutWords(ReportEvidence r) {
        for (Section section : r.sections()) {
            if (section.text() != null && CommonWords.garbled(section.text(), MIN_WORDS)) {
                String where = section.pageStart() == null ? "" : " (page " + section.pageStart() + ")";
                return Optional.of("the text of '" + section.heading() + "'" + where
                        + " reads as no words (a font's ToUnicode map may be wrong)");
            }
        }
        return Optional.empty();
    }
}
