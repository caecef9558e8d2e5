// Extract CPU of two or more builds in one JVM, alternating A-B-B-A (issue 11, session 20): each build's extracted jar
// (the launcher's target/casereview-etl-cds/BUILD/ folder: casereview-etl.jar + lib/) in a class loader of its own, the
// same PDFs through ReportExtractor.extractWithItems, the thread CPU of each pass. Under a loaded machine the passes of
// one build vary by +-10%; the alternation puts both builds under the same load.
//
//   javac -d /tmp/xab bench/ExtractAB.java
//   java -XX:TieredStopAtLevel=1 -Xmx1g -cp /tmp/xab ExtractAB PDF_FOLDER ROUNDS BUILD_DIR_A BUILD_DIR_B ...
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * Extracts the same PDFs with two builds in one JVM, alternating, and prints each pass's thread CPU:
 * ExtractAB INPUT ROUNDS CDS_DIR_A CDS_DIR_B ...  (each dir: casereview-etl.jar + lib/)
 */
public class ExtractAB {
    public static void main(String[] args) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        int rounds = Integer.parseInt(args[1]);
        int n = args.length - 2;
        Object[] extractors = new Object[n];
        Method[] extract = new Method[n];
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            File dir = new File(args[k + 2]);
            names[k] = dir.getParentFile().getName();
            List<URL> urls = new ArrayList<>();
            urls.add(new File(dir, "casereview-etl.jar").toURI().toURL());
            for (File f : Objects.requireNonNull(new File(dir, "lib").listFiles())) urls.add(f.toURI().toURL());
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> vocab = loader.loadClass("org.casereview.etl.vocabulary.Vocabulary");
            Class<?> rex = loader.loadClass("org.casereview.etl.report.ReportExtractor");
            extractors[k] = rex.getMethod("withVocabulary", vocab).invoke(null, vocab.getMethod("bundled").invoke(null));
            extract[k] = rex.getMethod("extractWithItems", Path.class);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[n][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < n; j++) {
                int k = (r % 2 == 0) ? j : n - 1 - j; // ABBA order
                long t0 = mx.getCurrentThreadCpuTime();
                int h = 0;
                for (Path p : pdfs) h += extract[k].invoke(extractors[k], p).hashCode() & 1;
                cpu[k][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                System.out.printf("round %d %s %.2f s cpu%n", r, names[k], cpu[k][r]);
            }
        }
        for (int k = 0; k < n; k++) {
            double[] c = Arrays.copyOfRange(cpu[k], 1, rounds);
            Arrays.sort(c);
            System.out.printf("MEDIAN %s %.2f s (rounds 2..%d: %s)%n", names[k], c[c.length / 2], rounds, Arrays.toString(c));
        }
        System.exit(0);
    }
}
