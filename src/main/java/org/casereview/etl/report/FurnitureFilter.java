package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.text.PageNumbers;

/**
 * Removes page furniture: running headers and footers (lines repeating at the same place on
 * many pages), page numbers, and footnotes below the body text.
 */
final class FurnitureFilter {
    // compiled once: the key is taken of every line of every page
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WIDE_SPACE = Pattern.compile("\\s{3,}");

    private static final float BAND = 0.13f;
    private static final int MAX_PAGE_DIGITS = 4;
    private static final float SAME_PLACE = 4f;
    /** A size this much over another is a different size, not the same type set a little apart. */
    private static final float SIZE_STEP = 1.12f;
    /** Margin text under this share of the body's size is furniture (a producer's 1 pt credit line). */
    private static final float TINY = 0.4f;

    private static final Pattern NAMED_PAGE = Pattern.compile(
            "\\p{L}[^|]{0,60}?\\s*[|\u00b7\u2022]\\s*(\\d{1,4})|(\\d{1,4})\\s*[|\u00b7\u2022]\\s*\\p{L}[^|]{0,60}");
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile("[0-9*\u2020\u2021\u00a7\u00b9\u00b2\u00b3]");

    private FurnitureFilter() {
    }

    /*
     * Split by page and by line (session 27): as one method, with its two page loops, it was the largest of our
     * methods the optimising compiler took (86 kB of code), compiled twice in a 480-report month (on-stack for its
     * loops, then whole); a method per page and one per line are compiled on their own calls, each far smaller.
     */
    static List<PageText> filter(List<PageText> pages, BodyStyle body) {
        Seen seen = new Seen(new HashMap<>(), new HashMap<>(), new HashMap<>(), new ArrayList<>());
        for (PageText page : pages) {
            seen.add(page, body);
        }
        int pagesWithText = (int) pages.stream().filter(p -> !p.lines().isEmpty()).count();
        int repeatThreshold = Math.max(2, (int) Math.ceil(0.4 * pagesWithText));
        // a line in a heading's size is a running header only when it comes back on most pages: the first heading of
        // each part of a file (a summary and the full report, each body opening a new page) repeats on two of five
        int headingRepeatThreshold = Math.max(repeatThreshold, pagesWithText / 2 + 1);
        Set<TextLine> footNumbers = countingFootNumbers(pages, repeatThreshold);
        Set<String> firstPage = firstPageLines(pages, body);
        PageText first = pages.isEmpty() ? null : pages.get(0); // no page, no line to judge
        Judge judge = new Judge(seen, body, repeatThreshold, headingRepeatThreshold, footNumbers, first, firstPage);
        List<PageText> result = new ArrayList<>();
        for (PageText page : pages) {
            result.add(page.withLines(dropFootnotes(judge.kept(page), page, body)));
        }
        return result;
    }

    /** The margin lines by key, their fragments by key, the lines not in the body's size by text, the small ones. */
    private record Seen(Map<String, List<TextLine>> marginLines, Map<String, List<TextLine>> marginPieces,
                        Map<String, List<TextLine>> oddSized, List<TextLine> smallMarginLines) {

        void add(PageText page, BodyStyle body) {
            for (TextLine line : page.lines()) {
                if (inMargin(line, page)) {
                    addMargin(line, body);
                }
                if (body.isSmaller(line.fontSize()) || body.isLarger(line.fontSize())) {
                    oddSized.computeIfAbsent(line.text().strip(), k -> new ArrayList<>()).add(line);
                }
            }
        }

        private void addMargin(TextLine line, BodyStyle body) {
            for (String cell : cells(line)) {
                marginLines.computeIfAbsent(key(cell, line, body), k -> new ArrayList<>()).add(line);
            }
            for (TextLine piece : pieces(line)) {
                marginPieces.computeIfAbsent(key(piece.text(), piece, body), k -> new ArrayList<>()).add(piece);
            }
            if (body.isSmaller(line.fontSize())) {
                smallMarginLines.add(line);
            }
        }
    }

