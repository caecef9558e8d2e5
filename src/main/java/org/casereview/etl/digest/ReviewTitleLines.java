package org.casereview.etl.digest;

/** Whether a line, standing alone, reads as a review's title by the digest grammar ("Child AB: Serious case review"). */
public final class ReviewTitleLines {

    private static final UnitShapes SHAPES = new UnitShapes(DigestGrammar.standard());

    private ReviewTitleLines() {
    }

    /** A heading that names a child and a review type of review-types.yml. */
    public static boolean isReviewTitle(String line) {
        return SHAPES.isHeadingLike(line) && SHAPES.isStrongHeading(line, null) && SHAPES.namesReviewType(line);
    }
}
