// Batch 36 (issue 9): a small InDesign-like page-layout program on PDFBox 3 for the invented reports of batch36_content.py.
// Stories (ordered paragraphs in named styles) flow through chains of threaded text frames across columns and pages, on an
// optional baseline grid; fixed page items (filled boxes, rules, single lines, wrapped pull quotes and cells) are drawn
// where the description puts them; headings may be images of text with an outline (bookmark) entry; footnotes gather at
// the foot of the page that calls them; margin notes stand beside the first line of their paragraph. Inline marks in a
// paragraph: {B:words} bold; {R:words} covered by a black FILLED PATH (m l l l h f); {I:words} covered by a black IMAGE;
// {C:words} drawn inside a clip path that shows none of them; {W:words} white text on the white page; ^[note] a footnote.
// Test-fixture tooling only: every report it draws is invented.
//
//   java -cp pdfbox:fontbox:pdfbox-io:commons-logging batch36_layout.java commands.tsv out.pdf
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.*;
import org.apache.pdfbox.util.Matrix;

public class batch36_layout {
    static final float PH = 842, PW = 595;
    interface Op { void run(PDPageContentStream cs) throws IOException; }
    static class PageData { PDPage page = new PDPage(PDRectangle.A4); List<Op> ops = new ArrayList<>(); List<String> notes = new ArrayList<>(); List<Integer> noteNos = new ArrayList<>(); }
    static class Frame { PageData pd; float x, y, w, h; Frame(PageData pd, float x, float y, float w, float h) { this.pd = pd; this.x = x; this.y = y; this.w = w; this.h = h; } }
    static class Style { String font, bold, color, align; float size, leading, before, after, indent, hang; boolean keep, outline, imghead; }
    static class Para { String style, marker, margin, text; }
    static class Word { String text; char mark; int note; float w; }

    PDDocument doc = new PDDocument();
    Map<String, PDFont> fonts = new HashMap<>();
    Map<String, String> fontFiles = new HashMap<>();
    List<PageData> pages = new ArrayList<>();
    Map<String, List<Frame>> frames = new LinkedHashMap<>();
    Map<String, List<Para>> stories = new LinkedHashMap<>();
    Map<String, Style> styles = new HashMap<>();
    List<String[]> furniture = new ArrayList<>();
    List<Object[]> outline = new ArrayList<>();
    float gridStep = 0, gridTop = 0;
    String[] noteZone, marginCol;
    int noteCount = 0;
    PDImageXObject black;

    PDFont font(String key) throws IOException {
        if (!fonts.containsKey(key)) fonts.put(key, PDType0Font.load(doc, new File(fontFiles.get(key))));
        return fonts.get(key);
    }

    static float[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new float[] {((v >> 16) & 255) / 255f, ((v >> 8) & 255) / 255f, (v & 255) / 255f};
    }

    static void color(PDPageContentStream cs, String hex) throws IOException {
        float[] c = rgb(hex);
        cs.setNonStrokingColor(c[0], c[1], c[2]);
    }

    PageData cur() { return pages.get(pages.size() - 1); }