    /** What is seen of the whole file, to judge each line of a page by. */
    private record Judge(Seen seen, BodyStyle body, int repeatThreshold, int headingRepeatThreshold,
                         Set<TextLine> footNumbers, PageText first, Set<String> firstPage) {

        List<TextLine> kept(PageText page) {
            List<TextLine> kept = new ArrayList<>();
            for (TextLine line : page.lines()) {
                DocumentBudget.checkTime();
                keep(line, page, kept);
            }
            return kept;
        }

        private void keep(TextLine line, PageText page, List<TextLine> kept) {
            boolean margin = inMargin(line, page);
            int threshold = body.isLarger(line.fontSize()) ? headingRepeatThreshold : repeatThreshold;
            Pieces pieces = margin ? Pieces.of(line, seen.marginPieces(), threshold, body) : Pieces.NONE;
            List<TextLine> overFurniture = pieces.onceOnlyPart(line.page(), body);
            if (!overFurniture.isEmpty()) {
                kept.addAll(overFurniture);
                return;
            }
            boolean marginFurniture = margin && (marginFurniture(line, pieces, threshold) || numberedApart(line, page, body));
            // a watermark or a side label: the same text in the same place, not in the body's size, on many pages
            boolean stamp = samePlace(line, seen.oddSized().getOrDefault(line.text().strip(), List.of()),
                    Math.max(3, repeatThreshold));
            if (!marginFurniture && !stamp && !footNumbers.contains(line)) {
                kept.add(line);
            }
        }

        private boolean marginFurniture(TextLine line, Pieces pieces, int threshold) {
            return isPageNumber(line.text()) || namesPage(line, body) || tiny(line, body)
                    || repeats(line, seen.marginLines(), threshold, body) || pieces.allRepeat()
                    || repeatsFirstPage(line, first, firstPage, body)
                    || body.isSmaller(line.fontSize()) && samePlace(line, seen.smallMarginLines(), repeatThreshold);
        }
    }

    /**
     * The keys of the first page's lines not smaller than the body (its title, its first headings), and of each two
     * lines running on (a title wrapped over two lines).
     */
    private static Set<String> firstPageLines(List<PageText> pages, BodyStyle body) {
        Set<String> keys = new HashSet<>();
        List<TextLine> lines = pages.isEmpty() ? List.of() : pages.get(0).lines().stream()
                .filter(l -> !body.isSmaller(l.fontSize())).toList();
        for (int i = 0; i < lines.size(); i++) {
            keys.add(key(lines.get(i).text()));
            if (i + 1 < lines.size()) {
                keys.add(key(lines.get(i).text() + " " + lines.get(i + 1).text()));
            }
        }
        return keys;
    }

    /**
     * A line in small type in the margin of a later page repeating words the first page prints in full size (the
     * title): a running head set from the second page on, furniture even in a two-page report that prints it once.
     */
    private static boolean repeatsFirstPage(TextLine line, PageText first, Set<String> firstPage, BodyStyle body) {
        return line.page() != first.number() && body.isSmaller(line.fontSize())
                && line.text().strip().indexOf(' ') > 0 && firstPage.contains(key(line.text()));
    }

    /**
     * A running head or foot in small type, a name and the page's number set apart by a bar ("Child B | 4",
     * "7 | Learning brief"): furniture even on the one page that prints it. The number is this page's or, where
     * a cover goes unnumbered, lower.
     */
    private static boolean namesPage(TextLine line, BodyStyle body) {
        if (!body.isSmaller(line.fontSize())) {
            return false;
        }
        Matcher matcher = NAMED_PAGE.matcher(line.text().strip());
        if (!matcher.matches()) {
            return false;
        }
        int number = Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        return number >= 1 && number <= line.page();
    }

