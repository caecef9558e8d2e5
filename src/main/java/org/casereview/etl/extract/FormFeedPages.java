package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text whose pages end with a form feed, as printed to a file: the running head and foot around each form feed
 * are page furniture, not text. A line next to a form feed (the last of a page, the first of the next) is furniture
 * when it is a page number in a common form ("Page 3", "page 3 of 9", "- 3 -", "3"), when it ends in its own page's
 * number ("... (continued)   page 2"), when it recurs at two or more form feeds with only its digits differing, or
 * when it opens a page with the digest's own title again, '(continued)' after it or not (a head typed once, at the one
 * page break a short digest has).
 * Furniture lines become empty and each form feed a line end; where a page stops inside a sentence that the next
 * goes on with, the blank lines between the two go.
 */
final class FormFeedPages {
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("(?:(?:page|p\\.|pg\\.?)\\s*)?\\d{1,4}"
            + "(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-\u2013\u2014]\\s*\\d{1,4}\\s*[-\u2013\u2014]|[\\[(]\\s*\\d{1,4}\\s*[\\])]",
            Pattern.CASE_INSENSITIVE);
    /** A number at a line's end after "page", a separator or a wide gap: "... (continued)      page 2", "Digest | 2". */
    private static final Pattern OWN_PAGE_NUMBER_END = Pattern.compile(
            "(?:\\bpage\\s*|[|\u2022\u00b7\u2013\u2014-]\\s*|\\s{2,})(\\d{1,4})(?:\\s*(?:of|/)\\s*\\d{1,4})?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_FURNITURE = 100;
    /** "(continued)", "(cont.)", "- continued", "cont'd" after a running head's title. */
    private static final Pattern CONTINUED_END = Pattern.compile(
            "\\s*[-\u2013\u2014,:]?\\s*[(\\[]?\\s*(?:continued|cont(?:'d|\u2019d|\\.)?)\\s*[)\\]]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'\u2019\u201d)]*$");

    private FormFeedPages() {
    }

    /** The text with its form feeds as line ends and the furniture around them as empty lines. */
    static String withoutFurniture(String text) {
        if (text.indexOf('\f') < 0) {
            return text;
        }
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            pages.add(new ArrayList<>(List.of(page.split("\n", -1))));
        }
        List<Edge> heads = new ArrayList<>();
        List<Edge> feet = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            if (p > 0) {
                edge(lines, p + 1, 0, 1).ifPresent(heads::add);
            }
            edge(lines, p + 1, lines.size() - 1, -1).ifPresent(feet::add);
        }
        String title = edge(pages.get(0), 0, 0, 1).map(Edge::text).orElse("");
        blankFurniture(pages, heads, title);
        blankFurniture(pages, feet, "");
        PlainTextColumns.readColumns(pages);
        for (int p = 1; p < pages.size(); p++) {
            closeBreakInsideParagraph(pages.get(p - 1), pages.get(p));
        }
        List<String> out = new ArrayList<>();
        pages.forEach(lines -> out.add(String.join("\n", lines)));
        return String.join("\n", out);
    }

    /** The first non-blank line of a page from {@code from} on in direction {@code step}. */
    private static Optional<Edge> edge(List<String> lines, int page, int from, int step) {
        for (int i = from; i >= 0 && i < lines.size(); i += step) {
            if (!lines.get(i).isBlank()) {
                return Optional.of(new Edge(page, i, lines.get(i).strip()));
            }
        }
        return Optional.empty();
    }

    /** @param title the digest's first line, which a page's first line repeats as its running head; empty for feet */
    private static void blankFurniture(List<List<String>> pages, List<Edge> edges, String title) {
        Map<String, Integer> shapes = new HashMap<>();
        edges.forEach(edge -> shapes.merge(edge.shape(), 1, Integer::sum));
        for (Edge edge : edges) {
            if (edge.text().length() <= MAX_FURNITURE && (isPageNumber(edge) || shapes.get(edge.shape()) >= 2
                    || endsInItsPageNumber(edge) || repeatsTitle(edge, title))) {
                pages.get(edge.page() - 1).set(edge.line(), "");
            }
        }
    }

    /**
     * A page that stops inside a sentence and a next page that goes on in lower case: the blank lines the furniture
     * left between them go, so that the two lines join as any wrapped line does.
     */
    private static void closeBreakInsideParagraph(List<String> page, List<String> next) {
        Optional<Edge> last = edge(page, 0, page.size() - 1, -1);
        Optional<Edge> first = edge(next, 0, 0, 1);
        if (last.isEmpty() || first.isEmpty() || SENTENCE_END.matcher(last.get().text()).find()
                || !Character.isLowerCase(first.get().text().codePointAt(0))) {
            return;
        }
        page.subList(last.get().line() + 1, page.size()).clear();
        next.subList(0, first.get().line()).clear();
    }

    /** "Case reviews published in August 2025 (continued)" opening a page of the digest titled so (case aside). */
    private static boolean repeatsTitle(Edge edge, String title) {
        return !title.isEmpty() && Edge.alike(CONTINUED_END.matcher(edge.text()).replaceFirst("")).equals(Edge.alike(title));
    }

    private static boolean isPageNumber(Edge edge) {
        return PAGE_NUMBER_LINE.matcher(edge.text()).matches();
    }

    private static boolean endsInItsPageNumber(Edge edge) {
        Matcher number = OWN_PAGE_NUMBER_END.matcher(edge.text());
        return number.find() && Integer.parseInt(number.group(1)) == edge.page()
                && !Character.isLowerCase(edge.text().codePointAt(0));
    }

    /** A line next to a form feed, on page {@code page} (from 1), at index {@code line} of that page. */
    private record Edge(int page, int line, String text) {
        /** The line with its digits and runs of white space made alike: "Digest - page 2" is "Digest - page 0". */
        String shape() {
            return alike(text.replaceAll("\\d+", "0"));
        }

        static String alike(String line) {
            return line.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        }
    }
}
