// Batch b41 inputs A, B, C and E (invented material, test fixtures only), drawn with PDFBox 3, untagged, fonts embedded.
// Usage: java -cp PDFBOX_CP render_b41_pages.java MODE spec.txt out.pdf; spec lines 'kind TAB text [TAB url]' written by
// render_b41_inputs.py (kinds heading, intro, title, summary, label, item, norec, link, pull, foot).
// MODE rotate90: A4 pages STORED PORTRAIT with /Rotate 90; the content is drawn turned (cm 0 1 -1 0 595 0) so the page reads
//   as landscape: heading, intro, then a ruled table Review | Summary | Learning includes | Recommendations include |
//   Identifies good practice including, one row per review (title bold, the link under it), the header row repeated.
// MODE xobject: A4, three columns; each column's text is drawn inside its own Form XObject (a frame) and the page content
//   invokes the frames in the order column 2, column 3, column 1 (then the masthead and a grey picture box); the story is
//   threaded frame to frame and page to page, so entries run on from one column (or page) to the next; a pull quote
//   (bold italic between rules) stands in the middle of an entry.
// MODE cards: A4, each review a card: a coloured band with the title in white over a bordered body; a card that does not fit
//   is split at the page foot (border left open) and goes on at the top of the next page under a band repeating its title
//   with ' (continued)'. 'Page N of M' at the foot.
// MODE runhead: pocket pages (298 x 360), each review starts a page; its title is printed ONLY in the running head at
//   the top of each of its pages (small, grey, over a rule, the page number right); the body has no title.
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.cos.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.*;
import org.apache.pdfbox.util.Matrix;

public class render_b41_pages {
    static PDDocument doc = new PDDocument();
    static PDFont REG, BOLD, ITAL;
    record Line(String kind, String text, String url) {}
    static List<Line> spec = new ArrayList<>();

    public static void main(String[] a) throws Exception {
        for (String l : Files.readAllLines(Path.of(a[1]))) {
            if (l.isEmpty()) continue;
            String[] r = l.split("\t");
            spec.add(new Line(r[0], r.length > 1 ? r[1] : "", r.length > 2 ? r[2] : null));
        }
        String fam = switch (a[0]) { case "xobject" -> "DejaVuSerif"; case "runhead" -> "LiberationSerif"; default -> "LiberationSans"; };
        String dir = fam.startsWith("DejaVu") ? "/usr/share/fonts/truetype/dejavu/" : "/usr/share/fonts/truetype/liberation/";
        REG = PDType0Font.load(doc, Path.of(dir + fam + (fam.startsWith("DejaVu") ? ".ttf" : "-Regular.ttf")).toFile());
        BOLD = PDType0Font.load(doc, Path.of(dir + fam + "-Bold.ttf").toFile());
        ITAL = PDType0Font.load(doc, Path.of(dir + fam + (fam.startsWith("DejaVu") ? "-BoldItalic.ttf" : "-BoldItalic.ttf")).toFile());
        switch (a[0]) {
            case "rotate90" -> rotate90();
            case "xobject" -> xobject();
            case "cards" -> cards();
            case "runhead" -> runhead();
            default -> throw new IllegalArgumentException(a[0]);
        }
        doc.getDocumentInformation().setTitle(first("heading"));
        doc.getDocumentInformation().setSubject("Invented digest for testing");
        doc.save(a[2]); doc.close();
    }

    static String first(String kind) { return spec.stream().filter(l -> l.kind.equals(kind)).findFirst().map(Line::text).orElse(""); }

    static List<String> wrap(String text, PDFont f, float size, float width) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder cur = new StringBuilder();
        for (String w : text.split(" ")) {
            String t = cur.length() == 0 ? w : cur + " " + w;
            if (f.getStringWidth(t) / 1000 * size > width && cur.length() > 0) { out.add(cur.toString()); cur = new StringBuilder(w); }
            else cur = new StringBuilder(t);
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    static void text(PDPageContentStream cs, PDFont f, float size, float x, float y, String s) throws Exception {
        cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, y); cs.showText(s); cs.endText();
    }

