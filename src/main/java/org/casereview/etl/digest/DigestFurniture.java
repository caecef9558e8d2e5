package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;

/**
 * Blocks that a tagged digest leaves in its structure tree although they are page furniture: a running head or
 * foot (the same text, digits aside, first or last on at least two pages and half of them, in the tree's order or
 * by its place on the page, where a producer that tags its margin boxes may put it anywhere in the tree), and printed
 * link URLs (a block of nothing but URLs and their footnote numbers, as a page foot lists them).
 */
final class DigestFurniture {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern NOTE_NUMBER = Pattern.compile("\\[?\\d{1,3}[\\].]?");

    /** Points within which two blocks' tops are the same place on their pages. */
    private static final float SAME_PLACE = 2f;
    /** The key of a block that repeats a heading's title, whichever heading. */
    private static final String HEADING_TITLE = "\u0000heading";

    private final Set<String> running;
    private final Set<LayoutBlock> atEdges;

    private DigestFurniture(Set<String> running, Set<LayoutBlock> atEdges) {
        this.running = running;
        this.atEdges = atEdges;
    }

    static DigestFurniture of(List<LayoutBlock> blocks) {
        Map<Integer, LayoutBlock> first = new HashMap<>();
        Map<Integer, LayoutBlock> last = new HashMap<>();
        for (LayoutBlock block : blocks) {
            if (block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.HEADING) {
                first.putIfAbsent(block.page(), block);
                last.put(block.page(), block);
            }
        }
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (Map<Integer, LayoutBlock> edge : List.of(first, last)) {
            edge.forEach((page, block) -> pagesOf.computeIfAbsent(key(block), k -> new HashSet<>()).add(page));
        }
        int needed = Math.max(2, (first.size() + 1) / 2);
        Set<String> running = new HashSet<>();
        pagesOf.forEach((key, pages) -> {
            if (pages.size() >= needed) {
                running.add(key);
            }
        });
        return new DigestFurniture(running, runningAtEdges(blocks, needed));
    }

    /**
     * Blocks that stand highest or lowest on their page (with those level with them: a head's left and right boxes)
     * and whose text, digits aside, stands at the same height at the edge of {@code needed} pages; or, in place of the
     * same text, the title of a heading of the text each time (a head naming the part the page is in).
     */
    private static Set<LayoutBlock> runningAtEdges(List<LayoutBlock> blocks, int needed) {
        Set<String> headings = new HashSet<>();
        Map<Integer, List<LayoutBlock>> byPage = new HashMap<>();
        for (LayoutBlock block : blocks) {
            if (block.kind() == BlockKind.HEADING) {
                headings.add(block.text().strip());
            }
            if (block.kind() != BlockKind.TABLE && block.top() >= 0) {
                byPage.computeIfAbsent(block.page(), p -> new ArrayList<>()).add(block);
            }
        }
        List<LayoutBlock> edges = new ArrayList<>();
        for (List<LayoutBlock> page : byPage.values()) {
            double highest = page.stream().mapToDouble(LayoutBlock::top).min().orElseThrow();
            double lowest = page.stream().mapToDouble(LayoutBlock::top).max().orElseThrow();
            page.stream().filter(b -> b.top() - highest <= SAME_PLACE || lowest - b.top() <= SAME_PLACE)
                    .forEach(edges::add);
        }
        Map<LayoutBlock, String> keys = new HashMap<>();
        for (LayoutBlock block : edges) {
            boolean title = block.kind() != BlockKind.HEADING && headings.contains(block.text().strip());
            keys.put(block, title ? HEADING_TITLE : key(block));
        }
        Set<LayoutBlock> running = new HashSet<>();
        for (LayoutBlock block : edges) {
            long pages = edges.stream()
                    .filter(o -> keys.get(o).equals(keys.get(block)) && Math.abs(o.top() - block.top()) <= SAME_PLACE)
                    .map(LayoutBlock::page).distinct().count();
            if (pages >= needed) {
                running.add(block);
            }
        }
        return running;
    }

    boolean isFurniture(LayoutBlock block) {
        if (block.kind() == BlockKind.TABLE) {
            return false;
        }
        return running.contains(key(block)) || atEdges.contains(block) || printedUrls(block.text());
    }

    /** Only URLs, their footnote numbers and the pieces of a URL wrapped over a line end. */
    static boolean printedUrls(String text) {
        boolean url = false;
        boolean continues = false;
        for (String token : text.strip().split("\\s+")) {
            if (URL.matcher(token).matches()) {
                url = true;
            } else if (!NOTE_NUMBER.matcher(token).matches() && !continues) {
                return false;
            }
            continues = token.matches(".*[-/_.=?&]$") && url;
        }
        return url;
    }

    private static String key(LayoutBlock block) {
        return block.text().replaceAll("\\d+", "#");
    }
}
