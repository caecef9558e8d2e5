package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** A form's answer cell left to be filled in: "To be completed by the Panel", "TBC". */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(?:" + Vocabulary.layout("placeholder_answers") + ")\\b");
    /** An answer's lines start where the question's text does, or right of it (bullets); a little left is slack. */
    private static final float CELL_SLACK = 3f;
    /** The gap between a row's label cell and its answer cell: wider than any gap between words, in ems. */
    private static final float CELL_GAP_EMS = 2f;
    private static final int MIN_LABEL_WORDS = 2;

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

    /**
     * A form's question set as the row's label in a cell left of its answer (the national panel's rapid review form: a
     * shaded left cell 'What learning has been identified?' beside a cell of bullets): the block's first line opens
     * with bold words ending with '?' and, a cell's gap or rule after them, the answer's first words in regular type.
     * The question is the row's label, no text of the answer; the answer is the block without it (the words of its
     * lines from the answer cell's left edge on). Empty for any other block.
     */
    static Optional<RowLabel> rowLabel(Block block) {
        return labelledRow(block).filter(row -> row.label().endsWith("?"));
    }

    /**
     * The next row of a form whose question rows came before it, labelled by a statement, not a question ('Immediate
     * actions already taken', 'Date of the incident'): bold label words in the label cell and, a cell's gap or rule
     * after them, the answer's first words at the answer cell of the rows before ({@code answerX}). Empty for any
     * other block (bold run-in words with prose after them are no form row).
     */
    static Optional<RowLabel> statementRow(Block block, float answerX) {
        return labelledRow(block).filter(row -> !row.label().endsWith("?")
                && Math.abs(row.answerX() - answerX) <= CELL_SLACK);
    }

    private static Optional<RowLabel> labelledRow(Block block) {
        if (block.heading() || block.table()) {
            return Optional.empty();
        }
        List<TextFragment> fragments = block.first().fragments().stream().filter(f -> !f.isBlank()).toList();
        int answer = 0;
        while (answer < fragments.size() && fragments.get(answer).bold()) {
            answer++;
        }
        if (answer == 0 || answer == fragments.size()) {
            return Optional.empty();
        }
        TextFragment last = fragments.get(answer - 1);
        TextFragment first = fragments.get(answer);
        String label = String.join(" ", fragments.subList(0, answer).stream().map(f -> f.text().strip()).toList());
        boolean gap = first.afterRule() || first.x() - last.endX() > CELL_GAP_EMS * first.fontSize();
        if (!gap || label.split("\\s+").length < MIN_LABEL_WORDS) {
            return Optional.empty();
        }
        float cellX = first.x() - CELL_SLACK;
        List<TextLine> lines = new ArrayList<>();
        for (TextLine line : block.lines()) {
            List<TextFragment> inCell = line.fragments().stream().filter(f -> f.x() >= cellX).toList();
            if (!inCell.isEmpty()) {
                String text = String.join(" ", inCell.stream().map(f -> f.text().strip())
                        .filter(t -> !t.isEmpty()).toList());
                lines.add(new TextLine(line.page(), text, inCell, line.ruled(), line.ruledAbove(), line.banded(),
                        line.card()));
            }
        }
        return Optional.of(new RowLabel(label, first.x(), new Block(lines, false, false)));
    }

    /** A form row's question label, where its answer cell starts, and the answer's words of the block. */
    record RowLabel(String label, float answerX, Block answer) {
    }

    /** True when a form's question row stands among the blocks. */
    static boolean holdsQuestionRows(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> !Float.isNaN(questionCell(b)));
    }

    /** True when the block stands in the question's cell (under the question), not left of it or a heading. */
    static boolean inCell(Block block, float cellX) {
        return !block.heading() && block.first().x() > cellX - CELL_SLACK;
    }

    /**
     * A question row's answer that decides or is left to be filled in: "No. The partners consider ...", "Yes, the
     * criteria are met", "To be completed by the Panel." Its row gives no item of the section's kind.
     */
    static boolean decisionOnly(String answer) {
        return closedAnswer(answer) || PLACEHOLDER.matcher(answer.strip()).lookingAt();
    }

    /** "No. The safeguarding partners agreed ...": the answer to a closed question. */
    static boolean closedAnswer(String text) {
        return CLOSED_ANSWER.matcher(text.strip()).lookingAt();
    }
}
