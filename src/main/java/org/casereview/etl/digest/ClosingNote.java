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

    /**
     * The last entry's body without its closing note, nor a social post's tail (hashtags, reaction counts, the action
     * bar: {@link UnitShapes#isPostFurniture}) at its very end; the same list when it has neither. A note follows the
     * last list, or the last entry's report link (a post ends each review with its link).
     */
    List<Unit> without(List<Unit> body) {
        int end = body.size();
        while (end > 0 && shapes.isPostFurniture(body.get(end - 1).text())) {
            end--;
        }
        int start = end;
        while (start > 0 && isNoteProse(body.get(start - 1).text())) {
            start--;
        }
        String before = start > 0 ? body.get(start - 1).text() : "";
        boolean afterList = start < end && start > 0 && (isListLine(before) || shapes.link(before.strip()) != null);
        return afterList ? body.subList(0, start) : body.subList(0, end);
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
