/**
 * Linking digest entries to report PDFs: {@link org.casereview.etl.link.ReportLinker} with the
 * evidence order operator file (links.csv), link file name, similarity of child name, review type
 * and title; words it relies on live in {@code vocabulary/link-words.yml} and
 * {@code vocabulary/review-types.yml}.
 */
package org.casereview.etl.link;
