package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Two columns side by side in plain text, as {@code pdftotext -layout} writes a two-column page: each text line holds
 * a line of the left column, a gutter of spaces and a line of the right one, or only one of them (the columns' lines
 * do not share baselines). A page is read as columns when a run of its lines keeps a gutter of at least two spaces at
 * one offset (lines ending before it count as keeping it), with text on both sides of it on several lines and the
 * right column's lines starting at one offset, or at that offset and one list indent a few columns in (items whose
 * markers the text lost): the left column of the run is read first, then the right. Lines before
 * and after the run that cross the gutter (a heading, an intro over the full width) stay where they are. A page with
 * less evidence is read as columns only when a page with full evidence has its right column at the same offset.
 */
final class PlainTextColumns {
    private static final int GUTTER = 2;
    private static final int MIN_LEFT = 8;
    private static final int MIN_SIDE_LINES = 4;
    private static final int MIN_BOTH_SIDES = 2;
    /** An item's wrapped lines stand a space or two in from the column's edge. */
    private static final int EDGE_SLACK = 2;
    private static final double ALIGNED_SHARE = 0.75;
    /** How far in from the column's edge a list's items may stand when no marker is left at the edge. */
    private static final int MAX_LIST_INDENT = 6;

    private PlainTextColumns() {
    }

    /** Each page's lines with the columns of its gutter run read one after the other; other pages unchanged. */
    static void readColumns(List<List<String>> pages) {
        List<Optional<Run>> runs = pages.stream().map(PlainTextColumns::bestRun).toList();
        List<Integer> fullEvidenceEdges = runs.stream().flatMap(Optional::stream).filter(Run::fullEvidence)
                .map(Run::rightEdge).toList();
        if (fullEvidenceEdges.isEmpty()) {
            return;
        }
        for (int p = 0; p < pages.size(); p++) {
            Optional<Run> run = runs.get(p);
            if (run.isPresent() && (run.get().fullEvidence() || fullEvidenceEdges.stream()
                    .anyMatch(edge -> Math.abs(edge - run.get().rightEdge()) <= 1))) {
                pages.set(p, run.get().read(pages.get(p)));
            }
        }
    }

    /** The run of lines keeping a gutter with the most lines right of it, with text on both sides of it twice or more. */
    private static Optional<Run> bestRun(List<String> lines) {
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        Optional<Run> best = Optional.empty();
        for (int gutter = MIN_LEFT; gutter + GUTTER < longest; gutter++) {
            int start = 0;
            for (int i = 0; i <= lines.size(); i++) {
                if (i == lines.size() || !keepsGutter(lines.get(i), gutter)) {
                    Optional<Run> run = Run.of(lines, start, i, gutter);
                    if (run.isPresent() && (best.isEmpty() || run.get().rightLines() > best.get().rightLines())) {
                        best = run;
                    }
                    start = i + 1;
                }
            }
        }
        return best;
    }

    private static boolean keepsGutter(String line, int gutter) {
        for (int i = gutter; i < gutter + GUTTER && i < line.length(); i++) {
            if (line.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Lines {@code from} to {@code to} (exclusive) of a page, all keeping the gutter at {@code gutter}. */
    private record Run(int from, int to, int gutter, int rightEdge, int rightLines, boolean fullEvidence) {

        static Optional<Run> of(List<String> lines, int from, int to, int gutter) {
            int left = 0;
            int right = 0;
            int both = 0;
            int edge = Integer.MAX_VALUE;
            List<Integer> starts = new ArrayList<>();
            for (String line : lines.subList(from, to)) {
                boolean hasLeft = !line.substring(0, Math.min(gutter, line.length())).isBlank();
                int start = firstText(line, gutter + GUTTER);
                left += hasLeft ? 1 : 0;
                if (start >= 0) {
                    right++;
                    both += hasLeft ? 1 : 0;
                    edge = Math.min(edge, start);
                    starts.add(start);
                }
            }
            if (both < MIN_BOTH_SIDES || right < MIN_BOTH_SIDES) {
                return Optional.empty();
            }
            if (aligned(starts, edge) < ALIGNED_SHARE * right) {
                return Optional.empty();
            }
            boolean full = left >= MIN_SIDE_LINES && right >= MIN_SIDE_LINES;
            return Optional.of(new Run(from, to, gutter, edge, right, full));
        }

        /**
         * The right-hand lines starting at the column's edge, or at the one list indent a few columns in from it that
         * two lines or more start at (a list whose markers the text lost: pdftotext gives no bullet for one drawn).
         */
        private static long aligned(List<Integer> starts, int edge) {
            Map<Integer, Long> indents = starts.stream().filter(s -> s - edge > EDGE_SLACK && s - edge <= MAX_LIST_INDENT)
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            int indent = indents.entrySet().stream().filter(e -> e.getValue() >= MIN_BOTH_SIDES)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
            return starts.stream().filter(s -> s - edge <= EDGE_SLACK || indent >= 0 && Math.abs(s - indent) <= 1).count();
        }

        private static int firstText(String line, int from) {
            for (int i = from; i < line.length(); i++) {
                if (line.charAt(i) != ' ') {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The page with this run's left column, then its right column, in place of the run. The right column goes on
         * from the left's last line without a blank line: a column often breaks inside a paragraph.
         */
        List<String> read(List<String> lines) {
            int first = from;
            int last = to;
            while (first < last && lines.get(first).isBlank()) {
                first++;
            }
            while (last > first && lines.get(last - 1).isBlank()) {
                last--;
            }
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            for (String line : lines.subList(first, last)) {
                if (line.isBlank()) {
                    left.add("");
                    right.add("");
                    continue;
                }
                String leftPart = line.substring(0, Math.min(gutter, line.length())).stripTrailing();
                if (!leftPart.isEmpty()) {
                    left.add(leftPart);
                }
                if (line.length() > rightEdge && !line.substring(rightEdge).isBlank()) {
                    right.add(line.substring(rightEdge).stripTrailing());
                }
            }
            trim(left, left.size() - 1, -1);
            trim(right, 0, 0);
            List<String> page = new ArrayList<>(lines.subList(0, first));
            page.addAll(left);
            page.addAll(right);
            page.addAll(lines.subList(last, lines.size()));
            return page;
        }

        /** Removes the blank lines at one end of a column: from index {@code at}, moving by {@code step} each time. */
        private static void trim(List<String> column, int at, int step) {
            for (int i = at; i >= 0 && i < column.size() && column.get(i).isEmpty(); i += step) {
                column.remove(i);
            }
        }
    }
}
