package org.casereview.etl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Child Z, a 14-year-old girl, and her sister, aged 16, who were both sexually exploited": words said of the child and
 * a brother or sister together ("were both", "had all been", "both were"), right before the phrase; the phrase is the
 * child's too, although the part that holds it opens with the sibling.
 */
final class JointSubject {
    private static final Pattern JOINT = Pattern.compile("(?<![\\w-])(?:(?:who|they|which)\\s+)?(?:(?:were|had|have|are)\\s+"
            + "(?:both|all)|both\\s+(?:were|had))(?:\\s+(?:been|being))?\\s+(?:[\\w-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A brother or sister named with the child in the words before ("and her sister", "and his two half-brothers"). */
    private static final Pattern SIBLING = Pattern.compile("(?<![\\w-])and\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:(?:half|step)[\\s-]?)?(?:brothers?|sisters?|siblings?|twins?)"
            + "(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final int REACH = 40;
    private static final int SIBLING_REACH = 80;

    private JointSubject() {
    }

    /** Whether the words right before {@code start} say what follows of the child and a brother or sister together. */
    static boolean before(String text, int start) {
        Matcher joint = JOINT.matcher(TextScan.justBefore(text, start, REACH));
        if (!joint.find()) {
            return false;
        }
        int jointStart = Math.max(0, start - REACH) + joint.start();
        return SIBLING.matcher(TextScan.justBefore(text, jointStart, SIBLING_REACH)).find();
    }
}
