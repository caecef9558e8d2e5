package org.casereview.etl.document;

/**
 * A code set on a review, with the words that triggered it (table review_code).
 *
 * @param field    reviews.csv column: harm_types, risk_factors, child_context, outcome, review_type, ...
 * @param code     the code from DATA-MODEL.md
 * @param evidence the phrase in the source that gave it
 */
public record CodeEvidence(String field, String code, String evidence) {
}
