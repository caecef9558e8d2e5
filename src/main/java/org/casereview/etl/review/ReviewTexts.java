package org.casereview.etl.review;

import java.util.stream.Collectors;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.normalise.ReviewText;

/** The texts of a digest entry, by role, as the normaliser reads them. */
final class ReviewTexts {

    private ReviewTexts() {
    }

    static ReviewText of(DigestEntry e) {
        return new ReviewText(e.title(), e.childName(), e.summary(), text(e, SectionType.LEARNING),
                text(e, SectionType.RECOMMENDATIONS), text(e, SectionType.GOOD_PRACTICE),
                text(e, SectionType.BACKGROUND), keywords(e), e.linkText(), null);
    }

    private static String text(DigestEntry e, SectionType type) {
        String joined = e.sections().stream().filter(s -> s.type() == type).map(Section::text)
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static String keywords(DigestEntry e) {
        return e.sections().stream()
                .filter(s -> s.type() == SectionType.OTHER && s.heading() != null
                        && s.heading().toLowerCase().startsWith("keyword"))
                .map(Section::text).findFirst().orElse(null);
    }
}
