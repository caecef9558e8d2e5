package org.casereview.etl.digest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The digest's closing note ("Summaries prepared by ...", a contact line) after the last entry's last list: one or more
 * paragraphs of prose that end the document straight after a list point, with no label, link or list marker of their
 * own. Under a label each line may be an item (Word and HTML paragraphs), so such a note would otherwise be read as
 * one more point of the last list.
 */
final class ClosingNote {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u2019\u201d)*_]*$");

    private final UnitShapes shapes;

    ClosingNote(UnitShapes shapes) {
        this.shapes = shapes;
    }

    /** The last entry's body without its closing note; the same list when it has none. */
    List<Unit> without(List<Unit> body) {
        int start = body.size();
        while (start > 0 && isNoteProse(body.get(start - 1).text())) {
            start--;
        }
        boolean afterList = start < body.size() && start > 0 && isListLine(body.get(start - 1).text());
        return afterList ? body.subList(0, start) : body;
    }

    private boolean isNoteProse(String text) {
        String t = text.strip();
        return SENTENCE_END.matcher(t).find() && !isListLine(t) && shapes.labelsIn(t).isEmpty() && shapes.link(t) == null
                && shapes.noRecommendationsIn(t).isEmpty() && !UnitShapes.isKeywordLine(t);
    }

    private static boolean isListLine(String text) {
        String t = text.strip();
        return UnitShapes.BULLET.matcher(t).find() || UnitShapes.NUMBERED.matcher(t).find();
    }
}
