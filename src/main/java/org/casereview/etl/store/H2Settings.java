package org.casereview.etl.store;

/**
 * Settings of the embedded H2 engine that only change what it costs, never what it stores or when it writes.
 * <p>
 * H2 keeps the statements each connection prepared, parsed, in a cache of the last {@code QUERY_CACHE_SIZE} SQL
 * texts (8 by default). A report partition runs about 20 different statements (the job repository's and the report
 * store's), on whichever of the pool's connections is free, so with 8 none was found again: every statement of every
 * report was parsed anew, and H2's tokenizer and parser became hot enough for the optimising compiler. 64 holds
 * what a step runs (25 different statements in the extract step, 27 in the assembly). A cached statement is the same
 * statement: it is re-executed with the new parameters, and the cache is emptied when the schema changes.
 */
public final class H2Settings {

    static final String QUERY_CACHE_SIZE = "h2.queryCacheSize";
    static final String STATEMENTS_KEPT = "64";

    private H2Settings() {
    }

    /** Sets the engine's defaults for this process (H2 reads them as it opens a database); -D options win. */
    public static void applyDefaults() {
        if (System.getProperty(QUERY_CACHE_SIZE) == null) {
            System.setProperty(QUERY_CACHE_SIZE, STATEMENTS_KEPT);
        }
    }
}
