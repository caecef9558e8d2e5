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
 * <p>
 * H2's object cache ({@code h2.objectCache}, on by default) hands out one instance of equal strings: every text
 * value read from the file is hashed whole ({@code String.hashCode}) and looked up in a table of 1,024 slots. The
 * job's texts are long and seldom equal (a section's text, an item's): the hashing was a quarter of the JFR samples
 * of the export's reading thread at 480 reports (the sections file: 32 MB of text) and showed in the assembly's and
 * the extract step's reads, for strings seldom found again (the CPU of jobs started together showed no gain beyond
 * their noise: docs/BENCHMARKS.md, s32-steps). Off, each value read is its own string: the same
 * characters, the same rows. H2 reads the property once, when its first class is loaded: {@link #applyDefaults} runs
 * before the job touches the database.
 */
public final class H2Settings {

    static final String QUERY_CACHE_SIZE = "h2.queryCacheSize";
    static final String STATEMENTS_KEPT = "64";
    static final String OBJECT_CACHE = "h2.objectCache";

    private H2Settings() {
    }

    /** Sets the engine's defaults for this process (H2 reads them as it opens a database); -D options win. */
    public static void applyDefaults() {
        if (System.getProperty(QUERY_CACHE_SIZE) == null) {
            System.setProperty(QUERY_CACHE_SIZE, STATEMENTS_KEPT);
        }
        if (System.getProperty(OBJECT_CACHE) == null) {
            System.setProperty(OBJECT_CACHE, "false");
        }
    }
}
