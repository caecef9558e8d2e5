// The extract step's CPU against the floor, warm, in one JVM (issue 11, session 25): per round, a plain PDFBox
// PDFTextStripper pass (suppression of duplicate overlapping text on, as by default, then off) and each build's
// ReportExtractor.extractWithItems over the same PDFs, alternating the builds A-B-B-A; each pass's thread CPU, and a
// hash of each build's results (the records' text) so that two builds can be seen to give the same reports.
//
//   javac -d /tmp/xfloor bench/ExtractFloor.java
//   java -Xmx1g -cp /tmp/xfloor ExtractFloor PDF_FOLDER FILES ROUNDS BUILD_DIR_A [BUILD_DIR_B ...]
//
// Each BUILD_DIR holds casereview-etl.jar + lib/ (`java -Djarmode=tools -jar target/casereview-etl.jar extract
// --destination DIR`, then rename DIR's jar casereview-etl.jar) or is the launcher's target/casereview-etl-cds/BUILD/;
// or a copy of target/classes as DIR/classes with lib/ beside it (no jar to build between two changes).
// FILES: the first FILES PDFs of the folder by name (0: all). Round 1 warms the JIT and is left out of the medians.
// NO_PLAIN=1 leaves the plain passes out (builds against each other only).
// STAGES=1 adds, per round, two passes of the first build's own stages (session 28): "stripper" (ReportPdfFile.open, our
// PositionedTextStripper.read, close: PDFBox's engine and our page passes, no analysis) and "read" (ReportExtractor's
// private read: the stripper, the outline, the structure tree's layout, the blank-page check), so that plain ->
// stripper -> read -> extractWithItems splits the step's CPU into PDFBox's floor, our stripper, our other readers and
// the analysis (metadata, furniture, headings, blocks, items).
import java.io.File;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

public class ExtractFloor {

