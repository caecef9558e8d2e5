package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides for an ASCII hyphen at a line end whether it splits a word ("experi-" "enced") or
 * belongs to a compound ("decision-" "making"): it splits a word when the joined word is
 * printed elsewhere in the document and the hyphenated form is not. Split-word hyphens become
 * soft hyphens, which {@link TextRepair} removes when joining lines.
 */
final class HyphenResolver {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(-\\p{L}+)*");
    private static final Pattern END = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern START = Pattern.compile("^(\\p{Ll}+)");

    private HyphenResolver() {
    }

    static List<TextLine> resolve(List<TextLine> lines) {
        Set<String> words = new HashSet<>();
        for (TextLine line : lines) {
            Matcher m = WORD.matcher(line.text().toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
        }
        List<TextLine> result = new ArrayList<>(lines);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            Matcher end = END.matcher(text);
            Matcher start = START.matcher(lines.get(i + 1).text().strip());
            if (!end.find() || !start.find()) {
                continue;
            }
            String first = end.group(1).toLowerCase(Locale.ROOT);
            String second = start.group(1);
            if (words.contains(first + second) && !words.contains(first + "-" + second)) {
                TextLine line = lines.get(i);
                result.set(i, new TextLine(line.page(), text.substring(0, text.length() - 1) + '\u00ad',
                        line.fragments()));
            }
        }
        return result;
    }
}
