/**
 * The extractor's self-check: each loaded document gets {@code ok} or {@code doubtful} with short
 * reasons, from evidence the extraction has anyway (sections, their types and text, items, pages,
 * the linked digest entry's counts). Plain Java over the row model; imports only {@code document} (and the bundled
 * vocabulary's request words).
 */
package org.casereview.etl.quality;
