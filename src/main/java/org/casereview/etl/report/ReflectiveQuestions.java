package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;

/**
 * Questions set beside the learning for practitioners to reflect on ('Practice reflections', 'Questions to consider'
 * boxes after each learning point): a learning or good practice entry that is one sentence ending with '?' asks, it
 * states nothing learned, so it is no item. Recommendations put as questions to a board ('How will the Board be
 * assured ...?') are asks and stay.
 */
final class ReflectiveQuestions {

    /** One sentence closed by a question mark: no full stop, '!' or '?' followed by a space before it. */
    private static final Pattern ONE_QUESTION = Pattern.compile("[^.!?]*(?:[.!?](?!\\s)[^.!?]*)*\\?[\"'\u201d\u2019)]?");

    private ReflectiveQuestions() {
    }

    static List<ItemSplitter.Found> drop(List<ItemSplitter.Found> found) {
        return found.stream().filter(f -> !isReflectiveQuestion(f)).toList();
    }

    private static boolean isReflectiveQuestion(ItemSplitter.Found f) {
        return (f.type() == SectionType.LEARNING || f.type() == SectionType.GOOD_PRACTICE)
                && ONE_QUESTION.matcher(f.text().strip()).matches();
    }
}