    public static void main(String[] args) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        int files = Integer.parseInt(args[1]);
        if (files > 0 && files < pdfs.size()) {
            pdfs = pdfs.subList(0, files);
        }
        int rounds = Integer.parseInt(args[2]);
        int n = args.length - 3;
        Object[] extractors = new Object[n];
        Method[] extract = new Method[n];
        String[] names = new String[n];
        ClassLoader[] loaders = new ClassLoader[n];
        for (int k = 0; k < n; k++) {
            File dir = new File(args[k + 3]);
            names[k] = dir.getName();
            List<URL> urls = new ArrayList<>();
            File classes = new File(dir, "classes");
            urls.add((classes.isDirectory() ? classes : new File(dir, "casereview-etl.jar")).toURI().toURL());
            for (File f : Objects.requireNonNull(new File(dir, "lib").listFiles())) {
                urls.add(f.toURI().toURL());
            }
            loaders[k] = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loaders[k]);
            Class<?> vocab = loaders[k].loadClass("org.casereview.etl.vocabulary.Vocabulary");
            Class<?> rex = loaders[k].loadClass("org.casereview.etl.report.ReportExtractor");
            extractors[k] = rex.getMethod("withVocabulary", vocab).invoke(null, vocab.getMethod("bundled").invoke(null));
            extract[k] = rex.getMethod("extractWithItems", Path.class);
        }
        Plain plain = new Plain(loaders[0]);
        Stages stages = System.getenv("STAGES") == null ? null : new Stages(loaders[0]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int extra = stages == null ? 0 : 2;
        String[] passes = new String[n + 2 + extra];
        passes[0] = "plain";
        passes[1] = "plain-nosuppress";
        System.arraycopy(names, 0, passes, 2, n);
        if (stages != null) {
            passes[n + 2] = "stripper";
            passes[n + 3] = "read";
        }
        double[][] cpu = new double[n + 2 + extra][rounds];
        long pages = 0;
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < (System.getenv("NO_PLAIN") == null ? 2 : 0); q++) {
                long t0 = mx.getCurrentThreadCpuTime();
                long p = 0;
                for (Path pdf : pdfs) {
                    p += plain.pages(pdf, q == 0);
                }
                pages = p;
                cpu[q][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                System.out.printf("round %d %s %.2f s cpu (%d pages)%n", r + 1, passes[q], cpu[q][r], p);
            }
            for (int j = 0; j < n; j++) {
                int k = (r % 2 == 0) ? j : n - 1 - j; // A-B-B-A
                Thread.currentThread().setContextClassLoader(loaders[k]);
                long t0 = mx.getCurrentThreadCpuTime();
                long hash = 0;
                for (Path pdf : pdfs) {
                    hash = 31 * hash + extract[k].invoke(extractors[k], pdf).toString().hashCode();
                }
                cpu[k + 2][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                System.out.printf("round %d %s %.2f s cpu, results %016x%n", r + 1, names[k], cpu[k + 2][r], hash);
            }
            for (int q = 0; q < extra; q++) {
                Thread.currentThread().setContextClassLoader(loaders[0]);
                long t0 = mx.getCurrentThreadCpuTime();
                long lines = 0;
                for (Path pdf : pdfs) {
                    lines += q == 0 ? stages.stripper(pdf) : stages.read(pdf);
                }
                cpu[n + 2 + q][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                System.out.printf("round %d %s %.2f s cpu (%d)%n", r + 1, passes[n + 2 + q], cpu[n + 2 + q][r], lines);
            }
        }
        for (int k = 0; k < n + 2 + extra; k++) {
            if (System.getenv("NO_PLAIN") != null && k < 2) {
                continue;
            }
            double[] c = Arrays.copyOfRange(cpu[k], Math.min(1, rounds - 1), rounds);
            Arrays.sort(c);
            double median = c[c.length / 2];
            System.out.printf("MEDIAN %-18s %6.2f s cpu  %5.0f pages/s  x%.2f of plain (rounds 2..%d: %s)%n", passes[k],
                    median, pages / median, median / median(cpu[0], rounds), rounds, Arrays.toString(c));
        }
        System.exit(0);
    }

    private static double median(double[] values, int rounds) {
        double[] c = Arrays.copyOfRange(values, Math.min(1, rounds - 1), rounds);
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** The first build's own stages, by reflection into its package-private classes. */
    private static final class Stages {
        private final Method open;
        private final java.lang.reflect.Constructor<?> stripper;
        private final Method readPages;
        private final Method close;
        private final Method read;

        Stages(ClassLoader loader) throws Exception {
            Class<?> opener; // the report's opener, named ReportPdfFile since session 30
            try {
                opener = loader.loadClass("org.casereview.etl.report.ReportPdfFile");
            } catch (ClassNotFoundException e) {
                opener = loader.loadClass("org.casereview.etl.report.PdfOpener");
            }
            open = opener.getDeclaredMethod("open", Path.class);
            open.setAccessible(true);
            Class<?> documentClass = loader.loadClass("org.apache.pdfbox.pdmodel.PDDocument");
            close = documentClass.getMethod("close");
            Class<?> stripperClass = loader.loadClass("org.casereview.etl.report.PositionedTextStripper");
            stripper = stripperClass.getDeclaredConstructor();
            stripper.setAccessible(true);
            readPages = stripperClass.getDeclaredMethod("read", documentClass);
            readPages.setAccessible(true);
            Class<?> extractor = loader.loadClass("org.casereview.etl.report.ReportExtractor");
            read = extractor.getDeclaredMethod("read", Path.class);
            read.setAccessible(true);
        }

        /** Pages read by our stripper alone. */
        int stripper(Path pdf) throws Exception {
            Object document = open.invoke(null, pdf);
            try {
                return ((List<?>) readPages.invoke(stripper.newInstance(), document)).size();
            } finally {
                close.invoke(document);
            }
        }

        /** ReportExtractor's read: the stripper and the other readers of the open document. */
        int read(Path pdf) throws Exception {
            return read.invoke(null, pdf).hashCode() == 0 ? 0 : 1;
        }
    }

    /** A plain PDFTextStripper pass through the first build's PDFBox, by reflection. */
    private static final class Plain {
        private final Method load;
        private final Method pageCount;
        private final Method close;
        private final Class<?> stripperClass;
        private final Method suppress;
        private final Method writeText;

        Plain(ClassLoader loader) throws Exception {
            Class<?> loaderClass = loader.loadClass("org.apache.pdfbox.Loader");
            Class<?> documentClass = loader.loadClass("org.apache.pdfbox.pdmodel.PDDocument");
            load = loaderClass.getMethod("loadPDF", File.class);
            pageCount = documentClass.getMethod("getNumberOfPages");
            close = documentClass.getMethod("close");
            stripperClass = loader.loadClass("org.apache.pdfbox.text.PDFTextStripper");
            suppress = stripperClass.getMethod("setSuppressDuplicateOverlappingText", boolean.class);
            writeText = stripperClass.getMethod("writeText", documentClass, Writer.class);
        }

        int pages(Path pdf, boolean suppressDuplicates) throws Exception {
            Object document = load.invoke(null, pdf.toFile());
            try {
                Object stripper = stripperClass.getConstructor().newInstance();
                suppress.invoke(stripper, suppressDuplicates);
                writeText.invoke(stripper, document, Writer.nullWriter());
                return (int) pageCount.invoke(document);
            } finally {
                close.invoke(document);
            }
        }
    }
}
