// The reports' self-check (quality.ReportChecks.judge) of two or more builds in one JVM, alternating A-B-B-A (issue 11,
// session 29), as DiscoverAB does for discovery: each build's extracted jar (the launcher's
// target/casereview-etl-cds/BUILD/ folder: casereview-etl.jar + lib/) in a class loader of its own, every report of a
// job's database (a copy of OUTPUT/casereviews.mv.db: its stored sections, items and layout notes, and the digest
// entry linking it with the entry's items, as the assemble step hands them to the check) judged by each build, the
// thread CPU of each pass, and the verdicts, which must be the same for every build (the run fails otherwise).
//
//   javac -d /tmp/jab bench/JudgeAB.java
//   java -XX:TieredStopAtLevel=1 -Xmx1g -cp /tmp/jab JudgeAB DB_FILE_WITHOUT_.mv.db ROUNDS BUILD_DIR_A BUILD_DIR_B ...
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.*;

/** JudgeAB DB ROUNDS CDS_DIR_A CDS_DIR_B ... */
public class JudgeAB {

    record Sec(String type, int ordinal, String heading, String text, Integer pageStart, Integer pageEnd) {
    }

    record Item(String type, int no, String text, Integer page) {
    }

    record Report(String file, int pages, List<String> notes, List<Sec> sections, List<Item> items, boolean linked,
                  int learning, int recommendations, List<Item> digestItems) {
    }

    /** One build's classes and the reports as its objects. */
    static final class Build {
        final String name;
        final Method judge;
        final Method notes;
        final List<Object[]> args = new ArrayList<>();

        Build(File dir, List<Report> reports) throws Exception {
            name = dir.getName();
            List<URL> urls = new ArrayList<>();
            urls.add(new File(dir, "casereview-etl.jar").toURI().toURL());
            for (File f : Objects.requireNonNull(new File(dir, "lib").listFiles())) urls.add(f.toURI().toURL());
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> type = loader.loadClass("org.casereview.etl.document.SectionType");
            Method fromCode = type.getMethod("fromCode", String.class);
            Class<?> section = loader.loadClass("org.casereview.etl.document.Section");
            Constructor<?> newSection = section.getConstructor(type, int.class, String.class, String.class,
                    Integer.class, Integer.class, List.class);
            Class<?> item = loader.loadClass("org.casereview.etl.document.ItemRow");
            Constructor<?> newItem = item.getConstructor(type, int.class, String.class, Integer.class);
            Class<?> evidence = loader.loadClass("org.casereview.etl.quality.ReportEvidence");
            Constructor<?> newEvidence = evidence.getConstructor(int.class, List.class, List.class, List.class);
            Class<?> expectation = loader.loadClass("org.casereview.etl.quality.DigestExpectation");
            Constructor<?> newExpectation = expectation.getConstructor(int.class, int.class, List.class);
            judge = loader.loadClass("org.casereview.etl.quality.ReportChecks").getMethod("judge", evidence, expectation);
            notes = loader.loadClass("org.casereview.etl.quality.Verdict").getMethod("notes");
            for (Report r : reports) {
                List<Object> sections = new ArrayList<>();
                for (Sec s : r.sections()) {
                    sections.add(newSection.newInstance(fromCode.invoke(null, s.type()), s.ordinal(), s.heading(),
                            s.text(), s.pageStart(), s.pageEnd(), List.of()));
                }
                List<Object> items = items(r.items(), fromCode, newItem);
                Object ev = newEvidence.newInstance(r.pages(), sections, items, r.notes());
                Object ex = r.linked() ? newExpectation.newInstance(r.learning(), r.recommendations(),
                        items(r.digestItems(), fromCode, newItem)) : null;
                args.add(new Object[] {ev, ex});
            }
        }

        private static List<Object> items(List<Item> rows, Method fromCode, Constructor<?> newItem) throws Exception {
            List<Object> items = new ArrayList<>();
            for (Item i : rows) {
                items.add(newItem.newInstance(fromCode.invoke(null, i.type()), i.no(), i.text(), i.page()));
            }
            return items;
        }

