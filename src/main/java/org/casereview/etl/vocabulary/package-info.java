/**
 * Every word list, synonym and code the job knows, read from {@code vocabulary/*.yml} (one YAML
 * syntax, one loader), with an optional operator file merged on top. The per-package facades
 * ({@code normalise.Vocabulary}, {@code report.Vocabulary}, {@code link.LinkVocabulary},
 * {@code digest.DigestGrammar}, {@code extract.HtmlNoiseRules}) compile their lists from it.
 */
package org.casereview.etl.vocabulary;
