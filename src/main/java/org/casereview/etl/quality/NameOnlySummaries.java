package org.casereview.etl.quality;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.casereview.etl.document.LoadedReview;

/**
 * An entry whose summary is only the child's name or code ('Child FRY', 'Baby HTY'): a summary tells what happened,
 * so the line read as one is a word of a summary drawn apart from it (a bold name put back into its line later in the
 * page's stream) or a heading, and the summary itself went elsewhere.
 */
final class NameOnlySummaries {

    /** A child's code as digests print it: 'Child FRY', 'Baby HTY', 'Children NAY and PBY', 'Young person Q'. */
    private static final Pattern CHILD_CODE = Pattern.compile("(?:Child|Baby|Children|Young person|Siblings?|Infant)"
            + "(?: \\p{Lu}[\\p{Lu}\\d]{0,4}\\b(?:,| and| &)?)+");

    private NameOnlySummaries() {
    }

    static Optional<String> note(List<LoadedReview> entries) {
        List<String> names = entries.stream().map(NameOnlySummaries::nameOnly).filter(s -> !s.isEmpty()).toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(names.size() + " of " + entries.size()
                + " entries have a summary that is only the child's name ('" + names.get(0) + "')");
    }

    /** The summary when it is only the child's name or code, else empty. */
    private static String nameOnly(LoadedReview entry) {
        String summary = entry.row().summary() == null ? "" : entry.row().summary().strip().replaceAll("[.:;,]+$", "");
        if (summary.isEmpty()) {
            return "";
        }
        String child = entry.row().childName();
        boolean isName = child != null && summary.toLowerCase(Locale.ROOT).equals(child.strip().toLowerCase(Locale.ROOT));
        return isName || CHILD_CODE.matcher(summary).matches() ? summary : "";
    }
}
