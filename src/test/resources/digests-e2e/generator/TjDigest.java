// Batch b15 (invented test material): draws a one-column digest with PDFBox, untagged, the way some report engines do:
// every line is its own text object (BT .. Tm .. TJ .. ET), words are kerned apart inside TJ arrays (a word split into
// pieces with small adjustments) and the gaps between words are displacements, not space glyphs; each page's lines are
// written to the content stream from the bottom of the page up.
// Usage: java -cp <pdfbox, fontbox, pdfbox-io, commons-logging> TjDigest.java SPEC.tsv OUT.pdf
// SPEC lines: H heading, I intro, C title, S summary, L label, B bullet item, P paragraph, K link text <tab> url.
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

public class TjDigest {
    record Placed(PDFont font, float size, float x, float y, String text, String url) {}
    static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight(), M = 56;

    public static void main(String[] a) throws Exception {
        List<String> spec = Files.readAllLines(new File(a[0]).toPath(), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument()) {
            PDFont reg = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"));
            PDFont bold = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"));
            List<List<Placed>> pages = new ArrayList<>();
            List<Placed> cur = new ArrayList<>(); pages.add(cur);
            float y = H - M;
            for (String s : spec) {
                String[] p = s.split("\t", -1);
                PDFont f = switch (p[0]) { case "H", "C", "L" -> bold; default -> reg; };
                float size = switch (p[0]) { case "H" -> 18; case "C" -> 13; default -> 10.5f; };
                float indent = p[0].equals("B") ? 14 : 0;
                float before = switch (p[0]) { case "C" -> 16; case "L", "K", "S", "P" -> 6; default -> 0; };
                List<String> lines = wrap(p[1], f, size, W - 2 * M - indent);
                if (y - before - lines.size() * size * 1.3f < M + 20) { cur = new ArrayList<>(); pages.add(cur); y = H - M; }
                y -= before;
                for (int i = 0; i < lines.size(); i++) {
                    y -= size * 1.3f;
                    if (p[0].equals("B") && i == 0) cur.add(new Placed(reg, size, M + 3, y, "\u2022", null));
                    cur.add(new Placed(f, size, M + indent, y, lines.get(i), p.length > 2 ? p[2] : null));
                }
            }
            for (List<Placed> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = lines.size() - 1; i >= 0; i--) {
                        Placed l = lines.get(i);
                        draw(cs, l);
                        if (l.url() != null) link(page, l);
                    }
                }
            }
            doc.save(a[1]);
        }
    }

    static void draw(PDPageContentStream cs, Placed l) throws Exception {
        cs.beginText();
        cs.setFont(l.font(), l.size());
        cs.newLineAtOffset(l.x(), l.y());
        List<Object> tj = new ArrayList<>();
        float gap = -l.font().getStringWidth(" ") ; // a space's width, as a displacement in thousandths of an em
        String[] words = l.text().split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (w > 0) tj.add(gap);
            if (word.length() >= 6) {
                int cut = word.length() / 2;
                tj.add(word.substring(0, cut)); tj.add(12f); tj.add(word.substring(cut));
            } else tj.add(word);
        }
        cs.showTextWithPositioning(tj.toArray());
        cs.endText();
    }

    static void link(PDPage page, Placed l) throws Exception {
        PDAnnotationLink an = new PDAnnotationLink();
        float w = l.font().getStringWidth(l.text()) / 1000 * l.size();
        an.setRectangle(new PDRectangle(l.x(), l.y() - 2, w, l.size() + 3));
        PDActionURI uri = new PDActionURI(); uri.setURI(l.url()); an.setAction(uri);
        page.getAnnotations().add(an);
    }

    static List<String> wrap(String text, PDFont f, float size, float width) throws Exception {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            String t = line.isEmpty() ? w : line + " " + w;
            if (f.getStringWidth(t) / 1000 * size > width && !line.isEmpty()) { out.add(line.toString()); line = new StringBuilder(w); }
            else line = new StringBuilder(t);
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }
}