    static void link(PDPage page, float x0, float y0, float x1, float y1, String url) throws Exception {
        PDAnnotationLink l = new PDAnnotationLink();
        l.setRectangle(new PDRectangle(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)));
        PDBorderStyleDictionary b = new PDBorderStyleDictionary(); b.setWidth(0); l.setBorderStyle(b);
        PDActionURI u = new PDActionURI(); u.setURI(url); l.setAction(u);
        page.getAnnotations().add(l);
    }

    /** One review: its title, and its body as (kind, text, url) lines in print order. */
    record Review(String title, List<Line> body) {}
    static List<Review> reviews() {
        List<Review> out = new ArrayList<>();
        for (Line l : spec) {
            if (l.kind.equals("title")) out.add(new Review(l.text, new ArrayList<>()));
            else if (!out.isEmpty() && !l.kind.equals("foot")) out.get(out.size() - 1).body.add(l);
        }
        return out;
    }

    // ------------------------------------------------------------------ A. /Rotate 90 table
    static final float LW = 842, LH = 595;   // the landscape page as read
    static void rotate90() throws Exception {
        float left = 36, top = LH - 36, bottom = 40;
        float[] widths = {150, 200, 150, 150, 120};
        String[] heads = {"Review", "Summary", "Learning includes", "Recommendations include", "Identifies good practice including"};
        float size = 8.5f, lead = 10.5f, pad = 4;
        List<Review> rs = reviews();
        PDPage page = null; PDPageContentStream cs = null; float y = top; int pageNo = 0;
        for (int k = 0; k < rs.size(); k++) {
            Review r = rs.get(k);
            // the row's cells: lists of (font, text, url) lines
            List<List<Object[]>> cells = new ArrayList<>();
            for (int c = 0; c < 5; c++) cells.add(new ArrayList<>());
            for (String s : wrap(r.title, BOLD, size + 0.5f, widths[0] - 2 * pad)) cells.get(0).add(new Object[]{BOLD, s, null});
            for (Line l : r.body) {
                switch (l.kind) {
                    case "summary" -> { for (String s : wrap(l.text, REG, size, widths[1] - 2 * pad)) cells.get(1).add(new Object[]{REG, s, null}); }
                    case "link" -> { cells.get(0).add(new Object[]{REG, "", null}); cells.get(0).add(new Object[]{REG, l.text, l.url}); }
                    default -> { }
                }
            }
            int col = 1;
            for (Line l : r.body) {
                if (l.kind.equals("label")) col = l.text.startsWith("Learning") ? 2 : l.text.startsWith("Recommend") ? 3 : 4;
                if (l.kind.equals("norec")) for (String s : wrap(l.text, REG, size, widths[3] - 2 * pad)) cells.get(3).add(new Object[]{REG, s, null});
                if (l.kind.equals("item")) {
                    List<String> ws = wrap(l.text, REG, size, widths[col] - 2 * pad - 8);
                    for (int i = 0; i < ws.size(); i++) cells.get(col).add(new Object[]{REG, (i == 0 ? "• " : "  ") + ws.get(i), null});
                }
            }
            int rows = cells.stream().mapToInt(List::size).max().orElse(1);
            float h = rows * lead + 2 * pad;
            if (page == null || y - h < bottom || k == 2) {   // two reviews a page, the header row repeated
                if (cs != null) cs.close();
                page = new PDPage(PDRectangle.A4); page.setRotation(90); doc.addPage(page); pageNo++;
                cs = new PDPageContentStream(doc, page);
                cs.transform(new Matrix(0, 1, -1, 0, 595, 0));
                y = top;
                if (pageNo == 1) {
                    text(cs, BOLD, 17, left, y - 17, first("heading")); y -= 28;
                    for (String s : wrap(first("intro"), REG, 9.5f, LW - 2 * left)) { text(cs, REG, 9.5f, left, y - 9.5f, s); y -= 12; }
                    y -= 8;
                }
                // header row
                float hh = 2 * lead + 2 * pad, x = left;
                cs.setNonStrokingColor(0.85f, 0.89f, 0.95f); cs.addRect(left, y - hh, sum(widths), hh); cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
                for (int c = 0; c < 5; c++) {
                    List<String> hs = wrap(heads[c], BOLD, size, widths[c] - 2 * pad);
                    for (int i = 0; i < hs.size(); i++) text(cs, BOLD, size, x + pad, y - pad - size - i * lead, hs.get(i));
                    x += widths[c];
                }
                grid(cs, left, y, hh, widths); y -= hh;
            }
            float x = left;
            for (int c = 0; c < 5; c++) {
                List<Object[]> cl = cells.get(c);
                for (int i = 0; i < cl.size(); i++) {
                    Object[] o = cl.get(i); float by = y - pad - size - i * lead;
                    if (o[2] != null) cs.setNonStrokingColor(0f, 0.3f, 0.6f);
                    text(cs, (PDFont) o[0], c == 0 && o[0] == BOLD ? size + 0.5f : size, x + pad, by, (String) o[1]);
                    cs.setNonStrokingColor(0f, 0f, 0f);
                    if (o[2] != null) {
                        float w = ((PDFont) o[0]).getStringWidth((String) o[1]) / 1000 * size;
                        // landscape (u, v) -> portrait (595 - v, u)
                        link(page, 595 - (by - 2), x + pad, 595 - (by + size), x + pad + w, (String) o[2]);
                    }
                }
                x += widths[c];
            }
            grid(cs, left, y, h, widths); y -= h;
        }
        y -= 14;
        text(cs, REG, 7.5f, left, y, first("foot"));
        cs.close();
    }
    static float sum(float[] w) { float s = 0; for (float f : w) s += f; return s; }
    static void grid(PDPageContentStream cs, float left, float y, float h, float[] widths) throws Exception {
        cs.setLineWidth(0.6f); cs.setStrokingColor(0.4f, 0.4f, 0.4f);
        float x = left; cs.addRect(left, y - h, sum(widths), h); cs.stroke();
        for (int c = 0; c < widths.length - 1; c++) { x += widths[c]; cs.moveTo(x, y); cs.lineTo(x, y - h); cs.stroke(); }
    }

    // ------------------------------------------------------------------ flowing lines (B, C, E)
    /** A laid-out line: font, size, indent, text, url, gap before, colour kind. */
    record Flow(PDFont f, float size, float indent, String text, String url, float before, String kind) {}
    static List<Flow> flow(List<Line> lines, float width, float base, boolean titles) throws Exception {
        List<Flow> out = new ArrayList<>();
        for (Line l : lines) {
            switch (l.kind) {
                case "title" -> { if (titles) { boolean f = true; for (String s : wrap(l.text, BOLD, base + 2, width)) { out.add(new Flow(BOLD, base + 2, 0, s, null, f ? base * 1.3f : 0, "title")); f = false; } } }
                case "summary", "norec", "intro" -> { boolean f = true; for (String s : wrap(l.text, REG, base, width)) { out.add(new Flow(REG, base, 0, s, null, f ? base * 0.5f : 0, "text")); f = false; } }
                case "label" -> { boolean f = true; for (String s : wrap(l.text, BOLD, base, width)) { out.add(new Flow(BOLD, base, 0, s, null, f ? base * 0.5f : 0, "label")); f = false; } }
                case "item" -> { boolean f = true; for (String s : wrap(l.text, REG, base, width - base)) { out.add(new Flow(REG, base, base, (f ? "• " : "") + s, null, 0, f ? "item" : "itemcont")); f = false; } }
                case "link" -> out.add(new Flow(REG, base, 0, l.text, l.url, base * 0.5f, "link"));
                case "pull" -> { boolean f = true; List<String> ws = wrap(l.text, ITAL, base + 2.5f, width - 6);
                    for (int i = 0; i < ws.size(); i++) out.add(new Flow(ITAL, base + 2.5f, 3, ws.get(i), null, f ? base : 0, i == ws.size() - 1 ? "pullend" : f ? "pullstart" : "pull")); }
                default -> { }
            }
        }
        return out;
    }
    static void draw(PDPageContentStream cs, Flow fl, float x, float y) throws Exception {
        float dx = fl.indent;
        if (fl.kind.equals("item")) { text(cs, fl.f, fl.size, x + fl.indent - fl.size * 0.7f, y, "•"); text(cs, fl.f, fl.size, x + fl.indent, y, fl.text.substring(2)); return; }
        if (fl.kind.equals("itemcont")) { text(cs, fl.f, fl.size, x + dx, y, fl.text); return; }
        if (fl.url != null) cs.setNonStrokingColor(0f, 0.3f, 0.6f);
        if (fl.kind.equals("title")) cs.setNonStrokingColor(0.45f, 0.1f, 0.2f);
        text(cs, fl.f, fl.size, x + dx, y, fl.text);
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    // ------------------------------------------------------------------ B. Form XObject column frames, threaded story
    static void xobject() throws Exception {
        float left = 40, colW = 160, gap = 15.5f, base = 9.2f, lead = 12f;
        List<Line> story = spec.stream().filter(l -> !l.kind.equals("heading") && !l.kind.equals("intro") && !l.kind.equals("foot")).toList();
        List<Flow> fl = flow(story, colW, base, true);
        int at = 0; int pageNo = 0;
        while (at < fl.size()) {
            PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page); pageNo++;
            float top = pageNo == 1 ? 842 - 150 : 842 - 60, bottom = pageNo == 1 ? 842 - 500 : 60;
            PDFormXObject[] frames = new PDFormXObject[3];
            for (int c = 0; c < 3; c++) {
                COSStream st = doc.getDocument().createCOSStream();
                st.setItem(COSName.TYPE, COSName.XOBJECT); st.setItem(COSName.SUBTYPE, COSName.FORM);
                PDAppearanceStream fx = new PDAppearanceStream(st);
                float h = top - bottom;
                fx.setBBox(new PDRectangle(0, 0, colW, h));
                fx.setResources(new PDResources());
                try (PDPageContentStream cs = new PDPageContentStream(doc, fx)) {
                    float y = h;
                    boolean firstInFrame = true;
                    while (at < fl.size()) {
                        Flow f = fl.get(at);
                        float before = firstInFrame ? 0 : f.before;
                        if (y - before - lead < 0) break;
                        y -= before + lead; firstInFrame = false;
                        if (f.kind.startsWith("pull") && (f.kind.equals("pullstart") || f.before > 0)) { cs.setLineWidth(1.2f); cs.setStrokingColor(0.45f, 0.1f, 0.2f); cs.moveTo(0, y + lead + 1); cs.lineTo(colW, y + lead + 1); cs.stroke(); }
                        if (f.kind.startsWith("pull")) cs.setNonStrokingColor(0.45f, 0.1f, 0.2f);
                        draw(cs, f, 0, y + 2);
                        cs.setNonStrokingColor(0f, 0f, 0f);
                        if (f.kind.equals("pullend")) { cs.setLineWidth(1.2f); cs.setStrokingColor(0.45f, 0.1f, 0.2f); cs.moveTo(0, y - 3); cs.lineTo(colW, y - 3); cs.stroke(); y -= 6; }
                        if (f.url != null) {
                            float w = f.f.getStringWidth(f.text) / 1000 * f.size;
                            float px = left + c * (colW + gap), py = bottom;
                            link(page, px, py + y, px + w, py + y + f.size + 2, f.url);
                        }
                        at++;
                    }
                }
                frames[c] = fx;
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int c : new int[]{1, 2, 0}) {
                    cs.saveGraphicsState();
                    cs.transform(Matrix.getTranslateInstance(left + c * (colW + gap), bottom));
                    cs.drawForm(frames[c]);
                    cs.restoreGraphicsState();
                }
                cs.setStrokingColor(0.7f, 0.7f, 0.7f); cs.setLineWidth(0.5f);
                for (int c = 1; c < 3; c++) { float x = left + c * (colW + gap) - gap / 2; cs.moveTo(x, top + 4); cs.lineTo(x, bottom); cs.stroke(); }
                if (pageNo == 1) {
                    cs.setNonStrokingColor(0.45f, 0.1f, 0.2f); cs.addRect(0, 842 - 80, 595, 80); cs.fill();
                    cs.setNonStrokingColor(1f, 1f, 1f); text(cs, BOLD, 22, left, 842 - 52, first("heading"));
                    cs.setNonStrokingColor(0f, 0f, 0f);
                    List<String> in = wrap(first("intro"), REG, 10, 595 - 2 * left);
                    for (int i = 0; i < in.size(); i++) text(cs, REG, 10, left, 842 - 100 - i * 13, in.get(i));
                    // the picture frame under the columns
                    cs.setNonStrokingColor(0.82f, 0.82f, 0.82f); cs.addRect(left, 60, 595 - 2 * left, 842 - 500 - 60 - 20); cs.fill();
                    cs.setNonStrokingColor(0.35f, 0.35f, 0.35f); text(cs, REG, 8, left + 6, 66, "Picture posed by models.");
                    cs.setNonStrokingColor(0f, 0f, 0f);
                }
                cs.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                text(cs, REG, 7.5f, left, 30, at >= fl.size() ? first("foot") : "Case review round-up · April 2025 · " + pageNo);
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
        }
    }

    // ------------------------------------------------------------------ C. cards, one split by the page break
    static void cards() throws Exception {
        float left = 48, w = 595 - 96, pad = 9, base = Float.parseFloat(System.getProperty("base", "10.0")), lead = base * 1.31f, bandH = 22, bottom = 58, top = 842 - 50;
        List<PDPageContentStream> streams = new ArrayList<>(); List<PDPage> pages = new ArrayList<>();
        PDPage page = new PDPage(PDRectangle.A4); doc.addPage(page); pages.add(page);
        PDPageContentStream cs = new PDPageContentStream(doc, page); streams.add(cs);
        float y = top;
        text(cs, BOLD, 18, left, y - 18, first("heading")); y -= 30;
        for (String s : wrap(first("intro"), REG, 10, w)) { text(cs, REG, 10, left, y - 10, s); y -= 13; }
        y -= 6;
        for (Review r : reviews()) {
            List<Flow> fl = flow(r.body, w - 2 * pad, base, false);
            String bandText = r.title; boolean cont = false;
            int at = 0;
            while (at < fl.size()) {
                if (y - bandH - 3 * lead < bottom) { y = -1; }
                if (y < 0) {
                    cs.close(); page = new PDPage(PDRectangle.A4); doc.addPage(page); pages.add(page);
                    cs = new PDPageContentStream(doc, page); streams.add(cs); y = top;
                }
                float cardTop = y + 0;
                y -= 12;
                // band
                cs.setNonStrokingColor(0.07f, 0.36f, 0.38f); cs.addRect(left, cardTop - 12 - bandH, w, bandH); cs.fill();
                cs.setNonStrokingColor(1f, 1f, 1f);
                text(cs, BOLD, 11, left + pad, cardTop - 12 - bandH + 7, cont ? bandText + " (continued)" : bandText);
                cs.setNonStrokingColor(0f, 0f, 0f);
                y = cardTop - 12 - bandH - 4;
                boolean split = false;
                while (at < fl.size()) {
                    Flow f = fl.get(at);
                    if (y - f.before - lead - pad < bottom) { split = true; break; }
                    y -= f.before + lead;
                    draw(cs, f, left + pad, y);
                    if (f.url != null) link(page, left + pad, y - 2, left + pad + f.f.getStringWidth(f.text) / 1000 * f.size, y + f.size, f.url);
                    at++;
                }
                float bodyBottom = split ? bottom - 6 : y - pad;
                cs.setStrokingColor(0.07f, 0.36f, 0.38f); cs.setLineWidth(1f);
                float bt = cardTop - 12 - bandH;
                cs.moveTo(left, bt); cs.lineTo(left, bodyBottom);
                if (!split) cs.lineTo(left + w, bodyBottom); else cs.moveTo(left + w, bodyBottom);
                cs.lineTo(left + w, bt); cs.stroke();
                y = bodyBottom - 4;
                if (split) { y = -1; cont = true; }
            }
        }
        text(cs, REG, 7.5f, left, Math.max(y - 14, 40), first("foot"));
        cs.close();
        for (int p = 0; p < pages.size(); p++) {
            try (PDPageContentStream fs = new PDPageContentStream(doc, pages.get(p), PDPageContentStream.AppendMode.APPEND, true, true)) {
                fs.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                text(fs, REG, 8, 595 - 48 - 60, 28, "Page " + (p + 1) + " of " + pages.size());
            }
        }
    }

    // ------------------------------------------------------------------ E. titles only in the running heads
    static void runhead() throws Exception {
        float pw = 298, ph = Float.parseFloat(System.getProperty("ph", "360")), left = 30, w = pw - 60, base = Float.parseFloat(System.getProperty("base", "10.4")), lead = base * 1.31f, top = ph - 52, bottom = 44;
        int[] pageNo = {0};
        PDPage[] page = {null}; PDPageContentStream[] cs = {null};
        List<Review> rs = reviews();
        float y = 0;
        for (int k = 0; k < rs.size(); k++) {
            Review r = rs.get(k);
            List<Flow> fl = flow(r.body, w, base, false);
            y = newRunPage(page, cs, pageNo, r.title, pw, ph, left, w);
            if (k == 0) {
                text(cs[0], BOLD, 14, left, y - 14, first("heading")); y -= 22;
                for (String s : wrap(first("intro"), ITAL, 8.5f, w)) { text(cs[0], REG, 8.5f, left, y - 8.5f, s); y -= 11; }
                y -= 6;
            }
            for (Flow f : fl) {
                if (y - f.before - lead < bottom) y = newRunPage(page, cs, pageNo, r.title, pw, ph, left, w);
                y -= f.before + lead;
                draw(cs[0], f, left, y);
                if (f.url != null) link(page[0], left, y - 2, left + f.f.getStringWidth(f.text) / 1000 * f.size, y + f.size, f.url);
            }
        }
        y -= 22;
        for (String s : wrap(first("foot"), REG, 7, w)) { cs[0].setNonStrokingColor(0.4f, 0.4f, 0.4f); text(cs[0], REG, 7, left, y, s); y -= 9; }
        cs[0].close();
    }
    static float newRunPage(PDPage[] page, PDPageContentStream[] cs, int[] pageNo, String title, float pw, float ph, float left, float w) throws Exception {
        if (cs[0] != null) cs[0].close();
        page[0] = new PDPage(new PDRectangle(pw, ph)); doc.addPage(page[0]); pageNo[0]++;
        cs[0] = new PDPageContentStream(doc, page[0]);
        PDPageContentStream c = cs[0];
        c.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        text(c, ITAL, 7.5f, left, ph - 28, title);
        String n = String.valueOf(pageNo[0]);
        text(c, REG, 7.5f, left + w - REG.getStringWidth(n) / 1000 * 7.5f, ph - 28, n);
        c.setStrokingColor(0.6f, 0.6f, 0.6f); c.setLineWidth(0.4f); c.moveTo(left, ph - 32); c.lineTo(left + w, ph - 32); c.stroke();
        c.setNonStrokingColor(0f, 0f, 0f);
        return ph - 52;
    }
}
