package org.casereview.etl.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sex a row of an entry's facts gives ("Sex: Female", "Gender: Boy", "Sex: Male and female"): what the entry states,
 * taken over what the summary's words suggest. A value that names neither sex ("Not known") states nothing.
 */
final class StatedSex {

    private static final Pattern FEMALE = Pattern.compile("\\b(?:female|girls?|f)\\b");
    private static final Pattern MALE = Pattern.compile("\\b(?:male|boys?|m)\\b");
    private static final Pattern BOTH = Pattern.compile("\\b(?:mixed|both)\\b");

    private StatedSex() {
    }

    static Optional<Finding<String>> of(String stated) {
        if (stated == null) {
            return Optional.empty();
        }
        String words = stated.toLowerCase(Locale.ROOT);
        boolean female = FEMALE.matcher(words).find();
        boolean male = MALE.matcher(words).find();
        String sex = female && male || BOTH.matcher(words).find() ? "mixed" : female ? "female" : male ? "male" : null;
        return Optional.ofNullable(sex).map(code -> new Finding<>(code, stated.strip()));
    }
}