    /**
     * A running head or foot printed on one page only (a two-page report whose first page is a title block with none):
     * the page's outermost line on its side, set apart from every other line by two of its sizes or more, in parts cut
     * at wide gaps, one part this page's number ("- 2 -", "2") and another words ("SBNI  - 2 -  Case Management
     * Review: Child F", "Invented Board | Learning Review: Child M  2"). Body text never stands that far from the next
     * line with a page's number set apart in it; a table's last row at the foot keeps the body's pitch. A heading
     * numbered apart from its words ('1    Introduction' at the top of its page) is bold or larger than the body, and
     * a number opening a line of two parts numbers what follows it (a footnote), so neither counts.
     */
    private static boolean numberedApart(TextLine line, PageText page, BodyStyle body) {
        List<String> cells = parts(line);
        if (cells.size() < 2 || line.bold() || body.isLarger(line.fontSize())
                || cells.stream().noneMatch(c -> c.chars().anyMatch(Character::isLetter))
                || cells.stream().skip(cells.size() == 2 ? 1 : 0).noneMatch(c -> numbersPage(c, line.page()))) {
            return false;
        }
        boolean top = line.y() < page.height() / 2;
        float nearest = Float.MAX_VALUE;
        for (TextLine other : page.lines()) {
            float distance = top ? other.y() - line.y() : line.y() - other.y();
            if (other == line || Math.abs(distance) < 1) {
                continue; // itself, or a part of it on its baseline
            }
            if (distance <= 0) {
                return false; // another line stands beyond it, so it is not the outermost
            }
            nearest = Math.min(nearest, distance);
        }
        return nearest >= 2 * line.fontSize();
    }

