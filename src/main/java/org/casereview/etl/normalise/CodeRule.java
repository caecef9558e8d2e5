package org.casereview.etl.normalise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One code of a code list and the phrases that set it.
 *
 * @param requires  name of a cue list that must occur in the same sentence ("parent"), or null
 * @param notNear   names of cue lists that cancel a phrase when they come just before it in its clause
 * @param notBefore names of cue lists that cancel a phrase when they follow it right away
 *                  ("assaulted another young person": the child harmed someone else)
 * @param implies   codes set together with this one (criminal exploitation is extra-familial harm)
 * @param alsoLearning true when the learning text may set it too ("co-sleeping was a continuing concern");
 *                  false for codes that learning texts name in general ("parental mental health")
 */
record CodeRule(String code, List<Pattern> patterns, String requires, List<String> notNear, List<String> notBefore,
                List<String> implies, boolean alsoLearning) {
    CodeRule {
        patterns = List.copyOf(patterns);
        notNear = List.copyOf(notNear);
        notBefore = List.copyOf(notBefore);
        implies = List.copyOf(implies);
    }
}
