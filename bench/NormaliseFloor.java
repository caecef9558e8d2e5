// The report-only normalising's CPU, warm, in one JVM (issue 11, session 29): reads a job's output (reviews.csv and
// sections.csv of a month without a digest, where every report is coded from its own sections), rebuilds each review's
// texts as the assembly does (summary + introduction, learning + findings, recommendations, good practice, background),
// and per round codes every review with each build's ReviewNormaliser (alternating A-B-B-A), printing each pass's thread
// CPU and a hash of the facts so that two builds can be seen to code the same.
//
//   javac -d /tmp/nfloor bench/NormaliseFloor.java
//   java -cp /tmp/nfloor NormaliseFloor OUTPUT_DIR ROUNDS BUILD_DIR_A [BUILD_DIR_B ...]
//
// BUILD_DIR as for bench/ExtractFloor.java (casereview-etl.jar + lib/, or classes/ + lib/). Round 1 warms the JIT.
// The report's title-page review type (metadata) is not in the CSVs: it is left null here.
import java.io.File;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public class NormaliseFloor {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int n = args.length - 2;
        Object[] normalisers = new Object[n];
        Method[] normalise = new Method[n];
        List<List<Object>> texts = new ArrayList<>();
        String[] names = new String[n];
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
            Class<?> textClass = loader.loadClass("org.casereview.etl.normalise.ReviewText");
            normalisers[k] = normaliserClass.getMethod("withDefaultVocabulary").invoke(null);
            normalise[k] = normaliserClass.getMethod("normalise", textClass);
            texts.add(reviewTexts(out, loader, textClass));
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        System.out.printf("%d reviews%n", texts.get(0).size());
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int j = 0; j < 2 * n; j++) {
                int k = (round % 2 == 1) == (j < n) ? j % n : n - 1 - j % n;
                long cpu = bean.getCurrentThreadCpuTime();
                long hash = 0;
                for (Object text : texts.get(k)) {
                    hash = hash * 31 + normalise[k].invoke(normalisers[k], text).toString().hashCode();
                }
                cpu = bean.getCurrentThreadCpuTime() - cpu;
                line.append(String.format(" %s %.2f s (%08x)", names[k], cpu / 1e9, hash & 0xffffffffL));
            }
            System.out.println(line);
        }
    }

    private static List<Object> reviewTexts(Path out, ClassLoader loader, Class<?> textClass) throws Exception {
        Class<?> format = loader.loadClass("org.apache.commons.csv.CSVFormat");
        Object csv = format.getField("DEFAULT").get(null);
        Object builder = format.getMethod("builder").invoke(csv);
        builder = builder.getClass().getMethod("setHeader", String[].class).invoke(builder, (Object) new String[0]);
        builder = builder.getClass().getMethod("setSkipHeaderRecord", boolean.class).invoke(builder, true);
        csv = builder.getClass().getMethod("get").invoke(builder);
        Map<String, String[]> reviews = new LinkedHashMap<>();
        for (Map<String, String> r : rows(out.resolve("reviews.csv"), format, csv)) {
            reviews.put(r.get("review_id"), new String[] {r.get("title"), r.get("child_name")});
        }
        Map<String, Map<String, StringBuilder>> sections = new LinkedHashMap<>();
        for (Map<String, String> s : rows(out.resolve("sections.csv"), format, csv)) {
            String type = switch (s.get("section_type")) {
                case "summary", "introduction" -> "summary";
                case "learning", "findings" -> "learning";
                default -> s.get("section_type");
            };
            StringBuilder joined = sections.computeIfAbsent(s.get("review_id"), id -> new LinkedHashMap<>())
                    .computeIfAbsent(type, t -> new StringBuilder());
            if (!joined.isEmpty()) {
                joined.append('\n');
            }
            joined.append(s.get("text"));
        }
        Constructor<?> make = textClass.getConstructors()[0];
        List<Object> texts = new ArrayList<>();
        for (Map.Entry<String, String[]> r : reviews.entrySet()) {
            Map<String, StringBuilder> by = sections.getOrDefault(r.getKey(), Map.of());
            texts.add(make.newInstance(blankNull(r.getValue()[0]), blankNull(r.getValue()[1]), text(by, "summary"),
                    text(by, "learning"), text(by, "recommendations"), text(by, "good_practice"),
                    text(by, "background"), null, null, null));
        }
        return texts;
    }

    private static String text(Map<String, StringBuilder> by, String type) {
        StringBuilder b = by.get(type);
        return b == null || b.toString().isBlank() ? null : b.toString();
    }

    private static String blankNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> rows(Path file, Class<?> format, Object csv) throws Exception {
        String content = Files.readString(file);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Object parser = format.getMethod("parse", Reader.class).invoke(csv, new java.io.StringReader(content));
        List<Map<String, String>> rows = new ArrayList<>();
        for (Object record : (Iterable<Object>) parser) {
            rows.add((Map<String, String>) record.getClass().getMethod("toMap").invoke(record));
        }
        return rows;
    }
}
