package org.casereview.etl.quality;

/** Every threshold of the self-check, in one place. */
public final class QualityThresholds {

    /** A report of more pages than this is expected to have a learning, findings or recommendations section. */
    public static final int FEW_PAGES = 3;
    /** Share of section text in sections typed {@code other} above which most of the body counts as untyped. */
    public static final double MAX_UNTYPED_SHARE = 0.5;
    /** Characters of section text per page below which most of the body lies outside sections. */
    public static final int MIN_SECTION_CHARS_PER_PAGE = 150;
    /** A digest count from which a report giving fewer than {@link #MIN_REPORT_SHARE} of it is doubtful. */
    public static final int MIN_DIGEST_COUNT = 3;
    /** The report must give at least this share of the items its digest entry lists. */
    public static final double MIN_REPORT_SHARE = 0.5;
    /** Token overlap (Jaccard of word sets) from which two items are taken as the same point. */
    public static final double SIMILAR_ITEM_OVERLAP = 0.2;
    /** Share of a digest entry's items that must find a similar report item. */
    public static final double MIN_DIGEST_ITEMS_FOUND = 0.5;
    /** Share of a digest's entries without a summary above which the digest is doubtful. */
    public static final double MAX_ENTRIES_WITHOUT_SUMMARY = 0.5;
    /** An entry title longer than this (characters) is probably text read across columns. */
    public static final int MAX_TITLE_CHARS = 160;
    /** A learning or recommendations section of this much text ... */
    public static final int MIN_ITEM_SECTION_CHARS = 150;
    /** ... and this many lines is expected to give at least one item. */
    public static final int MIN_ITEM_SECTION_LINES = 2;
    /** Good-practice items asking for a change from which (and a third of them) a recommendations heading was missed. */
    public static final int MIN_ASKING_GOOD_PRACTICE = 2;
    /** Numbered labels of one kind opening a section's lines from which its items are counted against them. */
    public static final int MIN_LABELS = 2;
    /** Numbered labels of an item's own kind inside its text, each after a sentence, from which entries ran together. */
    public static final int MIN_LABELS_INSIDE_ITEM = 2;
    /** Items ending on a word no sentence ends on from which entries were cut where other text began. */
    public static final int MIN_CUT_ITEMS = 2;
    /** Leading letters and digits of an item's text looked for in its section's text. */
    public static final int ITEM_HEAD_CHARS = 30;

    private QualityThresholds() {
    }
}
