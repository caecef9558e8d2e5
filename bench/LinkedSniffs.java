// Which PDFs under a folder tree an entry of a digest beside them links to, and whether skipping their sniff changes
// any file's kind (issue 11, session 23). For every folder holding a PDF and another file: InputDiscovery with every
// PDF sniffed (LinkedReports.NONE) and with linked PDFs taken as reports (DigestLinkedReports); prints each linked PDF
// with the sniff's decision on it, every file whose kind differs, and totals.
//
//   javac -d /tmp/ls -cp "target/classes:$(cat target/bench-cp.txt)" bench/LinkedSniffs.java
//   java -cp "/tmp/ls:target/classes:$(cat target/bench-cp.txt)" LinkedSniffs src/test/resources
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.ingest.InputDiscovery;
import org.casereview.etl.ingest.LinkedReports;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.job.DigestLinkedReports;

public class LinkedSniffs {
    public static void main(String[] args) throws Exception {
        DigestParser parser = new DigestParser();
        PdfDigestSniffer sniffer = new PdfDigestSniffer(parser);
        DocumentTextExtractor extractor = new DocumentTextExtractor();
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            folders = walk.filter(Files::isDirectory).sorted().toList();
        }
        int foldersSeen = 0, linkedPdfs = 0, changed = 0, pdfsSeen = 0;
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(Files::isRegularFile).toList();
            }
            boolean pdf = files.stream().anyMatch(f -> f.toString().toLowerCase().endsWith(".pdf"));
            boolean other = files.stream().anyMatch(f -> !f.toString().toLowerCase().endsWith(".pdf"));
            if (!pdf || !other) {
                continue;
            }
            foldersSeen++;
            Map<String, Boolean> decisions = new TreeMap<>();
            AtomicInteger sniffs = new AtomicInteger();
            InputDiscovery all = new InputDiscovery((p, sha) -> {
                boolean d = sniffer.test(p);
                decisions.put(p.getFileName().toString(), d);
                return d;
            }, LinkedReports.NONE);
            InputDiscovery linked = new InputDiscovery((p, sha) -> {
                sniffs.incrementAndGet();
                return sniffer.test(p);
            }, new DigestLinkedReports(() -> extractor, () -> parser, new DocumentGuard(DocumentLimits.DEFAULTS)));
            Map<String, String> a = kinds(all.discover(folder));
            Map<String, String> b = kinds(linked.discover(folder));
            pdfsSeen += decisions.size();
            for (String name : decisions.keySet()) {
                if (!Objects.equals(a.get(name), b.get(name))) {
                    changed++;
                    System.out.printf("CHANGED %s/%s: %s -> %s (sniff said digest=%s)%n", folder, name, a.get(name),
                            b.get(name), decisions.get(name));
                }
            }
            for (String name : a.keySet()) {
                if (!decisions.containsKey(name) && !Objects.equals(a.get(name), b.get(name))) {
                    changed++;
                    System.out.printf("CHANGED %s/%s: %s -> %s%n", folder, name, a.get(name), b.get(name));
                }
            }
            int saved = decisions.size() - sniffs.get();
            linkedPdfs += saved;
            if (saved > 0) {
                System.out.printf("%s: %d PDFs, %d linked (not sniffed), digests among them by the sniff: %s%n", folder,
                        decisions.size(), saved, decisions.entrySet().stream().filter(Map.Entry::getValue)
                                .map(Map.Entry::getKey).collect(Collectors.toList()));
            }
        }
        System.out.printf("TOTAL folders %d, PDFs %d, linked %d, kinds changed %d%n", foldersSeen, pdfsSeen, linkedPdfs,
                changed);
        System.exit(0);
    }

    private static Map<String, String> kinds(List<InputDiscovery.Discovered> found) {
        Map<String, String> kinds = new TreeMap<>();
        found.forEach(d -> kinds.put(d.document().sourceFile(), d.document().kind() + "/" + d.document().status()));
        return kinds;
    }
}
