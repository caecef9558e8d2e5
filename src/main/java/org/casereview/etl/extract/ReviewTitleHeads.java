package org.casereview.etl.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.digest.ReviewTitleLines;

/**
 * Running heads that are the only place a review's title is printed (a pocket digest of one review a page): the
 * page's top line, ruled off from the body ({@link PdfPageLines.Line#ruledOff}), whose words, its page number aside,
 * read as a review title, are printed nowhere in the body, and change from page to page (two titles at least). Each
 * is that page's title: {@link PdfLayoutRepair} keeps it, number stripped, once per run of pages with the same head.
 * A head that stays the same on every page (a report's or digest's own title) is no review's and is left to the
 * running-line rules.
 */
final class ReviewTitleHeads {

    private static final Pattern PAGE_NUMBER_AT_END = Pattern.compile(
            "(?i)\\s*(?:[|\u2013\u2014\u00b7]\\s*)?(?:page\\s*)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\s*$");

    private ReviewTitleHeads() {
    }

    /** Each such head's line text with its title (page number stripped); empty when the heads do not change. */
    static Map<String, String> of(List<List<PdfPageLines.Line>> pages) {
        Map<String, String> heads = new HashMap<>();
        Set<String> body = new HashSet<>();
        for (List<PdfPageLines.Line> page : pages) {
            for (PdfPageLines.Line line : page) {
                if (line.ruledOff() && PdfLayoutRepair.inMargin(line)) {
                    String title = normal(PAGE_NUMBER_AT_END.matcher(line.text()).replaceFirst(""));
                    if (ReviewTitleLines.isReviewTitle(title)) {
                        heads.put(line.text().strip().replaceAll("\\s+", " "), title);
                    }
                } else {
                    body.add(normal(line.text()));
                }
            }
        }
        heads.values().removeIf(body::contains);
        if (new HashSet<>(heads.values()).size() < 2) {
            return Map.of();
        }
        return heads;
    }

    /**
     * The text with the first page's head set under the digest's own heading and the paragraph after it (its intro),
     * when the head stands above them: the page's first body line is set larger than most of its lines.
     */
    static List<String> belowOpening(List<String> lines, List<List<PdfPageLines.Line>> pages,
                                     java.util.Collection<String> titles) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || !titles.contains(lines.get(first).strip()) || pages.isEmpty()) {
            return lines;
        }
        List<PdfPageLines.Line> body = pages.get(0).stream().filter(l -> !l.ruledOff()).toList();
        if (body.isEmpty() || !isHeading(body.get(0), body)) {
            return lines;
        }
        String heading = normal(body.get(0).text());
        int at = first + 1;
        while (at < lines.size() && !normal(lines.get(at)).endsWith(heading)) {
            at++;
        }
        if (at == lines.size()) {
            return lines;
        }
        at++;
        while (at < lines.size() && lines.get(at).isBlank()) {
            at++;
        }
        while (at < lines.size() && !lines.get(at).isBlank()) {
            at++; // the intro under the heading
        }
        List<String> moved = new java.util.ArrayList<>(lines.subList(0, at));
        String title = moved.remove(first);
        moved.addAll(List.of("", title, ""));
        moved.addAll(lines.subList(at, lines.size()));
        return moved;
    }

    /** Set larger than the page's usual text size (the most frequent one). */
    private static boolean isHeading(PdfPageLines.Line line, List<PdfPageLines.Line> body) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfPageLines.Line l : body) {
            counts.merge(Math.round(l.size() * 10000), 1, Integer::sum);
        }
        int usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return line.size() > 0 && line.size() * 10000 > usual * 1.15f;
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
