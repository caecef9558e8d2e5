package org.casereview.etl.bench;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The benchmark's floor: a plain PDFBox {@link PDFTextStripper} pass over every PDF of a folder
 * with a given number of threads, nothing else. {@code bench/run.sh} runs it as a fresh process.
 * Arguments: folder, threads, and {@code --no-suppress} to turn off PDFBox's per-glyph
 * suppression of duplicate overlapping text (on by default, as in a default stripper).
 * Prints {@code PLAIN pages=N chars=N seconds=S} (seconds from JVM start).
 */
public final class PlainExtraction {

    private PlainExtraction() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        boolean suppress = !(args.length > 2 && args[2].equals("--no-suppress"));
        List<Path> pdfs;
        try (Stream<Path> listing = Files.list(folder)) {
            pdfs = listing.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = pdfs.stream().map(pdf -> pool.submit(() -> read(pdf.toFile(), suppress))).toList();
        long pages = 0;
        long chars = 0;
        for (Future<long[]> result : results) {
            pages += result.get()[0];
            chars += result.get()[1];
        }
        pool.shutdown();
        double seconds = (System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        System.out.printf("PLAIN pages=%d chars=%d seconds=%.2f%n", pages, chars, seconds);
    }

    private static long[] read(File pdf, boolean suppress) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(suppress);
            CountingWriter out = new CountingWriter();
            stripper.writeText(document, out);
            return new long[] {document.getNumberOfPages(), out.count};
        }
    }

    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buffer, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
