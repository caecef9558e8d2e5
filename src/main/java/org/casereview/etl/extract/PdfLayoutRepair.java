package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.layout.BulletGlyphs;

/**
 * What the PDF text layer alone gets wrong, repaired from the page layout: list bullets that were
 * drawn (not printed) become "- " list items again, and running headers and footers (the same
 * line, digits aside, in the top or bottom margin of most pages) are taken out of the text, so a
 * list that crosses a page break stays one list; and a list item whose wrapped (indented) line the
 * text layer took for a new paragraph is joined again; link URLs printed at a page's foot are furniture too, a line
 * whose note number points to one taking it as its link ({@link FootnoteLinks}).
 */
final class PdfLayoutRepair {

    /** Share of the page height, from the top or the bottom, where running lines stand. */
    private static final float MARGIN = 0.08f;
    /** The band within which a line that opens (or closes) every page at one place is a running line. */
    private static final float WIDE_MARGIN = 0.12f;
    private static final float SAME_PLACE = 0.01f;
    private static final float LOWER_HALF = 0.5f;
    /** An item opened by a symbol font's bullet glyph, which the text layer keeps (a slide's Wingdings tick). */
    private static final Pattern SYMBOL_FONT_BULLET = Pattern.compile("[" + BulletGlyphs.SYMBOL_FONT_GLYPHS + "]\\s");
    /** A line ending in a word broken after a soft or typographic hyphen (U+00AD, U+2010), as a producer set it. */
    private static final Pattern BROKEN_WORD = Pattern.compile(".*\\p{L}[\u00ad\u2010]$");
    private static final Pattern PRINTED_URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern NOTE_NUMBER = Pattern.compile("\\[?\\d{1,3}[\\].]?");
    /** A page number closing a running line ("... | 2", "... Page 2 of 5"); three digits at most, so not a year. */
    private static final Pattern PAGE_NUMBER_AT_END = Pattern.compile(
            "(?i)(?:^|[|\u2013\u2014\\s])(?:page\\s*)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?\\s*$");
    /** A margin line's closing page number, after words ("Chapter 1: Annual digest 2"). */
    private static final Pattern WORDS_THEN_NUMBER = Pattern.compile(".*\\p{L}.*\\s(\\d{1,3})$");
    /** A page number alone in a margin line. */
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,3}");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(?:january|february|march|april|may|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+"
            + "(?:19|20)\\d\\d\\b");

    private PdfLayoutRepair() {
    }

    static String repair(String markdown, List<List<PdfPageLines.Line>> pages) {
        Set<String> running = runningLines(pages);
        Map<String, String> titled = TitledRunningHeads.of(pages);
        running.addAll(titled.keySet());
        running.addAll(ruledOffHeads(pages));
        running.addAll(pageNumberedLines(pages));
        Map<String, String> reviewHeads = ReviewTitleHeads.of(pages);
        running.removeAll(reviewHeads.keySet());
        running.addAll(SideBlocks.of(pages));
        running.addAll(printedLinkUrls(pages, running));
        Map<String, Integer> bulleted = bulletedLines(pages, running);
        List<String> kept = new ArrayList<>();
        List<String> spelled = SpelledLines.joined(List.of(markdown.split("\n", -1)), pages);
        String[] lines = DetailTables.moved(TitlesWrittenLast.moved(BoxesWrittenOutOfOrder.moved(spelled, pages), pages),
                pages).toArray(String[]::new);
        int strayBullets = bulletsPlaced(lines, pages);
        FootnoteLinks.Notes notes = FootnoteLinks.of(pages);
        Map<String, String> footnoted = notes.links();
        running.addAll(notes.used());
        boolean datedLeadKept = false;
        String lastHead = null;
        for (String line : lines) {
            String text = line.strip().replaceAll("\\s+", " ");
            if (reviewHeads.containsKey(text)) {
                // a review's title printed only in its pages' heads: once per run of pages with the same head
                String title = reviewHeads.get(text);
                if (!title.equals(lastHead)) {
                    kept.addAll(List.of("", title, ""));
                    lastHead = title;
                }
                continue;
            }
            if (running.contains(text)) {
                // a titled head's constant part may be the only place that names the digest's month: its first stays
                String lead = titled.getOrDefault(text, "");
                if (!datedLeadKept && MONTH_YEAR.matcher(lead).find()) {
                    kept.add(lead);
                    datedLeadKept = true;
                }
                continue;
            }
            if (strayBullets > 0 && BulletGlyphs.isBulletOnly(text)) {
                strayBullets--;
                continue;
            }
            if (footnoted.containsKey(text)) {
                line = footnoted.get(text);
            } else if (bulleted.getOrDefault(text, 0) > 0 && !text.startsWith("- ")) {
                bulleted.merge(text, -1, Integer::sum);
                line = "- " + text;
            }
            kept.add(line);
        }
        if (!reviewHeads.isEmpty()) {
            kept = ReviewTitleHeads.belowOpening(kept, pages, reviewHeads.values());
        }
        List<String> split = RunInHeadings.split(MarginLabelLines.split(SideLabelLines.moved(kept, pages), pages), pages);
        return PdfLinkLines.apply(joinWrappedItems(split, HangingLines.of(pages)), pages).replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** How many times each line the page lines mark as bulleted stands in the text, running lines aside. */
    private static Map<String, Integer> bulletedLines(List<List<PdfPageLines.Line>> pages, Set<String> running) {
        Map<String, Integer> bulleted = new HashMap<>();
        for (List<PdfPageLines.Line> page : pages) {
            for (PdfPageLines.Line line : page) {
                if (line.bulleted() && !running.contains(line.text())) {
                    bulleted.merge(line.text(), 1, Integer::sum);
                }
            }
        }
        return bulleted;
    }

    /**
     * How many of the text's bullet-only lines the page lines put in front of the item they mark
     * ({@link PdfPageLines}: bullets written apart from their items): they are not lines of their own.
     */
    private static int bulletsPlaced(String[] lines, List<List<PdfPageLines.Line>> pages) {
        long inText = Arrays.stream(lines).filter(BulletGlyphs::isBulletOnly).count();
        long left = pages.stream().flatMap(List::stream).filter(l -> BulletGlyphs.isBulletOnly(l.text())).count();
        return (int) Math.max(0, inText - left);
    }

    /**
     * A line that starts in lower case after blank lines, right after an unfinished list item (no
     * closing . ; : ! ?), is the item's wrapped line: it goes back under the item.
     */
    static String joinWrappedItems(List<String> lines) {
        return joinWrappedItems(lines, HangingLines.NONE);
    }

    /**
     * As {@link #joinWrappedItems(List)}; and a line the page shows hung under an item's text ({@link HangingLines}),
     * whatever its first letter ('CAMHS ...'), goes on the item's line, blank lines or not.
     */
    static String joinWrappedItems(List<String> lines, HangingLines hanging) {
        StringBuilder out = new StringBuilder();
        boolean inItem = false;
        String last = "";
        int blanks = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            String text = line.strip();
            boolean hung = inItem && hanging.hangsUnder(last, text);
            boolean wrapped = hung || inItem && blanks > 0 && Character.isLowerCase(text.charAt(0))
                    && !last.matches(".*[.;:!?]$");
            if (hung && BROKEN_WORD.matcher(last).matches()) {
                out.setLength(out.toString().stripTrailing().length() - 1); // a word broken after a soft hyphen: one word
                out.append(text);
            } else if (hung && !last.endsWith("-")) {
                out.append(' ').append(text); // on the item's own line: the unit reader would start a capital anew
            } else {
                if (!out.isEmpty()) {
                    out.append('\n').append(wrapped ? "" : "\n".repeat(blanks));
                }
                out.append(line);
            }
            inItem = text.startsWith("- ") || SYMBOL_FONT_BULLET.matcher(text).lookingAt()
                    || inItem && (wrapped || blanks == 0);
            last = text;
            blanks = 0;
        }
        return out.toString();
    }

    /** No other line of the page stands level with it: a line beside the text flow's first line is no head over it. */
    private static boolean aloneAtItsHeight(PdfPageLines.Line line, List<PdfPageLines.Line> page) {
        return page.stream().noneMatch(other -> other != line && !other.text().isBlank()
                && Math.abs(other.top() - line.top()) <= SAME_PLACE);
    }

    /** Lines that stand, digits aside, at the same place in a page margin on at least half the pages (and two). */
    static Set<String> runningLines(List<List<PdfPageLines.Line>> pages) {
        Set<String> running = new HashSet<>();
        if (pages.size() < 2) {
            return running;
        }
        Predicate<PdfPageLines.Line> repeats =
                repeatsOnHalfThePages(pages, PdfLayoutRepair::inMargin, PdfLayoutRepair::key);
        for (List<PdfPageLines.Line> page : pages) {
            for (PdfPageLines.Line line : page) {
                if (repeats.test(line)) {
                    running.add(line.text());
                }
            }
        }
        running.addAll(outermostOnEveryPage(pages));
        return running;
    }

    /**
     * A page's topmost (or lowest) line, the same, digits aside, at the same place as the topmost (lowest) line of every
     * other page, a little inside the margin band (ConTeXt sets its header line at 8.75% of the page), no other line level
     * with it: a line alone that opens every page at one place with the same words is the page's furniture, not its text.
     */
    static Set<String> outermostOnEveryPage(List<List<PdfPageLines.Line>> pages) {
        Set<String> running = new HashSet<>();
        for (boolean top : new boolean[] {true, false}) {
            List<PdfPageLines.Line> outermost = new ArrayList<>();
            for (List<PdfPageLines.Line> page : pages) {
                page.stream().filter(line -> !line.text().isBlank())
                        .min(Comparator.comparingDouble(line -> top ? line.top() : -line.top()))
                        .filter(line -> top ? line.top() <= WIDE_MARGIN : line.top() >= 1 - WIDE_MARGIN)
                        .filter(line -> aloneAtItsHeight(line, page))
                        .ifPresent(outermost::add);
            }
            if (outermost.size() >= 2 && outermost.size() == pages.size()
                    && outermost.stream().map(PdfLayoutRepair::key).distinct().count() == 1) {
                outermost.forEach(line -> running.add(line.text()));
            }
        }
        return running;
    }

    /** Whether a placed line's key (its text and place) comes back on at least half the pages, and on two. */
    static Predicate<PdfPageLines.Line> repeatsOnHalfThePages(List<List<PdfPageLines.Line>> pages,
            Predicate<PdfPageLines.Line> placed, Function<PdfPageLines.Line, String> key) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfPageLines.Line line : pages.get(p)) {
                if (placed.test(line)) {
                    pagesOf.computeIfAbsent(key.apply(line), k -> new HashSet<>()).add(p);
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        return line -> placed.test(line) && pagesOf.getOrDefault(key.apply(line), Set.of()).size() >= needed;
    }

    /**
     * Running heads seen on one page only (a producer that starts its heads on page 2 of a two-page digest): a page's
     * top line in the margin, ruled off from the body under it by a rule across the text width
     * ({@link PdfPageLines.Line#ruledOff}), whose words name the document rather than start a part of it: they hold the
     * first page's first line (the digest's title), a page number, or a month and year.
     */
    static Set<String> ruledOffHeads(List<List<PdfPageLines.Line>> pages) {
        Set<String> heads = new HashSet<>();
        if (pages.isEmpty() || pages.get(0).isEmpty()) {
            return heads;
        }
        PdfPageLines.Line title = pages.get(0).get(0);
        for (List<PdfPageLines.Line> page : pages) {
            for (PdfPageLines.Line line : page) {
                if (line.ruledOff() && line.top() <= MARGIN && line != title && namesDocument(line.text(), title.text())) {
                    heads.add(line.text());
                }
            }
        }
        return heads;
    }

    /**
     * Running heads and feet seen on one page only (texinfo heads only a chapter's later pages): a margin line of words
     * ending in the page's own number, known as such because another page prints its number alone at the same place
     * and the two numbers are as far apart as the pages ('1' at the top of one page, '... 2' at the top of the next).
     */
    static Set<String> pageNumberedLines(List<List<PdfPageLines.Line>> pages) {
        Map<Long, Map<Integer, Integer>> offsetsAt = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfPageLines.Line line : pages.get(p)) {
                String text = line.text().strip();
                if (inMargin(line) && NUMBER_ALONE.matcher(text).matches()) {
                    offsetsAt.computeIfAbsent(place(line), k -> new HashMap<>()).put(p, Integer.parseInt(text) - p);
                }
            }
        }
        Set<String> heads = new HashSet<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfPageLines.Line line : pages.get(p)) {
                Matcher number = WORDS_THEN_NUMBER.matcher(line.text().strip());
                if (!inMargin(line) || !number.matches()) {
                    continue;
                }
                int offset = Integer.parseInt(number.group(1)) - p;
                int page = p;
                if (offsetsAt.getOrDefault(place(line), Map.of()).entrySet().stream()
                        .anyMatch(e -> e.getKey() != page && e.getValue() == offset)) {
                    heads.add(line.text());
                }
            }
        }
        return heads;
    }

    private static long place(PdfPageLines.Line line) {
        return Math.round(line.top() / SAME_PLACE);
    }

    private static boolean namesDocument(String head, String title) {
        String words = title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return words.contains(" ") && head.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).contains(words)
                || PAGE_NUMBER_AT_END.matcher(head).find() || MONTH_YEAR.matcher(head).find();
    }

    /**
     * The lines at a page's foot that print link URLs (footnotes of a PDF made from a document whose links were
     * notes): from the last line up, in the lower half of the page, lines of URLs, note numbers and wrapped URL
     * pieces, as long as they read as nothing but printed URLs, a running foot under them aside. They are furniture:
     * an entry's text runs past them.
     */
    static Set<String> printedLinkUrls(List<List<PdfPageLines.Line>> pages, Set<String> running) {
        Set<String> urls = new HashSet<>();
        Set<String> repeated = repeatedLines(pages);
        for (List<PdfPageLines.Line> page : pages) {
            List<String> foot = new ArrayList<>();
            for (int i = page.size() - 1; i >= 0; i--) {
                PdfPageLines.Line line = page.get(i);
                if (running.contains(line.text()) || repeated.contains(key(line))) {
                    continue;
                }
                if (line.top() < LOWER_HALF || !(isOneToken(line.text()) || isPrintedUrls(line.text()))) {
                    break;
                }
                foot.add(0, line.text());
            }
            while (!foot.isEmpty() && !isPrintedUrls(String.join(" ", foot))) {
                foot.remove(0);
            }
            urls.addAll(foot);
        }
        return urls;
    }

    /**
     * Lines in the lower half of a page, no URLs, that stand, digits aside, at the same place on two pages or more: a
     * running foot set above the margin ('... – page 1' under the footnotes) that the foot's URLs stand over.
     */
    private static Set<String> repeatedLines(List<List<PdfPageLines.Line>> pages) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfPageLines.Line line : pages.get(p)) {
                if (line.top() >= LOWER_HALF && !isOneToken(line.text()) && !isPrintedUrls(line.text())) {
                    pagesOf.computeIfAbsent(key(line), k -> new HashSet<>()).add(p);
                }
            }
        }
        Set<String> repeated = new HashSet<>();
        pagesOf.forEach((key, on) -> {
            if (on.size() >= 2) {
                repeated.add(key);
            }
        });
        return repeated;
    }

    private static boolean isOneToken(String text) {
        return !text.isBlank() && !text.strip().contains(" ");
    }

    /** Only URLs, their note numbers and the pieces of a URL wrapped over a line end. */
    static boolean isPrintedUrls(String text) {
        boolean url = false;
        boolean continues = false;
        for (String token : text.strip().split("\\s+")) {
            if (PRINTED_URL.matcher(token).matches()) {
                url = true;
            } else if (!NOTE_NUMBER.matcher(token).matches() && !continues) {
                return false;
            }
            continues = url && token.matches(".*[-/_.=?&]$");
        }
        return url;
    }

    /** In the top or bottom band of the page, where running heads and feet stand. */
    static boolean inMargin(PdfPageLines.Line line) {
        return line.top() <= MARGIN || line.top() >= 1 - MARGIN;
    }

    private static String key(PdfPageLines.Line line) {
        return key(line.text(), line.top());
    }

    /** Digits masked (page numbers, dates) and the place rounded, so the same running text matches on every page. */
    static String key(String text, float top) {
        return text.replaceAll("\\d+", "#") + "@" + Math.round(top / SAME_PLACE);
    }
}
