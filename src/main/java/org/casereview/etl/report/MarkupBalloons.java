package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A draft printed with its markup shown (Word's 'All markup', LibreOffice's comments in the margin) sets each
 * reviewer's comment and each change it describes in a balloon in the margin, opened by the balloon's label:
 * 'Comment [HM1]:' or 'Commented [HM1]:' (the author's initials and the comment's number), or the kind of change
 * ('Deleted:', 'Inserted:', 'Formatted:', 'Moved (insertion) [2]:'). A margin note so labelled is the drafters'
 * remark on the text, not the review's own point, however whole a sentence it is.
 */
final class MarkupBalloons {

    private static final Pattern LABEL = Pattern.compile("^(Comment(ed)? ?\\[\\p{Lu}{1,5} ?\\d{1,3}\\]"
            + "|(Deleted|Inserted|Formatted|Formatted Table|Moved \\((insertion|deletion)\\)|Moved (up|down))"
            + "( ?\\[\\d{1,3}\\])?) ?:");

    private MarkupBalloons() {
    }

    /** The paragraph opens with a balloon's label ('Deleted: and the family ...'). */
    static boolean opensWithLabel(String text) {
        return LABEL.matcher(text.strip()).lookingAt();
    }

    /** The note's first line opens with a balloon's label. */
    static boolean isBalloon(List<TextLine> note) {
        return !note.isEmpty() && opensWithLabel(note.get(0).text());
    }
}
