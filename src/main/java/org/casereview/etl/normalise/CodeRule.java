package org.casereview.etl.normalise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One code of a code list and the phrases that set it.
 *
 * @param requires  name of a cue list that must occur in the same sentence ("parent"), or null
 * @param notNear   names of cue lists that cancel a phrase when they come just before it in its clause
 * @param notAfterOpening names of cue lists anchored at the start of a sentence part that cancel a phrase when the
 *                  whole part before it opens with them, however long ("Child X's brother, aged 9, was subject to a
 *                  child protection plan under the category of neglect": a sibling's plan, beyond the clause window)
 * @param notBefore names of cue lists that cancel a phrase when they follow it right away
 *                  ("assaulted another young person": the child harmed someone else)
 * @param notOfAdultSubject true when a sentence whose opening pronoun points back to an adult is about that
 *                  adult ("She had been a child in need" after a sentence about the mother), and a sentence
 *                  opening with the noun of the one who harmed the child is about that person
 *                  ("... by a 13-year-old boy. The boy had been excluded from school.")
 * @param negativePhrase true when the phrases carry their own negation ("little food", "not seen for months"):
 *                  a negation before them belongs to another part of the list ("no electricity and little food")
 * @param implies   codes set together with this one (criminal exploitation is extra-familial harm)
 * @param alsoLearning true when the learning text may set it too ("co-sleeping was a continuing concern");
 *                  false for codes that learning texts name in general ("parental mental health")
 * @param ofChildOnly true when the phrase counts only when it is said of the subject child by name or noun
 *                  ("Child H8 displayed harmful sexual behaviour"), not when it names nobody (a keyword)
 * @param fallback  true when the phrases name a verdict, not what was done ("convicted of manslaughter"):
 *                  they set the code only when no other harm type was found
 * @param doneByChild true when the phrases name harm the subject child did to others ("displayed harmful sexual
 *                  behaviour"): the code is the child's, but it is no harm done to the child (the outcome stays other)
 * @param notWith   codes that, when any other rule set them, make this rule give nothing: read after every other rule
 *                  ("trafficked ... and forced to work in a brothel" names its harm by sexual exploitation, so the
 *                  trafficking words give no `other` of their own)
 * @param youngerThan the age in years a child must be under for the phrases to count ("hit by a car ... while his mother
 *                  was asleep" is a young child's want of supervision, not a teenager's), or null for any age; a child
 *                  whose age in years is not read is not refused
 */
record CodeRule(String code, List<Pattern> patterns, String requires, List<String> notNear, List<String> notAfterOpening,
                List<String> notBefore,
                boolean notOfAdultSubject, boolean negativePhrase, List<String> implies, boolean alsoLearning,
                boolean ofChildOnly, boolean fallback, boolean doneByChild, List<String> notWith, Integer youngerThan) {
    CodeRule {
        patterns = List.copyOf(patterns);
        notNear = List.copyOf(notNear);
        notAfterOpening = List.copyOf(notAfterOpening);
        notBefore = List.copyOf(notBefore);
        implies = List.copyOf(implies);
        notWith = List.copyOf(notWith);
    }
}
