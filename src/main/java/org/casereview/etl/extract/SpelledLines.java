package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tika's text gives glyphs turned up the page (a list's label set up a band beside the list) one or two a line: 'L',
 * 'E', 'A', ..., ' IN', ... The page lines read them in their own direction as one line ({@link PdfPageLines} with
 * {@code pdf.TurnedRuns}): a run of such short lines that spells a page line, spaces aside, is that line.
 */
final class SpelledLines {

    /**
     * A piece of a spelled line: a glyph or two (PDFBox keeps glyphs that overlap, 'IN', together), each maybe a
     * ligature of two letters ('ti' + 'fi').
     */
    private static final int MAX_PIECE = 4;
    /** Fewer pieces in a row spell nothing worth joining (an initial, a page number). */
    private static final int MIN_RUN = 4;

    private SpelledLines() {
    }

    static List<String> joined(List<String> lines, List<List<PdfPageLines.Line>> pages) {
        if (!hasRun(lines)) {
            return lines; // most texts: no page line map is built
        }
        Map<String, String> spelled = new HashMap<>();
        for (List<PdfPageLines.Line> page : pages) {
            for (PdfPageLines.Line line : page) {
                if (line.text().length() >= MIN_RUN) {
                    spelled.putIfAbsent(squeezed(line.text()), line.text());
                }
            }
        }
        int longest = spelled.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = spelledEnd(lines, i, spelled, longest);
            if (end < 0) {
                out.add(lines.get(i));
                i++;
            } else {
                out.add(spelled.get(squeezed(String.join("", lines.subList(i, end)))));
                i = end;
            }
        }
        return out;
    }

    /**
     * The end (exclusive) of the longest run of pieces from {@code start} that spells a page line; -1 when none. The
     * longest: a turned label may begin with the words of a shorter one ('Recommendations' and 'Recommendations
     * include'), whose end would leave the rest's pieces as lines of their own.
     */
    private static int spelledEnd(List<String> lines, int start, Map<String, String> spelled, int longest) {
        StringBuilder letters = new StringBuilder();
        int pieces = 0;
        int end = -1;
        for (int i = start; i < lines.size(); i++) {
            String piece = lines.get(i).strip();
            if (piece.isEmpty()) {
                if (pieces == 0) {
                    return -1;
                }
                continue;
            }
            letters.append(squeezed(piece));
            if (piece.length() > MAX_PIECE || letters.length() > longest) {
                return end;
            }
            pieces++;
            if (pieces >= MIN_RUN && spelled.containsKey(letters.toString())) {
                end = i + 1;
            }
        }
        return end;
    }

    private static boolean hasRun(List<String> lines) {
        int run = 0;
        for (String line : lines) {
            String piece = line.strip();
            if (piece.isEmpty()) {
                continue;
            }
            run = piece.length() <= MAX_PIECE ? run + 1 : 0;
            if (run >= MIN_RUN) {
                return true;
            }
        }
        return false;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