    void read(List<String> lines) throws IOException {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "FONT" -> fontFiles.put(f[1], f[2]);
                case "STYLE" -> {
                    Style s = new Style();
                    s.font = f[2]; s.bold = f[3]; s.size = Float.parseFloat(f[4]); s.leading = Float.parseFloat(f[5]);
                    s.before = Float.parseFloat(f[6]); s.after = Float.parseFloat(f[7]); s.indent = Float.parseFloat(f[8]);
                    s.hang = Float.parseFloat(f[9]); s.color = f[10]; s.align = f[11];
                    s.keep = f[12].contains("keep"); s.outline = f[12].contains("outline"); s.imghead = f[12].contains("imghead");
                    styles.put(f[1], s);
                }
                case "GRID" -> { gridStep = Float.parseFloat(f[1]); gridTop = Float.parseFloat(f[2]); }
                case "NOTEZONE" -> noteZone = f;
                case "MARGIN" -> marginCol = f;
                case "PAGE" -> pages.add(new PageData());
                case "FRAME" -> frames.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Frame(cur(), n(f[2]), n(f[3]), n(f[4]), n(f[5])));
                case "PARA" -> {
                    Para p = new Para(); p.style = f[2]; p.marker = f[3]; p.margin = f[4]; p.text = f[5];
                    stories.computeIfAbsent(f[1], k -> new ArrayList<>()).add(p);
                }
                case "FILL" -> { float x = n(f[1]), y = n(f[2]), w = n(f[3]), h = n(f[4]); String c = f[5];
                    cur().ops.add(cs -> { color(cs, c); cs.addRect(x, PH - y - h, w, h); cs.fill(); }); }
                case "RULE" -> { float x1 = n(f[1]), y1 = n(f[2]), x2 = n(f[3]), y2 = n(f[4]), lw = n(f[5]); float[] c = rgb(f[6]);
                    cur().ops.add(cs -> { cs.setStrokingColor(c[0], c[1], c[2]); cs.setLineWidth(lw); cs.moveTo(x1, PH - y1); cs.lineTo(x2, PH - y2); cs.stroke(); }); }
                case "TEXT" -> { PDFont ft = font(f[1]); float sz = n(f[2]); String c = f[3]; float x = n(f[4]), y = n(f[5]); String t = f[6];
                    cur().ops.add(cs -> { color(cs, c); cs.beginText(); cs.setFont(ft, sz); cs.newLineAtOffset(x, PH - y); cs.showText(t); cs.endText(); }); }
                case "WRAP" -> wrapFixed(cur(), font(f[1]), n(f[2]), n(f[3]), f[4], n(f[5]), n(f[6]), n(f[7]), f[8]);
                case "IMGTEXT" -> imageText(cur(), n(f[1]), n(f[2]), n(f[3]), n(f[4]), f[5], f[6], n(f[7]), f[8], f[9].equals("outline"));
                case "FURN" -> furniture.add(f);
                default -> throw new IllegalArgumentException("unknown command " + f[0]);
            }
        }
    }

    static float n(String s) { return Float.parseFloat(s); }

    void wrapFixed(PageData pd, PDFont ft, float sz, float lead, String c, float x, float y, float w, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String t = line.length() == 0 ? word : line + " " + word;
            if (ft.getStringWidth(t) / 1000 * sz > w && line.length() > 0) { lines.add(line.toString()); line = new StringBuilder(word); }
            else line = new StringBuilder(t);
        }
        lines.add(line.toString());
        float base = y + sz;
        for (String l : lines) {
            float b = base;
            pd.ops.add(cs -> { color(cs, c); cs.beginText(); cs.setFont(ft, sz); cs.newLineAtOffset(x, PH - b); cs.showText(l); cs.endText(); });
            base += lead;
        }
    }

    void imageText(PageData pd, float x, float y, float w, float h, String bg, String fg, float sz, String text, boolean mark) throws IOException {
        int k = 4;
        BufferedImage img = new BufferedImage(Math.round(w * k), Math.round(h * k), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float[] b = rgb(bg), fc = rgb(fg);
        g.setColor(new Color(b[0], b[1], b[2])); g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(new Color(fc[0], fc[1], fc[2]));
        g.setFont(new java.awt.Font("Liberation Sans", java.awt.Font.BOLD, Math.round(sz * k)));
        g.drawString(text, 6 * k, Math.round((h / 2 + sz * 0.36f) * k));
        g.dispose();
        PDImageXObject im = LosslessFactory.createFromImage(doc, img);
        pd.ops.add(cs -> cs.drawImage(im, x, PH - y - h, w, h));
        if (mark) outline.add(new Object[] {text, pd, y});
    }

    /** Footnotes: '^[note text]' after a word; the note text is taken out of the paragraph and numbered. */
    String takeNotes(String text, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int at = text.indexOf("^[", i);
            if (at < 0) { sb.append(text.substring(i)); break; }
            int end = text.indexOf(']', at);
            sb.append(text, i, at);
            i = end + 1;
            while (i < text.length() && ".,;:".indexOf(text.charAt(i)) >= 0) sb.append(text.charAt(i++));  // the call after the stop
            sb.append("^").append(notes.size());
            notes.add(text.substring(at + 2, end));
        }
        return sb.toString();
    }

    void flow(String story) throws IOException {
        List<Frame> fs = frames.get(story);
        int fi = 0;
        float cursor = fs.get(0).y;
        boolean top = true;
        for (Para p : stories.get(story)) {
            Style s = styles.get(p.style);
            Frame fr = fs.get(fi);
            if (!top) cursor += s.before;
            float need = s.keep ? s.leading * 3 + s.before : s.leading;
            if (cursor + need > fr.y + fr.h) { fi = next(story, fi); fr = fs.get(fi); cursor = fr.y; top = true; }
            if (s.imghead) {
                float h = s.leading;
                imageText(fr.pd, fr.x, cursor, fr.w, h, s.color.split("/")[0], s.color.split("/")[1], s.size, p.text, s.outline);
                cursor += h + s.after; top = false;
                continue;
            }
            List<String> notes = new ArrayList<>();
            String text = takeNotes(p.text, notes);
            PDFont reg = font(s.font), bold = font(s.bold);
            List<Word> ws = new ArrayList<>();
            char mark = ' ';
            for (String tok : text.split(" ")) {
                if (tok.isEmpty()) continue;
                Word w = new Word();
                if (tok.length() > 3 && tok.charAt(0) == '{' && tok.charAt(2) == ':') { mark = tok.charAt(1); tok = tok.substring(3); }
                w.mark = mark;
                if (tok.endsWith("}")) { tok = tok.substring(0, tok.length() - 1); mark = ' '; }
                w.note = -1;
                int at = tok.indexOf('^');
                if (at >= 0) { w.note = Integer.parseInt(tok.substring(at + 1)); tok = tok.substring(0, at); }
                w.text = tok;
                PDFont ft = w.mark == 'B' ? bold : reg;
                w.w = ft.getStringWidth(tok) / 1000 * s.size;
                ws.add(w);
            }
            float space = reg.getStringWidth(" ") / 1000 * s.size;
            int i = 0;
            boolean first = true;
            while (i < ws.size()) {
                float lineTop = cursor;
                if (lineTop + s.leading > fr.y + fr.h) { fi = next(story, fi); fr = fs.get(fi); cursor = fr.y; lineTop = cursor; }
                float x0 = fr.x + s.indent + s.hang, avail = fr.w - s.indent - s.hang;
                int j = i;
                float used = 0;
                while (j < ws.size()) {
                    Word w = ws.get(j);
                    float add = w.w + (w.note >= 0 ? s.size * 0.6f : 0) + (j > i ? space : 0);
                    if (j > i && used + add > avail) break;
                    used += add; j++;
                }
                float base = lineTop + s.leading * 0.78f;
                if (gridStep > 0) base = gridTop + (float) Math.ceil((base - gridTop) / gridStep - 0.001) * gridStep;
                float gap = space;
                if ("J".equals(s.align) && j < ws.size() && j - i > 1) gap = space + (avail - used) / (j - i - 1);
                float x = x0;
                if ("C".equals(s.align)) x = fr.x + (fr.w - used) / 2;
                if (first && !"-".equals(p.marker)) drawWord(fr.pd, reg, s.size, s.color, fr.x + s.indent, base, p.marker, ' ');
                if (first && !"-".equals(p.margin)) marginNote(fr.pd, base, p.margin);
                if (first && s.outline) outline.add(new Object[] {p.text.replaceAll("\\{.:|\\}", ""), fr.pd, base - s.size});
                for (int k = i; k < j; k++) {
                    Word w = ws.get(k);
                    PDFont ft = w.mark == 'B' ? bold : reg;
                    drawWord(fr.pd, ft, s.size, s.color, x, base, w.text, w.mark);
                    float wx = x + w.w;
                    if (w.note >= 0) {
                        String no = String.valueOf(++noteCount);
                        drawWord(fr.pd, reg, s.size * 0.6f, s.color, wx, base - s.size * 0.38f, no, ' ');
                        fr.pd.notes.add(notes.get(w.note)); fr.pd.noteNos.add(noteCount);
                        wx += reg.getStringWidth(no) / 1000 * s.size * 0.6f;
                    }
                    x = wx + gap;
                }
                cursor = base + s.leading * 0.22f;
                first = false; top = false;
                i = j;
            }
            cursor += s.after;
        }
    }

    int next(String story, int fi) {
        List<Frame> fs = frames.get(story);
        if (fi + 1 < fs.size()) return fi + 1;
        PageData last = fs.get(fi).pd;
        PageData np = new PageData();
        pages.add(pages.indexOf(last) + 1, np);
        System.err.println("story " + story + " extended by a page after page " + (pages.indexOf(last) + 1));
        for (Frame f : new ArrayList<>(fs)) if (f.pd == last) fs.add(new Frame(np, f.x, f.y, f.w, f.h));
        return fi + 1;
    }

    void drawWord(PageData pd, PDFont ft, float sz, String c, float x, float base, String t, char mark) throws IOException {
        float w = ft.getStringWidth(t) / 1000 * sz;
        pd.ops.add(cs -> {
            if (mark == 'C') {  // clipped out: a clip path far from the word, so nothing of it shows
                cs.saveGraphicsState(); cs.addRect(x, PH - base + sz * 2, 0.01f, 0.01f); cs.clip();
            }
            color(cs, mark == 'W' ? "ffffff" : c);
            cs.beginText(); cs.setFont(ft, sz); cs.setTextMatrix(Matrix.getTranslateInstance(x, PH - base)); cs.showText(t); cs.endText();
            if (mark == 'C') cs.restoreGraphicsState();
            float y0 = PH - base - sz * 0.25f, h = sz * 1.05f;
            if (mark == 'R') {  // a filled path, not a rectangle operator: m l l l h f
                color(cs, "000000"); cs.moveTo(x - 1, y0); cs.lineTo(x + w + 2.5f, y0); cs.lineTo(x + w + 2.5f, y0 + h); cs.lineTo(x - 1, y0 + h); cs.closePath(); cs.fill();
            } else if (mark == 'I') {
                cs.drawImage(black, x - 1, y0, w + 3.5f, h);
            }
        });
    }

    void marginNote(PageData pd, float base, String text) throws IOException {
        wrapFixed(pd, font(marginCol[3]), n(marginCol[4]), n(marginCol[4]) * 1.25f, marginCol[5], n(marginCol[1]), base - n(marginCol[4]), n(marginCol[2]), text);
    }

    void finish(String out) throws IOException {
        BufferedImage bi = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);  // all black
        black = LosslessFactory.createFromImage(doc, bi);
        for (String story : stories.keySet()) flow(story);
        pages.removeIf(pd -> pd.ops.isEmpty());
        for (int p = 0; p < pages.size(); p++) {
            PageData pd = pages.get(p);
            if (p > 0) for (String[] f : furniture) {
                PDFont ft = font(f[1]); float sz = n(f[2]); String c = f[3]; String t = f[6].replace("{n}", String.valueOf(p + 1));
                float w = ft.getStringWidth(t) / 1000 * sz;
                float x = f[4].equals("L") ? 56 : f[4].equals("R") ? PW - 56 - w : (PW - w) / 2, y = n(f[5]);
                pd.ops.add(cs -> { color(cs, c); cs.beginText(); cs.setFont(ft, sz); cs.newLineAtOffset(x, PH - y); cs.showText(t); cs.endText(); });
            }
            if (!pd.notes.isEmpty()) {
                float x = n(noteZone[1]), y = n(noteZone[2]), w = n(noteZone[3]), sz = n(noteZone[5]);
                PDFont ft = font(noteZone[4]);
                float yy = y;
                pd.ops.add(cs -> { cs.setStrokingColor(0f, 0f, 0f); cs.setLineWidth(0.5f); cs.moveTo(x, PH - y + 4); cs.lineTo(x + 120, PH - y + 4); cs.stroke(); });
                for (int k = 0; k < pd.notes.size(); k++) {
                    String t = pd.noteNos.get(k) + " " + pd.notes.get(k);
                    int lines = (int) Math.ceil(ft.getStringWidth(t) / 1000 * sz / w);
                    wrapFixed(pd, ft, sz, sz * 1.2f, "000000", x, yy, w, t);
                    yy += lines * sz * 1.2f + 2;
                }
            }
            doc.addPage(pd.page);
        }
        for (PageData pd : pages) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, pd.page)) { for (Op op : pd.ops) op.run(cs); }
        }
        if (!outline.isEmpty()) {
            PDDocumentOutline root = new PDDocumentOutline();
            for (Object[] o : outline) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle((String) o[0]);
                PDPageXYZDestination d = new PDPageXYZDestination();
                d.setPage(((PageData) o[1]).page); d.setTop(Math.round(PH - (Float) o[2]));
                item.setDestination(d);
                root.addLast(item);
            }
            doc.getDocumentCatalog().setDocumentOutline(root);
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        }
        doc.save(out);
        doc.close();
    }

    public static void main(String[] a) throws IOException {
        batch36_layout l = new batch36_layout();
        l.read(Files.readAllLines(new File(a[0]).toPath(), StandardCharsets.UTF_8));
        l.finish(a[1]);
    }
}
