// The items' themes' CPU, warm, in one JVM (issue 11, session 39): reads a job's items.csv and per round themes every
// item's text with each build's ReviewNormaliser.themes (as the extract step's workers do, ItemThemes), alternating
// the builds A-B-B-A, printing each pass's thread CPU and a hash of the themes found (codes and words) so that two
// builds can be seen to theme alike.
//
//   javac -d /tmp/tfloor bench/ThemesFloor.java
//   java -cp /tmp/tfloor ThemesFloor OUTPUT_DIR ROUNDS BUILD_DIR_A [BUILD_DIR_B ...]
//
// BUILD_DIR as for bench/ExtractFloor.java (casereview-etl.jar + lib/, or classes/ + lib/). Round 1 warms the JIT.
import java.io.File;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public class ThemesFloor {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int n = args.length - 2;
        Object[] normalisers = new Object[n];
        Method[] themes = new Method[n];
        String[] names = new String[n];
        List<String> texts = null;
        for (int k = 0; k < n; k++) {
            File dir = new File(args[k + 2]);
            names[k] = dir.getName();
            List<URL> urls = new ArrayList<>();
            File classes = new File(dir, "classes");
            urls.add((classes.isDirectory() ? classes : new File(dir, "casereview-etl.jar")).toURI().toURL());
            for (File f : Objects.requireNonNull(new File(dir, "lib").listFiles())) {
                urls.add(f.toURI().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> normaliserClass = loader.loadClass("org.casereview.etl.normalise.ReviewNormaliser");
            normalisers[k] = normaliserClass.getMethod("withDefaultVocabulary").invoke(null);
            themes[k] = normaliserClass.getMethod("themes", String.class);
            if (texts == null) {
                texts = itemTexts(out, loader);
            }
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        System.out.printf("%d items%n", texts.size());
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int j = 0; j < 2 * n; j++) {
                int k = (round % 2 == 1) == (j < n) ? j % n : n - 1 - j % n;
                long cpu = bean.getCurrentThreadCpuTime();
                long hash = 0;
                for (String text : texts) {
                    hash = hash * 31 + themes[k].invoke(normalisers[k], text).toString().hashCode();
                }
                cpu = bean.getCurrentThreadCpuTime() - cpu;
                line.append(String.format(" %s %.2f s (%08x)", names[k], cpu / 1e9, hash & 0xffffffffL));
            }
            System.out.println(line);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> itemTexts(Path out, ClassLoader loader) throws Exception {
        Class<?> format = loader.loadClass("org.apache.commons.csv.CSVFormat");
        Object csv = format.getField("DEFAULT").get(null);
        Object builder = format.getMethod("builder").invoke(csv);
        builder = builder.getClass().getMethod("setHeader", String[].class).invoke(builder, (Object) new String[0]);
        builder = builder.getClass().getMethod("setSkipHeaderRecord", boolean.class).invoke(builder, true);
        csv = builder.getClass().getMethod("get").invoke(builder);
        String content = Files.readString(out.resolve("items.csv"));
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Object parser = format.getMethod("parse", Reader.class).invoke(csv, new java.io.StringReader(content));
        List<String> texts = new ArrayList<>();
        for (Object record : (Iterable<Object>) parser) {
            texts.add(((Map<String, String>) record.getClass().getMethod("toMap").invoke(record)).get("text"));
        }
        return texts;
    }
}
