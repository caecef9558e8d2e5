package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.document.DigestTraces;
import org.casereview.etl.guard.DocumentBudget;

/**
 * Splits repaired lines into {@link Unit}s. A line goes on the previous unit when it is the rest
 * of a wrapped line (starts in lower case, or follows a long line that does not end a sentence)
 * or when a blank line between them is a page break inside a sentence.
 */
final class UnitReader {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'\u2019\u201d)]*$");
    private static final double WRAP_SHARE = 0.6;
    private static final int RUNNING_HEADER_MAX = 100;
    private static final Pattern BARE_URL = Pattern.compile("<?(?:https?://|www\\.)\\S+>?");
    private static final String PAGE_NUMBER = "(?:Page\\s*\\d{1,3}|\\d{1,3})(?:\\s*(?:of|/)\\s*\\d{1,3})?";
    private static final Pattern PAGE_NUMBER_END = Pattern.compile(
            "(?:\\s+Page\\s*\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?|\\s*[|\u2022\u00b7]\\s*" + PAGE_NUMBER + ")$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER_START = Pattern.compile(
            "^(?:Page\\s*\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\s+|" + PAGE_NUMBER + "\\s*[|\u2022\u00b7]\\s*)",
            Pattern.CASE_INSENSITIVE);

    private final TextRepair repair;
    private final UnitShapes shapes;

    UnitReader(TextRepair repair, UnitShapes shapes) {
        this.repair = repair;
        this.shapes = shapes;
    }

    /**
     * The units of a text, the lines dropped from it as running heads or footers, and the (1-based) lines that sent
     * the reader on to a later page ('Continued on page 2'), dropped as furniture ({@link ContinuedHeadings#jumpsJoined}).
     */
    record Read(List<Unit> units, List<DigestTraces.DroppedLine> dropped, List<Integer> jumpsOut) {
    }

    /** @param pageBreaks whether a blank line may be a page break inside a paragraph (not in HTML or Word blocks) */
    List<Unit> read(String text, boolean pageBreaks) {
        return readWithDropped(text, pageBreaks).units();
    }

