package org.casereview.etl.layout;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a page's heading tags can be believed. An automatic tagger may tag every printed line as a heading: then
 * most of the page's blocks are headings, and a 'heading' breaks in the middle of a sentence, the next one going
 * on in lower case in the same font and size (a wrapped line of a paragraph). Such tags are no evidence of the
 * page's structure, and the page is read from its layout instead (issue 9: evidence chosen per page, checked to
 * cover the page).
 */
final class HeadingTags {

    /** Share of the page's text blocks that are headings above which the tags are doubted. */
    private static final double MOST_BLOCKS = 0.6;
    private static final int MIN_HEADINGS = 5;
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.!?:;)\\]\"'\u2019\u201d]$");
    private static final float SAME_SIZE = 0.5f;

    private HeadingTags() {
    }

    /** False when the page's headings are most of its blocks and one of them is a line wrapped into the next. */
    static boolean plausible(List<LayoutBlock> page) {
        List<LayoutBlock> text = page.stream().filter(b -> b.kind() != BlockKind.FURNITURE).toList();
        long headings = text.stream().filter(b -> b.kind() == BlockKind.HEADING).count();
        if (headings < MIN_HEADINGS || headings <= MOST_BLOCKS * text.size()) {
            return true;
        }
        for (int i = 1; i < text.size(); i++) {
            if (wrapsInto(text.get(i - 1), text.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Two headings that are one sentence broken over two lines of the same face. */
    private static boolean wrapsInto(LayoutBlock first, LayoutBlock next) {
        String text = next.text().strip();
        return first.kind() == BlockKind.HEADING && next.kind() == BlockKind.HEADING
                && !ENDS_CLAUSE.matcher(first.text().strip()).matches()
                && !text.isEmpty() && Character.isLowerCase(text.charAt(0))
                && first.bold() == next.bold() && first.fontSize() > 0
                && Math.abs(first.fontSize() - next.fontSize()) <= SAME_SIZE;
    }
}
