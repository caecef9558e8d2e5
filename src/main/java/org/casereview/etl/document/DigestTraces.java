package org.casereview.etl.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What the entry grammar saw of a digest besides its entries, for the self-check: the lines it dropped as running
 * heads or footers, and the numbers the entries' headings carry.
 *
 * @param droppedLines   each line dropped as a repeated running head or footer, once
 * @param headingNumbers the number each entry's heading carries ("3. Child V: ..."), in entry order; null for an entry
 *                       whose heading has none
 * @param bodyNumbers    the numbers that open a paragraph or item inside each entry ("3. the death of ..."), in
 *                       entry order: where a numbered title not read as one went
 * @param statedTotals   totals an entry's heading states ("Review 3 of 12": 12), in entry order
 * @param introTotal     the reviews the digest's introduction says it holds ("Four case reviews were published this
 *                       month"), null when it says no one number
 */
public record DigestTraces(List<DroppedLine> droppedLines, List<Integer> headingNumbers, List<Set<Integer>> bodyNumbers,
                           List<Integer> statedTotals, Integer introTotal) {

    public static final DigestTraces NONE = new DigestTraces(List.of(), List.of(), List.of(), List.of());

    public DigestTraces {
        droppedLines = List.copyOf(droppedLines);
        headingNumbers = Collections.unmodifiableList(new ArrayList<>(headingNumbers));
        bodyNumbers = bodyNumbers.stream().map(Set::copyOf).toList();
        statedTotals = List.copyOf(statedTotals);
    }

    public DigestTraces(List<DroppedLine> droppedLines, List<Integer> headingNumbers, List<Set<Integer>> bodyNumbers,
                        List<Integer> statedTotals) {
        this(droppedLines, headingNumbers, bodyNumbers, statedTotals, null);
    }

    /** These traces with the total the introduction states. */
    public DigestTraces withIntroTotal(Integer total) {
        return new DigestTraces(droppedLines, headingNumbers, bodyNumbers, statedTotals, total);
    }

    /**
     * A line dropped as a repeated running head or footer.
     *
     * @param text        the line
     * @param times       how many times it stood in the text
     * @param overContent how many of those it stood over text that goes on under it, as a label over its list does:
     *                    the next line a list item or going on in lower case, the line before ending a sentence or
     *                    an item (so the dropped line did not cut a sentence in two)
     */
    public record DroppedLine(String text, int times, int overContent) {
    }
}
