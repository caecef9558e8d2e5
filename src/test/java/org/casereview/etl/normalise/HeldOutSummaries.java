package org.casereview.etl.normalise;

import java.util.List;

import org.casereview.etl.document.ReviewFacts;

/** Held-out phrasing tests' inputs: an invented summary under a plain title, and codes written '; '-separated. */
final class HeldOutSummaries {
    static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private HeldOutSummaries() {
    }

    /** A child safeguarding practice review of Child Z, the summary as given. */
    static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    /** A title with no review type, the summary as given. */
    static ReviewFacts untyped(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z", "Child Z", summary, null, null, null, null, null, null, null));
    }

    static List<String> codes(String expected) {
        return expected == null ? List.of() : List.of(expected.split("; "));
    }
}