    /**
     * The line's text cut at gaps wider than its size and at runs of spaces inside a fragment (groff sets a three-part
     * head's gaps as spaces: 'SBNI' then 22 spaces, then '- 2 -').
     */
    private static List<String> parts(TextLine line) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        TextFragment previous = null;
        for (TextFragment f : line.fragments()) {
            if (previous != null && f.x() - previous.endX() > line.fontSize()) {
                addPart(parts, part);
            }
            String[] pieces = WIDE_SPACE.split(f.text(), -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    addPart(parts, part);
                }
                part.append(pieces[i]);
            }
            previous = f;
        }
        addPart(parts, part);
        return parts;
    }

    private static void addPart(List<String> parts, StringBuilder part) {
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        part.setLength(0);
    }

    /** A part that is a page number ("2", "- 2 -", "Page 2") counting this page or, after an unnumbered cover, less. */
    private static boolean numbersPage(String cell, int page) {
        if (!isPageNumber(cell)) {
            return false;
        }
        Matcher digits = DIGITS.matcher(cell);
        if (!digits.find() || digits.end() - digits.start() > MAX_PAGE_DIGITS) {
            return false;
        }
        int number = Integer.parseInt(digits.group());
        return number >= 1 && number <= page;
    }

    /**
     * Page numbers set where the page's margin band does not reach (LaTeX's default article layout prints them
     * 120 pt above an A4 page's edge): a line that is only a page number, under every other line of its page, at
     * about the same height on enough pages, with the number counting up with the pages.
     */
    private static Set<TextLine> countingFootNumbers(List<PageText> pages, int threshold) {
        List<FootNumber> feet = new ArrayList<>();
        for (PageText page : pages) {
            footNumber(page).ifPresent(feet::add);
        }
        Set<TextLine> numbers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FootNumber foot : feet) {
            long alike = feet.stream().filter(other -> other.offset() == foot.offset()
                    && Math.abs(other.line().y() - foot.line().y()) < SAME_PLACE).count();
            if (alike >= threshold) {
                numbers.add(foot.line());
            }
        }
        return numbers;
    }

    /** The page's lowest line when it is a page number alone below all the rest, with its number less the page's. */
    private static Optional<FootNumber> footNumber(PageText page) {
        TextLine lowest = null;
        float nextLowest = -Float.MAX_VALUE;
        for (TextLine line : page.lines()) {
            if (lowest == null || line.y() > lowest.y()) {
                nextLowest = lowest == null ? nextLowest : Math.max(nextLowest, lowest.y());
                lowest = line;
            } else {
                nextLowest = Math.max(nextLowest, line.y());
            }
        }
        if (lowest == null || lowest.y() <= nextLowest || !isPageNumber(lowest.text())) {
            return Optional.empty();
        }
        Matcher number = DIGITS.matcher(lowest.text());
        return number.find() && number.end() - number.start() <= MAX_PAGE_DIGITS
                ? Optional.of(new FootNumber(lowest, Integer.parseInt(number.group()) - page.number()))
                : Optional.empty();
    }

    /** A page's lowest line, a page number, and how far its number is from the physical page's. */
    private record FootNumber(TextLine line, int offset) {
    }

    /** Type far under the body's in a page margin: a producer's stamp or printer's mark, never read as text. */
    private static boolean tiny(TextLine line, BodyStyle body) {
        return line.fontSize() < TINY * body.fontSize();
    }

    static boolean isPageNumber(String text) {
        return PageNumbers.isPageNumber(text);
    }

    private static boolean inMargin(TextLine line, PageText page) {
        return line.y() < page.height() * BAND || line.y() > page.height() * (1 - BAND);
    }

    /**
     * Every part of the line ("Partnership name", "OFFICIAL", set apart by a wide gap) is a page
     * number or comes back at this height on many pages. Parts, because a two-column page may
     * split a header that other pages print as one line.
     */
    private static boolean repeats(TextLine line, Map<String, List<TextLine>> marginLines, int threshold,
                                   BodyStyle body) {
        for (String cell : cells(line)) {
            boolean furniture = isPageNumber(cell)
                    || samePlace(line, marginLines.getOrDefault(key(cell, line, body), List.of()), threshold);
            if (!furniture) {
                return false;
            }
        }
        return true;
    }

    /**
     * A margin line's fragments parted into those that come back at their place (same text, same x and y) on many
     * pages and the rest. A browser prints a fixed notice (a cookie banner) over every page's foot, and the heading
     * the page flow puts under it shares the notice's baseline band, so one line holds both: the notice's pieces repeat,
     * the heading's do not.
     */
    private record Pieces(List<TextFragment> repeated, List<TextFragment> rest) {
        static final Pieces NONE = new Pieces(List.of(), List.of());

        static Pieces of(TextLine line, Map<String, List<TextLine>> marginPieces, int threshold, BodyStyle body) {
            List<TextFragment> repeated = new ArrayList<>();
            List<TextFragment> rest = new ArrayList<>();
            for (TextLine piece : pieces(line)) {
                // repetition is the evidence, not the look: a lone "1" may be a footnote's marker
                boolean furniture = samePiecePlace(piece,
                        marginPieces.getOrDefault(key(piece.text(), piece, body), List.of())) >= threshold;
                (furniture ? repeated : rest).addAll(piece.fragments());
            }
            return new Pieces(repeated, rest);
        }

        boolean allRepeat() {
            return !repeated.isEmpty() && rest.isEmpty();
        }

        /**
         * The rest as a line of its own, the repeating pieces left out, when there are both and the rest is in a
         * larger size than every repeating piece and not under the body's (a heading, a body line); empty otherwise,
         * so that a running foot's changing part in the furniture's size (the section's name) goes with the foot.
         */
        List<TextLine> onceOnlyPart(int page, BodyStyle body) {
            if (repeated.isEmpty() || rest.isEmpty()) {
                return List.of();
            }
            float largestRepeated = (float) repeated.stream().mapToDouble(TextFragment::fontSize).max().orElse(0);
            boolean standsApart = rest.stream().allMatch(f -> !body.isSmaller(f.fontSize())
                    && f.fontSize() > largestRepeated * SIZE_STEP);
            return standsApart ? LineAssembler.lines(page, rest) : List.of();
        }
    }

    /** Pages with one of the given pieces where this one starts. */
    private static long samePiecePlace(TextLine piece, List<TextLine> others) {
        return others.stream()
                .filter(other -> Math.abs(other.y() - piece.y()) < SAME_PLACE && Math.abs(other.x() - piece.x()) < SAME_PLACE)
                .map(TextLine::page)
                .distinct()
                .count();
    }

    /** The line's fragments that hold text, each as a line of its own at the fragment's place. */
    private static List<TextLine> pieces(TextLine line) {
        List<TextLine> pieces = new ArrayList<>(line.fragments().size());
        for (TextFragment f : line.fragments()) {
            if (!f.isBlank()) {
                pieces.add(new TextLine(line.page(), f.text().strip(), List.of(f)));
            }
        }
        return pieces;
    }

    /** The line's text cut at gaps wider than the font size. */
    private static List<String> cells(TextLine line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        TextFragment previous = null;
        for (TextFragment f : line.fragments()) {
            if (previous != null && f.x() - previous.endX() > line.fontSize()) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            cell.append(f.text());
            previous = f;
        }
        cells.add(cell.toString());
        return cells;
    }

    /**
     * Whether {@code pages} pages or more have one of the given lines at the height of this one. Stops counting there:
     * a report of 1,000 pages of 2,000 lines, every line under one key, was counted in full for each line (session 39:
     * 480 s and more of the report step, its time never looked at).
     */
    private static boolean samePlace(TextLine line, List<TextLine> others, long pages) {
        if (pages <= 0) {
            return true;
        }
        Set<Integer> seenPages = new HashSet<>();
        for (TextLine other : others) {
            if (Math.abs(other.y() - line.y()) < SAME_PLACE && seenPages.add(other.page()) && seenPages.size() >= pages) {
                return true;
            }
        }
        return false;
    }

    /** Same words with any numbers: "Page 3 of 12" and "Page 4 of 12" share a key. */
    /**
     * Numbers aside for body-sized and small lines ("Page 3 of 12"); word for word for larger
     * lines, so that "3. Findings" and "4. Conclusion" at the top of their pages stay headings.
     */
    private static String key(String text, TextLine line, BodyStyle body) {
        return body.isLarger(line.fontSize()) ? text.strip() : key(text);
    }

    /**
     * Lower case, each run of digits 0-9 one '#', each run of white space (a regex's {@code \s}: space, tab, line feed,
     * vertical tab, form feed, carriage return) one space, stripped; in one pass, without the two regex replacements
     * it was made with (0.8% of a report's extraction, JFR, session 25).
     */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        int i = 0;
        while (i < lower.length()) {
            char c = lower.charAt(i);
            boolean digit = isDigit(c);
            if (digit || isSpace(c)) {
                key.append(digit ? '#' : ' ');
                while (i < lower.length() && (digit ? isDigit(lower.charAt(i)) : isSpace(lower.charAt(i)))) {
                    i++;
                }
            } else {
                key.append(c);
                i++;
            }
        }
        return key.toString().strip();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * The block of small-print lines in the lower part of the page after the last body-sized
     * line, when it starts with a note marker ("1", "*").
     */
    private static List<TextLine> dropFootnotes(List<TextLine> lines, PageText page, BodyStyle body) {
        float lastBodyY = 0;
        for (TextLine line : lines) {
            if (!body.isSmaller(line.fontSize())) {
                lastBodyY = Math.max(lastBodyY, line.y());
            }
        }
        List<TextLine> kept = new ArrayList<>();
        List<TextLine> notes = new ArrayList<>();
        for (TextLine line : lines) {
            boolean small = line.y() > lastBodyY && line.y() > page.height() * 0.6f && body.isSmaller(line.fontSize());
            (small ? notes : kept).add(line);
        }
        if (notes.isEmpty()) {
            return lines;
        }
        notes.sort(Comparator.comparingDouble(TextLine::y));
        if (FOOTNOTE_MARKER.matcher(notes.get(0).text()).lookingAt() && !tableRows(notes)) {
            return kept;
        }
        return lines;
    }

    /**
     * Small print whose lines are mostly cells of a row is a table set smaller than the body (an action plan's
     * numbered rows at the foot of a page), not notes: a note's lines run on as prose, with no gap between cells.
     */
    private static boolean tableRows(List<TextLine> notes) {
        long rows = notes.stream().filter(TextLine::hasCellGap).count();
        return rows >= 2 && rows * 2 >= notes.size();
    }
}
