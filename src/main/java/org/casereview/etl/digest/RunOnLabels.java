package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List labels run on in lower case after a "makes no recommendations" clause, in the same sentence:
 * "Makes no recommendations; identifies good practice including: ...", "Makes no recommendations but
 * identifies good practice including: ...". Only a label with its colon counts, so "Makes no
 * recommendations but highlights the new guidance." stays one sentence.
 */
final class RunOnLabels {

    private static final Pattern CLAUSE_JOINT = Pattern.compile(
            "\\s*[;,]\\s*|\\s+(?:" + String.join("|", DigestGrammar.bundledWords("clause_joining_words")) + ")\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");

    private RunOnLabels() {
    }

    static List<UnitShapes.LabelMatch> afterNoRecommendations(UnitShapes shapes, String text) {
        List<UnitShapes.LabelMatch> found = new ArrayList<>();
        for (int start : shapes.noRecommendationsIn(text)) {
            Matcher end = SENTENCE_END.matcher(text);
            int sentenceEnd = end.find(start) ? end.start() : text.length();
            Matcher joint = CLAUSE_JOINT.matcher(text);
            joint.region(start, sentenceEnd);
            while (joint.find()) {
                UnitShapes.LabelMatch label = shapes.labelAt(text, joint.end());
                if (label != null && label.type().hasItems() && text.substring(label.start(), label.end()).contains(":")) {
                    found.add(label);
                    break;
                }
            }
        }
        return found;
    }
}
