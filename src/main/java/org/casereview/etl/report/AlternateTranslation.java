package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.text.WelshWords;

/**
 * A bilingual report set in one column with the languages alternating, Welsh first: each Welsh heading directly over
 * its English one, each Welsh paragraph or list over the English one. The job's records are in English (as for a
 * report set side by side: {@link BilingualHeadings}, {@link TranslationColumn}), so the Welsh headings, paragraphs
 * and list entries leave the body; read, the report had every section twice, the Welsh ones empty, and every item
 * twice. A heading is a translation when it stands directly over another heading of its level that the vocabulary
 * types by its English synonyms and it does not, or when its words are Welsh; the report alternates when two such
 * headings at least are Welsh by their words ({@link WelshWords}). A paragraph or list entry is Welsh by its words,
 * or, not English by them, beside a Welsh entry of its list (a short entry has few of the short Welsh words).
 */
final class AlternateTranslation {

    private static final int MIN_PAIRS = 2;
    /** Words a block needs before its words can tell its language. */
    private static final int MIN_WORDS = 4;
    /** Baselines further apart than this many times the type size part two blocks (a paragraph's spacing). */
    private static final float BLOCK_GAP = 1.6f;

    private record Block(int from, int to, boolean listEntry, WelshWords.Count count) {
    }

    private AlternateTranslation() {
    }

    static BilingualHeadings.Body apply(List<TextLine> lines, List<Heading> headings, SectionTyper typer) {
        List<Heading> translated = new ArrayList<>();
        int welshPairs = 0;
        for (int i = 0; i + 1 < headings.size(); i++) {
            Heading upper = headings.get(i);
            Heading lower = headings.get(i + 1);
            if (upper.level() != lower.level() || lower.lineIndex() != upper.lineIndex() + upper.lineCount()
                    || typer.englishType(upper.text()) != SectionType.OTHER) {
                continue;
            }
            boolean welsh = WelshWords.count(upper.text()).share() >= WelshWords.WELSH_SHARE;
            if (welsh || typer.englishType(lower.text()) != SectionType.OTHER) {
                translated.add(upper);
                welshPairs += welsh ? 1 : 0;
            }
        }
        if (welshPairs < MIN_PAIRS) {
            return new BilingualHeadings.Body(lines, headings);
        }
        boolean[] dropped = new boolean[lines.size()];
        Set<Integer> headingLines = new HashSet<>();
        for (Heading h : headings) {
            for (int i = h.lineIndex(); i < h.lineIndex() + h.lineCount(); i++) {
                headingLines.add(i);
                dropped[i] = translated.contains(h);
            }
        }
        int start = headings.isEmpty() ? 0 : headings.get(0).lineIndex();
        List<Block> blocks = blocks(lines, headingLines, start);
        for (int b = 0; b < blocks.size(); b++) {
            if (isWelsh(blocks, b)) {
                for (int i = blocks.get(b).from(); i < blocks.get(b).to(); i++) {
                    dropped[i] = true;
                }
            }
        }
        return BilingualHeadings.without(lines, headings, dropped);
    }

    private static boolean isWelsh(List<Block> blocks, int b) {
        Block block = blocks.get(b);
        if (block.count().isWelsh(MIN_WORDS)) {
            return true;
        }
        if (!block.listEntry() || block.count().isOther(1)) {
            return false;
        }
        return b > 0 && blocks.get(b - 1).listEntry() && blocks.get(b - 1).count().isWelsh(MIN_WORDS)
                || b + 1 < blocks.size() && blocks.get(b + 1).listEntry() && blocks.get(b + 1).count().isWelsh(MIN_WORDS);
    }

    /**
     * The body's paragraphs and list entries from {@code start}: a block ends at a heading, a page, a line opening a
     * list entry, or a gap wider than a line's.
     */
    private static List<Block> blocks(List<TextLine> lines, Set<Integer> headingLines, int start) {
        List<Block> blocks = new ArrayList<>();
        int from = -1;
        for (int i = start; i <= lines.size(); i++) {
            boolean end = i == lines.size() || headingLines.contains(i);
            if (from >= 0 && (end || opensBlock(lines.get(i - 1), lines.get(i)))) {
                blocks.add(block(lines, from, i));
                from = -1;
            }
            if (!end && from < 0) {
                from = i;
            }
        }
        return blocks;
    }

    private static boolean opensBlock(TextLine previous, TextLine line) {
        return line.page() != previous.page() || ListMarkers.startsList(line.text())
                || Math.abs(line.y() - previous.y()) > BLOCK_GAP * Math.max(line.fontSize(), previous.fontSize());
    }

    private static Block block(List<TextLine> lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(lines.get(i).text()).append(' ');
        }
        return new Block(from, to, ListMarkers.startsList(lines.get(from).text()), WelshWords.count(text.toString()));
    }
}
