package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether items were taken from a table block's rows. Lines that ran across a grid of filled cards and that the
 * blocks took as a table's rows are still read card by card in the section's text (a table's text joins cell by
 * cell, each cell's lines top to bottom: {@link TableRows#readByCells}), so a section that took no item from them lost
 * nothing of the cards. Items taken from such rows follow the table's columns or rows: cards run into each other or a
 * column of cards is lost, and the lines across the boxes stay a sign of a bad reading.
 */
final class TableCardRows {

    /** Words a piece of a row must hold to be looked for in the items: running text, not a label or a number. */
    private static final int MIN_WORDS = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TableCardRows() {
    }

    /**
     * The block is a table whose text is read cell by cell ({@link TableRows#readsByCells}) and no item's text holds a
     * piece of running text of one of its rows.
     */
    static boolean readByCells(Block block, List<String> items) {
        return block.table() && TableRows.readsByCells(block.lines()) && !givesItems(block, items);
    }

    private static boolean givesItems(Block block, List<String> items) {
        if (items.isEmpty()) {
            return false;
        }
        List<String> texts = items.stream().map(TableCardRows::squashed).toList();
        for (TextLine line : block.lines()) {
            for (TextFragment f : line.fragments()) {
                String piece = squashed(f.text());
                if (ReadAcross.words(piece) >= MIN_WORDS && texts.stream().anyMatch(t -> t.contains(piece))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String squashed(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
