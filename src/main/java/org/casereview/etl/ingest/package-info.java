/**
 * Getting source files into the run: {@link org.casereview.etl.ingest.ReportFetcher} downloads
 * linked report PDFs into {@code <output>/cache/reports} (allowed hosts only, bounded time and size,
 * retries with back-off, PDF check, SHA-256, never twice); {@link org.casereview.etl.ingest.Sha256}
 * hashes files as a stream.
 */
package org.casereview.etl.ingest;
