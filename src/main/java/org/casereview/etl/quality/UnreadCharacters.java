package org.casereview.etl.quality;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Characters the reading could not give: U+FFFD, the replacement character, where a glyph had no Unicode (a font's
 * code without a mapping or a name the glyph list knows). The words holding them are misspelt in every output ('sta\uFFFD'
 * for 'staff'), whatever else was read right, so one of them is enough to say so.
 */
final class UnreadCharacters {

    static final char REPLACEMENT = '\uFFFD';

    private UnreadCharacters() {
    }

    /** A note counting the replacement characters in the texts, when there are any. */
    static Optional<String> in(Stream<String> texts) {
        long n = texts.filter(t -> t != null).mapToLong(t -> t.chars().filter(c -> c == REPLACEMENT).count()).sum();
        return n == 0 ? Optional.empty()
                : Optional.of(n + " character" + (n == 1 ? "" : "s") + " could not be read (U+FFFD: glyphs without Unicode)");
    }
}
