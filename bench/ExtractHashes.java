// One line per PDF: a hash of one build's extracted document model (ReportExtractor.extractWithItems(pdf).toString(),
// the records' text, as bench/ExtractFloor.java hashes it) and the file, so that two builds' lines can be diffed file by
// file (session 33: the extract step without PDFBox's writePage, over every reports-e2e and digests-e2e PDF). A file the
// extractor throws on is listed with the exception's class and message instead of a hash.
//
//   javac -d /tmp/xhashes bench/ExtractHashes.java
//   java -cp /tmp/xhashes ExtractHashes BUILD_DIR FOLDER_OR_PDF... > A.txt
//
// BUILD_DIR as for ExtractFloor: casereview-etl.jar (or classes/) with lib/ beside it. Folders are walked for *.pdf.
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

public class ExtractHashes {

    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        List<URL> urls = new ArrayList<>();
        File classes = new File(dir, "classes");
        urls.add((classes.isDirectory() ? classes : new File(dir, "casereview-etl.jar")).toURI().toURL());
        for (File f : Objects.requireNonNull(new File(dir, "lib").listFiles())) {
            urls.add(f.toURI().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> vocab = loader.loadClass("org.casereview.etl.vocabulary.Vocabulary");
        Class<?> rex = loader.loadClass("org.casereview.etl.report.ReportExtractor");
        Object extractor = rex.getMethod("withVocabulary", vocab).invoke(null, vocab.getMethod("bundled").invoke(null));
        Method extract = rex.getMethod("extractWithItems", Path.class);
        List<Path> pdfs = new ArrayList<>();
        for (int k = 1; k < args.length; k++) {
            try (Stream<Path> s = Files.walk(Path.of(args[k]))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        for (Path pdf : pdfs) {
            String result;
            try {
                String text = String.valueOf(extract.invoke(extractor, pdf));
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                result = HexFormat.of().formatHex(sha, 0, 8);
            } catch (InvocationTargetException e) {
                result = "threw " + e.getCause();
            }
            System.out.println(result + " " + pdf);
        }
        System.exit(0);
    }
}
