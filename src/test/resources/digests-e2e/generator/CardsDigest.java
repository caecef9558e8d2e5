// Batch b14 (invented test material): draws a digest newsletter of coloured cards with PDFBox, untagged.
// Usage: java -cp <pdfbox, fontbox, pdfbox-io, commons-logging> CardsDigest.java SPEC.tsv OUT.pdf
// SPEC lines: H heading, I intro, C card title, S summary, L label, B bullet item, K link text <tab> url.
// Two cards side by side per row; the title sits in a coloured band; labels in small caps (capitals at two sizes);
// each card's body text is written to the content stream before its band and title, as layout programs often do.
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

public class CardsDigest {
    record Line(String kind, String text, String url) {}
    record Card(String title, List<Line> body) {}
    static PDFont reg, bold;
    static final float W = PDRectangle.A4.getWidth(), H = PDRectangle.A4.getHeight(), M = 36, GAP = 14;
    static final float CW = (W - 2 * M - GAP) / 2, PAD = 8;

    public static void main(String[] a) throws Exception {
        List<String> spec = Files.readAllLines(new File(a[0]).toPath(), StandardCharsets.UTF_8);
        String heading = "", intro = "";
        List<Card> cards = new ArrayList<>();
        for (String s : spec) {
            String[] p = s.split("\t", -1);
            switch (p[0]) {
                case "H" -> heading = p[1];
                case "I" -> intro = p[1];
                case "C" -> cards.add(new Card(p[1], new ArrayList<>()));
                default -> cards.get(cards.size() - 1).body().add(new Line(p[0], p[1], p.length > 2 ? p[2] : null));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            reg = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));
            bold = PDType0Font.load(doc, new File("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"));
            int pageNo = 0;
            PDPage page = null; PDPageContentStream cs = null; float y = 0;
            for (int i = 0; i < cards.size(); i += 2) {
                Card left = cards.get(i), right = i + 1 < cards.size() ? cards.get(i + 1) : null;
                float h = Math.max(height(left), right == null ? 0 : height(right));
                if (page == null || y - h < M + 30) {
                    if (cs != null) { footer(cs, heading, pageNo); cs.close(); }
                    page = new PDPage(PDRectangle.A4); doc.addPage(page); pageNo++;
                    cs = new PDPageContentStream(doc, page);
                    y = H - M;
                    text(cs, reg, 8, M, y, "NSPCC Learning  |  " + heading, 0.4f);
                    y -= 24;
                    if (pageNo == 1) {
                        text(cs, bold, 22, M, y - 10, heading, 0.29f); y -= 40;
                        for (String l : wrap(intro, reg, 10, W - 2 * M)) { text(cs, reg, 10, M, y, l, 0f); y -= 13; }
                        y -= 12;
                    }
                }
                card(doc, page, cs, left, M, y, h);
                if (right != null) card(doc, page, cs, right, M + CW + GAP, y, h);
                y -= h + GAP;
            }
            footer(cs, heading, pageNo); cs.close();
            doc.save(a[1]);
        }
    }

    static float height(Card c) throws Exception {
        float h = 10 + titleLines(c).size() * 14 + 8;
        for (Line l : c.body()) {
            switch (l.kind()) {
                case "S" -> h += wrap(l.text(), reg, 9, CW - 2 * PAD).size() * 11.5f + 4;
                case "L" -> h += 16;
                case "B" -> h += wrap(l.text(), reg, 9, CW - 2 * PAD - 10).size() * 11.5f + 1;
                default -> h += 18;
            }
        }
        return h + PAD;
    }

    static List<String> titleLines(Card c) throws Exception { return wrap(c.title(), bold, 11.5f, CW - 2 * PAD); }

    static void card(PDDocument doc, PDPage page, PDPageContentStream cs, Card c, float x, float top, float h) throws Exception {
        cs.setNonStrokingColor(0.95f, 0.93f, 0.97f);
        cs.addRect(x, top - h, CW, h); cs.fill();
        List<String> tl = titleLines(c);
        float band = 10 + tl.size() * 14;
        float y = top - band - 8 - 9;
        for (Line l : c.body()) {
            switch (l.kind()) {
                case "S" -> { for (String s : wrap(l.text(), reg, 9, CW - 2 * PAD)) { text(cs, reg, 9, x + PAD, y, s, 0f); y -= 11.5f; } y -= 4; }
                case "L" -> { y -= 4; smallCaps(cs, x + PAD, y, l.text()); y -= 12; }
                case "B" -> {
                    List<String> w = wrap(l.text(), reg, 9, CW - 2 * PAD - 10);
                    text(cs, reg, 9, x + PAD, y, "\u25AA", 0.29f);
                    for (String s : w) { text(cs, reg, 9, x + PAD + 10, y, s, 0f); y -= 11.5f; }
                    y -= 1;
                }
                default -> {
                    y -= 6;
                    String t = l.text() + " \u2192";
                    text(cs, bold, 9, x + PAD, y, t, 0.29f);
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(x + PAD, y - 2, bold.getStringWidth(t) / 1000 * 9, 11));
                    PDActionURI uri = new PDActionURI(); uri.setURI(l.url()); link.setAction(uri);
                    page.getAnnotations().add(link);
                    y -= 12;
                }
            }
        }
        cs.setNonStrokingColor(0.29f, 0.08f, 0.55f);
        cs.addRect(x, top - band, CW, band); cs.fill();
        float ty = top - 16;
        for (String s : tl) { text(cs, bold, 11.5f, x + PAD, ty, s, 1f); ty -= 14; }
    }

    static void smallCaps(PDPageContentStream cs, float x, float y, String label) throws Exception {
        cs.beginText(); cs.setNonStrokingColor(0.29f, 0.08f, 0.55f); cs.newLineAtOffset(x, y);
        for (String word : label.split(" ")) {
            cs.setFont(bold, 9); cs.showText(word.substring(0, 1).toUpperCase());
            cs.setFont(bold, 7); cs.showText(word.substring(1).toUpperCase() + " ");
        }
        cs.endText();
    }

    static void text(PDPageContentStream cs, PDFont f, float size, float x, float y, String s, float grey) throws Exception {
        cs.beginText(); cs.setFont(f, size);
        if (grey == 1f) cs.setNonStrokingColor(1f, 1f, 1f);
        else if (grey == 0.29f) cs.setNonStrokingColor(0.29f, 0.08f, 0.55f);
        else cs.setNonStrokingColor(grey, grey, grey);
        cs.newLineAtOffset(x, y); cs.showText(s); cs.endText();
    }

    static void footer(PDPageContentStream cs, String heading, int n) throws Exception {
        text(cs, reg, 8, M, M - 14, heading + "  \u00B7  Page " + n, 0.4f);
    }

    static List<String> wrap(String s, PDFont f, float size, float width) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder line = new StringBuilder();
        for (String w : s.split(" ")) {
            String t = line.isEmpty() ? w : line + " " + w;
            if (f.getStringWidth(t) / 1000 * size > width && !line.isEmpty()) { out.add(line.toString()); line = new StringBuilder(w); }
            else line = new StringBuilder(t);
        }
        if (!line.isEmpty()) out.add(line.toString());
        return out;
    }
}
