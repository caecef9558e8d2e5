/**
 * Normalisation: the coded columns of reviews.csv from the words of a review.
 *
 * <p>{@link org.casereview.etl.normalise.ReviewNormaliser} reads a
 * {@link org.casereview.etl.normalise.ReviewText} (title, summary, labelled sections, link text,
 * review-type text of a report) and returns a {@link org.casereview.etl.document.ReviewFacts} whose
 * every value keeps the words that gave it ({@link org.casereview.etl.document.CodeEvidence}).
 *
 * <p>All word lists live in {@code src/main/resources/vocabulary/} (review-types.yml,
 * case-facts.yml, cues.yml, harm-types.yml, risk-factors.yml, child-context.yml, people.yml): code lists with
 * their phrases, cue lists (negation, parent, other person), ages, numbers and ethnicity terms.
 * The Java classes hold only the rules that combine them (first age of the child, negation scope,
 * parent in the same clause), so new synonyms go into the resource, not the code.
 */
package org.casereview.etl.normalise;
