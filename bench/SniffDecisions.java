import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.digest.DigestParser;
/** Prints the sniff's decision on every PDF under a folder, and a hash of the digest parse of every .txt/.md file. */
public class SniffDecisions {
  public static void main(String[] a) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(a[0]))) { files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList()); }
    DigestParser parser = new DigestParser();
    PdfDigestSniffer sn = new PdfDigestSniffer(parser);
    int pdfs = 0, digests = 0, texts = 0;
    for (Path p : files) {
      String n = p.toString().toLowerCase();
      if (n.endsWith(".pdf")) { boolean d = sn.test(p); pdfs++; if (d) digests++; System.out.println((d ? "digest " : "report ") + p); }
      else if (n.endsWith(".txt") || n.endsWith(".md")) {
        String t = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
        texts++;
        System.out.println("parse " + Integer.toHexString(parser.parse(t).toString().hashCode()) + " " + Integer.toHexString(String.valueOf(parser.parseWithListSections(t)).hashCode()) + " " + p);
      }
    }
    System.out.println("TOTAL pdfs " + pdfs + " digests " + digests + " texts " + texts);
  }
}
