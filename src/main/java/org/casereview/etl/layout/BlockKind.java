package org.casereview.etl.layout;

/** What a block of a page is, as the file or its layout says. */
public enum BlockKind {
    /** A heading; {@link LayoutBlock#level()} is 1 for the top level. */
    HEADING,
    PARAGRAPH,
    /** One entry of a list; {@link LayoutBlock#marker()} holds its bullet or number, the level its depth. */
    LIST_ITEM,
    /** A table; {@link LayoutBlock#rows()} holds its cells. */
    TABLE,
    /** A box, call-out or aside set off from the body text. */
    BOX,
    CAPTION,
    /**
     * The label cell of a label|content layout (a form's or an e-mail's left column: "Summary", "Learning
     * includes:"): it names what the blocks after it, up to the next label, are.
     */
    LABEL,
    /** Running heads and feet, page numbers, contents lists: on the page, not part of the text. */
    FURNITURE,
    /**
     * A footnote or endnote as the file tags it: words about the text, printed apart from it (at the page's foot, after
     * the body), not part of the paragraph, list item or cell that calls it.
     */
    NOTE
}