        List<Object> judgeAll() throws Exception {
            List<Object> verdicts = new ArrayList<>();
            for (Object[] a : args) {
                verdicts.add(notes.invoke(judge.invoke(null, a)));
            }
            return verdicts;
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[1]);
        List<Build> builds = new ArrayList<>();
        List<Report> reports = null;
        for (int k = 2; k < args.length; k++) {
            File dir = new File(args[k]);
            if (reports == null) {
                reports = read(args[0], dir);
                System.out.printf("%d reports, %d linked, %d sections, %d items%n", reports.size(),
                        reports.stream().filter(Report::linked).count(),
                        reports.stream().mapToInt(r -> r.sections().size()).sum(),
                        reports.stream().mapToInt(r -> r.items().size()).sum());
            }
            builds.add(new Build(dir, reports));
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<Object> first = null;
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            List<Build> order = new ArrayList<>(builds);
            if (round % 2 == 1) Collections.reverse(order);
            for (Build b : order) {
                long t0 = bean.getCurrentThreadCpuTime();
                List<Object> verdicts = b.judgeAll();
                double s = (bean.getCurrentThreadCpuTime() - t0) / 1e9;
                cpu.computeIfAbsent(b.name, x -> new ArrayList<>()).add(s);
                if (first == null) {
                    first = verdicts;
                } else if (!first.equals(verdicts)) {
                    for (int i = 0; i < verdicts.size(); i++) {
                        if (!first.get(i).equals(verdicts.get(i))) {
                            System.out.println("DIFFERENT " + reports.get(i).file() + ": " + first.get(i) + " / "
                                    + verdicts.get(i));
                        }
                    }
                    throw new IllegalStateException("build " + b.name + " judges otherwise");
                }
            }
        }
        long doubtful = first.stream().filter(v -> !((List<?>) v).isEmpty()).count();
        System.out.printf("verdicts the same for every build: %d reports, %d doubtful%n", first.size(), doubtful);
        cpu.forEach((name, s) -> System.out.printf("%s thread cpu per pass: %s (median %.3f s)%n", name, s,
                s.stream().sorted().toList().get(s.size() / 2)));
    }

    static List<Report> read(String db, File buildDir) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (File f : Objects.requireNonNull(new File(buildDir, "lib").listFiles())) urls.add(f.toURI().toURL());
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Driver driver = (Driver) loader.loadClass("org.h2.Driver").getConstructor().newInstance();
        Properties props = new Properties();
        props.put("user", "sa");
        props.put("password", "");
        List<Report> reports = new ArrayList<>();
        try (Connection c = driver.connect("jdbc:h2:file:" + db + ";ACCESS_MODE_DATA=r", props)) {
            List<String[]> docs = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT d.source_file, d.sha256, e.pages, e.message"
                    + " FROM source_document d JOIN report_extract e ON e.sha256 = d.sha256 WHERE d.kind = 'report'"
                    + " AND e.status = 'loaded' ORDER BY d.source_file")) {
                while (rs.next()) {
                    docs.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
            for (String[] d : docs) {
                List<Sec> sections = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT section_type, ordinal, heading, text, page_start,"
                        + " page_end FROM report_section_extract WHERE sha256 = ? ORDER BY ordinal")) {
                    p.setString(1, d[1]);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            sections.add(new Sec(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                                    (Integer) rs.getObject(5), (Integer) rs.getObject(6)));
                        }
                    }
                }
                List<Item> items = items(c, "SELECT section_type, item_no, text, page FROM report_item_extract"
                        + " WHERE sha256 = ? ORDER BY CASE section_type WHEN 'learning' THEN 1 WHEN 'recommendations'"
                        + " THEN 2 ELSE 3 END, item_no", d[1]);
                String reviewId = null;
                int learning = 0;
                int recommendations = 0;
                try (PreparedStatement p = c.prepareStatement("SELECT review_id, learning_count, recommendation_count"
                        + " FROM review WHERE report_sha256 = ? AND entry_no IS NOT NULL ORDER BY review_id")) {
                    p.setString(1, d[1]);
                    try (ResultSet rs = p.executeQuery()) {
                        if (rs.next()) {
                            reviewId = rs.getString(1);
                            learning = rs.getInt(2);
                            recommendations = rs.getInt(3);
                        }
                    }
                }
                List<Item> digestItems = reviewId == null ? List.of() : items(c, "SELECT section_type, item_no, text,"
                        + " page FROM review_item WHERE review_id = ? AND source = 'digest' ORDER BY section_type,"
                        + " item_no", reviewId);
                List<String> notes = d[3] == null ? List.of() : Arrays.asList(d[3].split("; "));
                reports.add(new Report(d[0], d[2] == null ? 0 : Integer.parseInt(d[2]), notes, sections, items,
                        reviewId != null, learning, recommendations, digestItems));
            }
        }
        return reports;
    }

    static List<Item> items(Connection c, String sql, String key) throws Exception {
        List<Item> items = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getString(1), rs.getInt(2), rs.getString(3), (Integer) rs.getObject(4)));
                }
            }
        }
        return items;
    }
}
