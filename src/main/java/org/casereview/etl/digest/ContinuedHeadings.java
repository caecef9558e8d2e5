package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry heading repeated where the entry goes on over a page or slide break: the title again with a continuation
 * mark after it ("Child A: Serious case review (continued)", "... (cont.)", "... – continued"), or the title alone
 * with the mark on the next line (a wrapped slide title). It opens no entry: it is taken out, so what follows it goes
 * on the entry it repeats. Only a line repeating an earlier heading-like line is taken out; a mark alone says nothing.
 */
final class ContinuedHeadings {

    private static final String MARK = "(?:continued|cont\\.|cont['\u2019]?d)"
            + "(?:\\s+from\\s+(?:the\\s+)?(?:previous|last)\\s+(?:page|slide))?";
    private static final Pattern MARK_AT_END = Pattern.compile(
            "(?:\\s*[-\u2013\u2014:,]\\s*|\\s+)(?:\\(\\s*" + MARK + "\\s*\\)|\\[\\s*" + MARK + "\\s*]|" + MARK + ")\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARK_ALONE = Pattern.compile(
            "^(?:\\(\\s*" + MARK + "\\s*\\)|\\[\\s*" + MARK + "\\s*]|" + MARK + ")\\.?$", Pattern.CASE_INSENSITIVE);

    private final UnitShapes shapes;

    ContinuedHeadings(UnitShapes shapes) {
        this.shapes = shapes;
    }

    List<Unit> drop(List<Unit> units) {
        List<Unit> kept = new ArrayList<>(units.size());
        Set<String> headings = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String bare = bare(units.get(i).text());
            Matcher mark = MARK_AT_END.matcher(bare);
            if (mark.find() && headings.contains(bare.substring(0, mark.start()).strip())) {
                continue;
            }
            if (headings.contains(bare) && i + 1 < units.size() && MARK_ALONE.matcher(bare(units.get(i + 1).text())).matches()) {
                i++;
                continue;
            }
            if (shapes.isHeadingLike(units.get(i).text())) {
                headings.add(bare);
            }
            kept.add(units.get(i));
        }
        return kept;
    }

    private static String bare(String text) {
        return UnitShapes.stripHeadingMarkup(text.replace("**", "")).replaceAll("\\s+", " ");
    }
}
