// Discovery CPU of two or more builds in one JVM, alternating A-B-B-A (issue 11, session 21), as ExtractAB does for the
// report step: each build's extracted jar (the launcher's target/casereview-etl-cds/BUILD/ folder: casereview-etl.jar +
// lib/) in a class loader of its own, the same input folder through InputDiscovery.discover (one thread: every file
// listed, hashed, typed by Tika and every PDF sniffed with the bundled vocabulary's DigestParser), the thread CPU of each
// pass and a digest of the kinds found (which must be the same for every build).
//
//   javac -d /tmp/dab bench/DiscoverAB.java
//   java -XX:TieredStopAtLevel=1 -Xmx1g -cp /tmp/dab DiscoverAB INPUT_FOLDER ROUNDS BUILD_DIR_A BUILD_DIR_B ...
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.*;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** DiscoverAB INPUT ROUNDS CDS_DIR_A CDS_DIR_B ... */
public class DiscoverAB {
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int n = args.length - 2;
        Object[] discoveries = new Object[n];
        Method[] discover = new Method[n];
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
            Class<?> parserClass = loader.loadClass("org.casereview.etl.digest.DigestParser");
            Object parser = parserClass.getConstructor(vocab).newInstance(vocab.getMethod("bundled").invoke(null));
            Class<?> snifferClass = loader.loadClass("org.casereview.etl.ingest.PdfDigestSniffer");
            @SuppressWarnings("unchecked")
            Predicate<Path> sniffer = (Predicate<Path>) snifferClass.getConstructor(parserClass).newInstance(parser);
            BiPredicate<Path, String> pdfIsDigest = (pdf, sha) -> sniffer.test(pdf);
            Class<?> discovery = loader.loadClass("org.casereview.etl.ingest.InputDiscovery");
            discoveries[k] = discovery.getConstructor(BiPredicate.class).newInstance(pdfIsDigest);
            discover[k] = discovery.getMethod("discover", Path.class);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[n][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int j = 0; j < n; j++) {
                int k = (r % 2 == 0) ? j : n - 1 - j; // ABBA order
                long t0 = mx.getCurrentThreadCpuTime();
                List<?> found = (List<?>) discover[k].invoke(discoveries[k], input);
                cpu[k][r] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                System.out.printf("round %d %s %.2f s cpu, %d files, kinds %08x%n", r, names[k], cpu[k][r], found.size(),
                        found.toString().replaceAll("Discovered\\[path=", "").hashCode());
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
