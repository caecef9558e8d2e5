package org.casereview.etl.digest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The same review written twice in one digest: a responsive page holds each review once for small screens (an
 * accordion) and once for large ones (cards), one of the two hidden by a style sheet the page only links to; a bulletin
 * pasted into a page twice does the same. An entry whose heading and every unit under it repeat an earlier entry's, word
 * for word (markup aside: a label may be a heading in one copy and a bold line in the other), is that entry again. Two
 * reviews that differ in any word are both kept. Asked only for text made of whole blocks (HTML, Word): a printed page
 * (PDF, plain text) shows everything it holds, so a review printed twice is read twice.
 */
final class RepeatedEntries {

    private RepeatedEntries() {
    }

    /** What two copies of one entry share: its heading's and units' words, in order, without markup or case. */
    static String key(Unit heading, List<Unit> body) {
        return Stream.concat(Stream.of(heading), body.stream()).map(u -> words(u.text()))
                .collect(Collectors.joining("\n"));
    }

    private static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
