package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A section setting the review's questions ('Key lines of enquiry', 'Terms of reference': methodology by its heading)
 * holds the review's findings when its body answers them: its sub-headings are the questions, each with text under
 * it, and at least half of them answered ('No. The school ...', or a labelled item: 'Learning point 2: ...'). The
 * same heading over a list of the questions, or over questions followed only by what the review will look at, tells
 * how the review was set up. The heading types the section; this is the evidence of its content.
 */
final class AnsweredQuestions {

    /** One question sub-heading is a heading phrased as a question; the questions of a review are a set. */
    private static final int MIN_QUESTIONS = 2;
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[\\s\"'\u2019\u201d)]{1,4}$");

    private final Set<String> questionSets;
    private final Pattern answerOpening;
    private final ItemLabels labels;

    AnsweredQuestions(Vocabulary vocabulary, ItemLabels labels) {
        this.questionSets = vocabulary.lowerWords("section-headings", "question_sets").stream()
                .map(SectionTyper::normalise).collect(Collectors.toSet());
        String openings = vocabulary.lowerWords("section-headings", "answer_openings").stream()
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        this.answerOpening = Pattern.compile("(?i)^(?:" + openings + ")\\s{0,2}[.,:;\u2013\u2014-]");
        this.labels = labels;
    }

    /** True when the heading sets the review's questions and the blocks under it answer them. */
    boolean answers(String heading, List<Block> blocks) {
        if (!questionSets.contains(SectionTyper.normalise(heading))) {
            return false;
        }
        List<List<Block>> answers = answersByQuestion(blocks);
        if (answers.size() < MIN_QUESTIONS || answers.stream().anyMatch(a -> a.stream().allMatch(Block::heading))) {
            return false;
        }
        long answered = answers.stream().filter(this::answered).count();
        return answered * 2 >= answers.size();
    }

    /** The blocks under each question sub-heading, up to the next question (other sub-headings among them). */
    private static List<List<Block>> answersByQuestion(List<Block> blocks) {
        List<List<Block>> answers = new ArrayList<>();
        List<Block> current = null;
        for (Block block : blocks) {
            if (block.heading() && isQuestion(block.text())) {
                current = new ArrayList<>();
                answers.add(current);
            } else if (current != null) {
                current.add(block);
            }
        }
        return answers;
    }

    private static boolean isQuestion(String text) {
        return CLOSING_QUOTES.matcher(text.strip()).replaceFirst("").endsWith("?");
    }

    /** The text under a question opens with an answer ('Partly. ...') or holds a labelled item. */
    private boolean answered(List<Block> answer) {
        List<Block> text = answer.stream().filter(b -> !b.heading()).toList();
        return answerOpening.matcher(text.get(0).text().strip()).lookingAt()
                || text.stream().anyMatch(b -> labels.label(b.text().strip()).isPresent());
    }
}
