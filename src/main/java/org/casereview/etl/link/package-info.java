/**
 * Linking digest entries to report PDFs: {@link org.casereview.etl.link.ReportLinker} with the
 * evidence order operator file (links.csv), link file name, similarity of child name, review type
 * and title; words it relies on live in {@code link-vocabulary.properties}.
 */
package org.casereview.etl.link;
