package org.casereview.etl.document;

/**
 * A code set on a review, with the words that triggered it and the person they were read for (table review_code).
 *
 * @param field    reviews.csv column: harm_types, risk_factors, child_context, outcome, review_type, ...
 * @param code     the code from DATA-MODEL.md
 * @param evidence the phrase in the source that gave it
 * @param person   who the phrase was read for: {@link #SUBJECT_CHILD}, {@link #PARENT_CARER}, {@link #OTHER_ADULT},
 *                 {@link #OTHER_CHILD} or {@link #PERPETRATOR}; null for fields about the review, not a person
 *                 (review type, document type, thematic, incident year, number of children)
 */
public record CodeEvidence(String field, String code, String evidence, String person) {
    public static final String SUBJECT_CHILD = "subject_child";
    public static final String PARENT_CARER = "parent_carer";
    public static final String OTHER_ADULT = "other_adult";
    public static final String OTHER_CHILD = "other_child";
    public static final String PERPETRATOR = "perpetrator";

    /** A code about the review itself, read for no person. */
    public CodeEvidence(String field, String code, String evidence) {
        this(field, code, evidence, null);
    }

    /** The same code and words, read for {@code readFor}. */
    public CodeEvidence readFor(String readFor) {
        return new CodeEvidence(field, code, evidence, readFor);
    }
}