    Read readWithDropped(String text, boolean pageBreaks) {
        String[] raw = ListSplitter.markLetterOBullets(text.split("\n", -1));
        String[] lines = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            lines[i] = repair.repairLine(raw, i);
        }
        String[] before = lines.clone();
        dropRunningHeaders(lines);
        List<Integer> jumpsOut = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (lines[i].isEmpty() && ContinuedHeadings.isJumpOut(raw[i])) {
                jumpsOut.add(i + 1);
            }
        }
        return new Read(units(lines, pageBreaks), DroppedLines.of(raw, before, lines), jumpsOut);
    }

    private List<Unit> units(String[] lines, boolean pageBreaks) {
        int wrapWidth = wrapWidth(lines);
        List<Unit> units = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        String previousLine = null;
        boolean blank = true;
        for (int i = 0; i < lines.length; i++) {
            DocumentBudget.checkTime();
            String line = lines[i];
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            // a label's second line ("include:") starts a unit of its own only when it is not the rest of the label above
            boolean join = current != null && (!blank && isLabelCutInCell(current.toString(), line) || !shapes.startsUnit(line)
                    && continues(current.toString(), previousLine, line, blank, wrapWidth, pageBreaks));
            if (join) {
                String joined = repair.joinWrapped(current.toString(), line);
                current.setLength(0);
                current.append(joined);
            } else {
                if (current != null) {
                    units.add(new Unit(currentLine, current.toString()));
                }
                current = new StringBuilder(line);
                currentLine = i + 1;
            }
            previousLine = line;
            blank = false;
        }
        if (current != null) {
            units.add(new Unit(currentLine, current.toString()));
        }
        return units;
    }

    /**
     * Whether a line goes on the current unit. A heading-like line ends at its line end, except when
     * the next line goes on in lower case (a wrapped heading, or a short first line of a paragraph).
     */
    private boolean continues(String current, String previousLine, String line, boolean blank, int wrapWidth,
                              boolean pageBreaks) {
        if (isLinkWrap(current, line)) {
            return true;
        }
        if (!blank && isLabelWrap(current, line)) {
            return true;
        }
        if (shapes.link(current) != null) {
            // a link line is whole: the next line starts something else, however long the link was
            return false;
        }
        if (!blank && shapes.isNameAlone(current) && shapes.isReviewTypeLine(line)) {
            // a title wrapped in a narrow column: "Children AB and CD:" over "Child safeguarding practice review"
            return true;
        }
        boolean lowerCase = Character.isLowerCase(line.codePointAt(0));
        if (shapes.isHeadingLike(current)) {
            // a heading is never followed by a lower-case line: this is a short wrapped line; nor does it end on a word
            // that needs more ("... by his uncle, aged" over "34, who ..."): a paragraph's full first line
            return lowerCase || !blank && previousLine.length() >= WRAP_SHARE * wrapWidth
                    && repair.endsOnContinuationWord(previousLine);
        }
        if (blank) {
            return pageBreaks && repair.continuesAcrossBreak(current, line);
        }
        if (lowerCase || repair.isHyphenWrap(previousLine, line)) {
            return true;
        }
        return previousLine.length() >= WRAP_SHARE * wrapWidth && !SENTENCE_END.matcher(previousLine).find();
    }

    /** A long label wrapped over a line end: "Recommendations to Northfold Safeguarding Children" ... "Partnership include: ...". */
    private boolean isLabelWrap(String current, String line) {
        if (current.length() >= RUNNING_HEADER_MAX || shapes.labelAt(current, 0) != null || shapes.labelAt(line, 0) != null) {
            return false;
        }
        return colonOnSecondLine(current, line);
    }

    /**
     * A label wrapped in a narrow cell: its first line a label alone without a colon ("Recommendations"), its second
     * going on in lower case ("include:"); the two with the colon on the second line are one label.
     */
    private boolean isLabelCutInCell(String current, String line) {
        UnitShapes.LabelMatch first = shapes.labelAt(current, 0);
        return current.length() < RUNNING_HEADER_MAX && first != null && first.end() >= current.length()
                && !current.strip().endsWith(":") && Character.isLowerCase(line.codePointAt(0))
                && colonOnSecondLine(current, line);
    }

    private boolean colonOnSecondLine(String current, String line) {
        String joined = current + " " + line;
        UnitShapes.LabelMatch label = shapes.labelAt(joined, 0);
        return label != null && label.end() > current.length() && joined.substring(current.length(), label.end()).contains(":");
    }

    /** A markdown link wrapped over a line end: "[Read practice" ... "review (PDF)](url)", or "](url" ... "\"title\")". */
    private static boolean isLinkWrap(String current, String line) {
        int close = line.indexOf(']');
        int open = line.indexOf('[');
        if (current.lastIndexOf('[') > current.lastIndexOf(']')) {
            return close >= 0 && (open < 0 || close < open);
        }
        int target = current.lastIndexOf("](");
        return target >= 0 && current.indexOf(')', target) < 0 && line.indexOf(')') >= 0 && (open < 0 || line.indexOf(')') < open);
    }

    /**
     * Running headers and footers of a printed digest: the same short line, not a sentence, label
     * or link, three times or more; or twice when it is the digest's own first line or carries a
     * page number ("NSPCC Repository – May 2019 Page 3", "Case reviews 2015 | 4"), which is compared
     * without its number. They are removed so that the text around them joins up.
     */
    private void dropRunningHeaders(String[] lines) {
        Map<String, Integer> counts = new HashMap<>();
        int first = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && line.length() <= RUNNING_HEADER_MAX) {
                counts.merge(line, 1, Integer::sum);
                String unnumbered = withoutPageNumber(line);
                if (!unnumbered.equals(line)) {
                    counts.merge(unnumbered, 1, Integer::sum);
                }
            }
            first = first < 0 && !line.isEmpty() ? i : first;
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // the first line stays: on page 1 it is usually the digest's own heading
            // a unit-starting line (label, link, date heading) stays, except a web address repeated as a footer
            boolean bareUrl = BARE_URL.matcher(line).matches();
            // a line going on in lower case ("report)") is the rest of a wrapped line, however often it repeats
            boolean partOfLink = line.contains("[") || line.contains("](");
            if (i == first || line.isEmpty() || partOfLink || !bareUrl && Character.isLowerCase(line.codePointAt(0)) || SENTENCE_END.matcher(line).find() || shapes.startsUnit(line) && !bareUrl) {
                continue;
            }
            String unnumbered = withoutPageNumber(line);
            boolean paged = !unnumbered.equals(line);
            boolean repeated = counts.getOrDefault(line, 0) >= 3
                    || paged && counts.getOrDefault(unnumbered, 0) >= 2
                    || first >= 0 && line.equals(lines[first])
                    // a footer made of the digest's own heading and a page number, even once
                    || paged && first >= 0 && unnumbered.substring(1).equals(lines[first]);
            if (repeated) {
                lines[i] = "";
            }
        }
    }

    /** The line without a page number at its start or end ("Page 3", "| 3", "3 of 12"); the line itself if it has none. */
    private static String withoutPageNumber(String line) {
        String s = PAGE_NUMBER_END.matcher(line).replaceFirst("");
        s = PAGE_NUMBER_START.matcher(s).replaceFirst("");
        // the marker keeps "Case reviews 2015 | 2" apart from a line that is "Case reviews 2015" itself
        return s.isBlank() || s.equals(line) ? line : "\u0000" + s;
    }

    /** The usual length of a full line: the 90th percentile of line lengths. */
    private static int wrapWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length == 0) {
            return Integer.MAX_VALUE;
        }
        return Math.max(20, lengths[(int) Math.floor(0.9 * (lengths.length - 1))]);
    }
}
