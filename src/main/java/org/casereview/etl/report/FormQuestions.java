package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The question rows of a form written as a table (a rapid review's form): the question's number in a ruled cell of
 * its own, the question in bold and ending with '?' in the next cell, its answer (paragraphs, bullets) under the
 * question in that cell. The question is the row's label, no item; it may name the kind of item its answer holds
 * ("Was there good practice?"). A closed question's answer ("No. The partners agreed ...") gives its reasons, no item.
 */
final class FormQuestions {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}[.)]?");
    private static final Pattern CLOSED_ANSWER = Pattern.compile(
            "(?i)^(?:" + Vocabulary.layout("closed_answers") + ")[.,;:!\u2013\u2014-]");
    /** An answer's lines start where the question's text does, or right of it (bullets); a little left is slack. */
    private static final float CELL_SLACK = 3f;

    private FormQuestions() {
    }

    /** Where the question's cell starts when the block is a form's question row; NaN for any other block. */
    static float questionCell(Block block) {
        if (block.heading() || block.table() || !block.bold() || !block.text().strip().endsWith("?")) {
            return Float.NaN;
        }
        List<TextFragment> fragments = block.first().fragments().stream().filter(f -> !f.isBlank()).toList();
        boolean numberCell = fragments.size() >= 2 && NUMBER.matcher(fragments.get(0).text().strip()).matches()
                && fragments.get(1).afterRule();
        return numberCell ? fragments.get(1).x() : Float.NaN;
    }

    /** True when a form's question row stands among the blocks. */
    static boolean holdsQuestionRows(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> !Float.isNaN(questionCell(b)));
    }

    /** True when the block stands in the question's cell (under the question), not left of it or a heading. */
    static boolean inCell(Block block, float cellX) {
        return !block.heading() && block.first().x() > cellX - CELL_SLACK;
    }

    /** "No. The safeguarding partners agreed ...": the answer to a closed question. */
    static boolean closedAnswer(String text) {
        return CLOSED_ANSWER.matcher(text.strip()).lookingAt();
    }
}
