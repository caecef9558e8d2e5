package org.casereview.etl.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the three invented report PDFs of the sample in {@code input/} (linked from
 * {@code input/invented-2026-10.md}). Every report says on its cover and in its running header
 * that it is invented: the real reviews' PDFs are not ours to ship.
 * <p>
 * Run from the project folder after {@code mvn -q test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.casereview.etl.report.SampleInputWriter input}
 * (cp.txt from {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class SampleInputWriter {

    static final String INVENTED = "Invented example for casereview-etl \u2014 not a real case";
    static final String FILE_CSPR = "Ashdown_CSPR_Child_Q.pdf";
    static final String FILE_SCR = "Brambleford_SCR_Baby_T.pdf";
    static final String FILE_THEMATIC = "Kestrel_Vale_Thematic_Review_Exploitation.pdf";

    private SampleInputWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "input"));
        for (Path written : writeAll(folder)) {
            System.out.println("wrote " + written);
        }
    }

    static List<Path> writeAll(Path folder) throws IOException {
        return List.of(
                twoPass(folder.resolve(FILE_CSPR), SampleChildQReport::write),
                twoPass(folder.resolve(FILE_SCR), SampleBabyTReport::write),
                twoPass(folder.resolve(FILE_THEMATIC), SampleThematicReport::write));
    }

    /** Writes a report into the given builder; headings record their page in {@code pages}. */
    interface ReportWriter {
        PdfFixtureBuilder write(Pages pages) throws IOException;
    }

    /** Heading pages: known from the first pass, so the second pass prints a true contents page. */
    static final class Pages {
        final Map<String, Integer> known;
        final Map<String, Integer> seen = new LinkedHashMap<>();

        Pages(Map<String, Integer> known) {
            this.known = known;
        }

        Object[] contents(String... headings) {
            List<Object> pairs = new ArrayList<>();
            for (String heading : headings) {
                pairs.add(heading);
                pairs.add(known.getOrDefault(heading, 0));
            }
            return pairs.toArray();
        }

        /** A level-1 heading at the top of a new page. */
        PdfFixtureBuilder chapter(PdfFixtureBuilder builder, String heading) throws IOException {
            builder.newPage().heading1(heading);
            seen.put(heading, builder.lastBlockPage());
            return builder;
        }
    }

    private static Path twoPass(Path file, ReportWriter writer) throws IOException {
        Pages first = new Pages(Map.of());
        Path scratch = Files.createTempFile("sample-first-pass", ".pdf");
        writer.write(first).save(scratch);
        Files.delete(scratch);
        Pages second = new Pages(first.seen);
        Path saved = writer.write(second).save(file);
        if (!second.seen.equals(first.seen)) {
            throw new IllegalStateException("heading pages moved between passes: " + first.seen + " / " + second.seen);
        }
        return saved;
    }
}
