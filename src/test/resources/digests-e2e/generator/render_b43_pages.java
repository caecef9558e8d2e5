// Batch b43 inputs B, C and D (invented material, test fixtures only), drawn with PDFBox 3, untagged, fonts embedded.
// Usage: java -cp PDFBOX_CP render_b43_pages.java MODE spec.txt out.pdf; spec lines 'kind TAB text [TAB url]' written by
// render_b43_inputs.py (kinds heading, intro, title, summary, label, item, norec, link, foot, month).
// MODE annotated: A4, a plain Word-like digest (Liberation Sans) as a colleague sends it back marked up: a diagonal
//   'DRAFT – NOT FOR CIRCULATION' watermark drawn as text AFTER each page's text (rotated 40 degrees, light grey, half
//   transparent), highlight annotations over two summary lines, sticky notes, FreeText comments in the right margin (with
//   appearance streams holding their text) and a 'REVIEWED' rubber stamp on page 1.
// MODE sheet: A4 landscape, a spreadsheet printed with gridlines and row and column headings (A-F over the columns, 1-10
//   beside the rows, grey header cells), 'Sheet1' centred in the page header and 'Page 1' in the footer; A1 the heading and
//   A2 the intro overflowing into the empty cells to their right; row 4 the column titles; one row per review, lines in a
//   cell broken as with Alt+Enter, list items starting '- '.
// MODE reader: A4, a browser's reader view printed with the browser's header (page title left, print date right) and footer
//   (about:reader?url=... left, 'N of M' right): domain line, big serif title, byline, reading time, a rule, then the
//   article: intro, h2 titles, bold label paragraphs, bulleted lists, underlined links.
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.cos.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.*;
import org.apache.pdfbox.util.Matrix;

public class render_b43_pages {
    static PDDocument doc = new PDDocument();
    static PDFont REG, BOLD, SERIF, SERIFB;
    record Line(String kind, String text, String url) {}
    static List<Line> spec = new ArrayList<>();

    public static void main(String[] a) throws Exception {
        for (String l : Files.readAllLines(Path.of(a[1]))) {
            if (l.isEmpty()) continue;
            String[] r = l.split("\t");
            spec.add(new Line(r[0], r.length > 1 ? r[1] : "", r.length > 2 ? r[2] : null));
        }
        String dir = "/usr/share/fonts/truetype/liberation/";
        REG = PDType0Font.load(doc, Path.of(dir + "LiberationSans-Regular.ttf").toFile());
        BOLD = PDType0Font.load(doc, Path.of(dir + "LiberationSans-Bold.ttf").toFile());
        SERIF = PDType0Font.load(doc, Path.of(dir + "LiberationSerif-Regular.ttf").toFile());
        SERIFB = PDType0Font.load(doc, Path.of(dir + "LiberationSerif-Bold.ttf").toFile());
        switch (a[0]) {
            case "annotated" -> annotated();
            case "sheet" -> sheet();
            case "reader" -> reader();
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

    static float w(PDFont f, float size, String s) throws Exception { return f.getStringWidth(s) / 1000 * size; }

    // ------------------------------------------------------------------ B. annotated draft
    static PDPage page; static PDPageContentStream cs; static int pageNo;
    static List<PDPage> pages = new ArrayList<>();
    static float[] summaryFirstLine = new float[0];
    static Map<Integer, float[]> titleAt = new HashMap<>();   // review index -> {page, y}
    static Map<Integer, float[]> summaryAt = new HashMap<>(); // review index -> {page, x0, y, x1}

    static float newPage(float top) throws Exception {
        if (cs != null) { watermark(); cs.close(); }
        page = new PDPage(PDRectangle.A4); doc.addPage(page); pages.add(page); pageNo++;
        cs = new PDPageContentStream(doc, page);
        text(cs, REG, 8, 60, 26, "Page " + pageNo);
        return top;
    }

    static void watermark() throws Exception {
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState(); gs.setNonStrokingAlphaConstant(0.45f);
        cs.saveGraphicsState(); cs.setGraphicsStateParameters(gs);
        cs.setNonStrokingColor(0.78f, 0.78f, 0.78f);
        cs.beginText(); cs.setFont(BOLD, 50);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(40), 95, 170));
        cs.showText("DRAFT – NOT FOR CIRCULATION"); cs.endText();
        cs.restoreGraphicsState();
    }

    static void annotated() throws Exception {
        float left = 60, width = 400, top = 790, bottom = 60, y = newPage(top);
        text(cs, BOLD, 17, left, y - 17, first("heading")); y -= 30;
        for (String s : wrap(first("intro"), REG, 10.5f, width)) { text(cs, REG, 10.5f, left, y - 10.5f, s); y -= 14; }
        y -= 10;
        int review = -1;
        for (Line l : spec) {
            switch (l.kind) {
                case "title" -> {
                    review++;
                    List<String> ws = wrap(l.text, BOLD, 12.5f, width);
                    if (y - ws.size() * 16 - 60 < bottom) y = newPage(top);
                    titleAt.put(review, new float[]{pageNo - 1, y});
                    for (String s : ws) { text(cs, BOLD, 12.5f, left, y - 12.5f, s); y -= 16; }
                    y -= 3;
                }
                case "summary", "norec", "intro", "foot", "heading", "month" -> {
                    if (l.kind.equals("intro") || l.kind.equals("heading") || l.kind.equals("month")) continue;
                    PDFont f = REG; float size = l.kind.equals("foot") ? 8.5f : 10.5f;
                    if (l.kind.equals("foot")) y -= 10;
                    boolean firstLine = true;
                    for (String s : wrap(l.text, f, size, width)) {
                        if (y - 14 < bottom) y = newPage(top);
                        text(cs, f, size, left, y - size, s);
                        if (firstLine && l.kind.equals("summary")) summaryAt.put(review, new float[]{pageNo - 1, left, y, left + w(f, size, s)});
                        firstLine = false; y -= 14;
                    }
                    y -= 6;
                }
                case "label" -> {
                    if (y - 40 < bottom) y = newPage(top);
                    text(cs, BOLD, 10.5f, left, y - 10.5f, l.text); y -= 15;
                }
                case "item" -> {
                    List<String> ws = wrap(l.text, REG, 10.5f, width - 18);
                    for (int i = 0; i < ws.size(); i++) {
                        if (y - 14 < bottom) y = newPage(top);
                        if (i == 0) text(cs, REG, 10.5f, left + 6, y - 10.5f, "•");
                        text(cs, REG, 10.5f, left + 18, y - 10.5f, ws.get(i)); y -= 14;
                    }
                    y -= 2;
                }
                case "link" -> {
                    y -= 4;
                    cs.setNonStrokingColor(0.02f, 0.27f, 0.75f);
                    text(cs, REG, 10.5f, left, y - 10.5f, l.text);
                    float lw = w(REG, 10.5f, l.text);
                    cs.setStrokingColor(0.02f, 0.27f, 0.75f); cs.setLineWidth(0.6f);
                    cs.moveTo(left, y - 12.3f); cs.lineTo(left + lw, y - 12.3f); cs.stroke();
                    cs.setNonStrokingColor(0f, 0f, 0f);
                    link(page, left, y - 13, left + lw, y + 1, l.url);
                    y -= 26;
                }
                default -> { }
            }
        }
        watermark(); cs.close(); cs = null;
        markUp();
    }

    static PDColor rgb(float r, float g, float b) { return new PDColor(new float[]{r, g, b}, PDDeviceRGB.INSTANCE); }

    static void markUp() throws Exception {
        // highlights over the first summary line of reviews 2 and 4
        int[] hl = {1, 3}; String[] hlNote = {"Our LADO team should see this one", "Economic abuse – link to the DA strategy"};
        for (int k = 0; k < hl.length; k++) {
            float[] s = summaryAt.get(hl[k]);
            PDAnnotationHighlight h = new PDAnnotationHighlight();
            float y0 = s[2] - 13, y1 = s[2] + 1;
            h.setRectangle(new PDRectangle(s[1], y0, s[3] - s[1], y1 - y0));
            h.setQuadPoints(new float[]{s[1], y1, s[3], y1, s[1], y0, s[3], y0});
            h.setColor(rgb(1f, 0.93f, 0.2f)); h.setContents(hlNote[k]); h.setTitlePopup("J. Okoro");
            h.constructAppearances(doc);
            pages.get((int) s[0]).getAnnotations().add(h);
        }
        // sticky notes beside reviews 1 and 3
        int[] st = {0, 2}; String[] stNote = {"Check whether we have had a similar case this year", "Ask the designated nurse about GP records"};
        for (int k = 0; k < st.length; k++) {
            float[] t = titleAt.get(st[k]);
            PDAnnotationText n = new PDAnnotationText();
            n.setRectangle(new PDRectangle(468, t[1] - 18, 18, 18));
            n.setContents(stNote[k]); n.setTitlePopup("J. Okoro"); n.setColor(rgb(1f, 0.85f, 0.2f)); n.setName(PDAnnotationText.NAME_COMMENT);
            n.constructAppearances(doc);
            pages.get((int) t[0]).getAnnotations().add(n);
        }
        // FreeText comments in the right margin beside reviews 1, 2 and 4
        int[] ft = {0, 1, 3};
        String[] ftNote = {"Discuss at the June team meeting – JO", "Relevant to our foster carer reviews. Share with the fostering panel?", "Include in the July newsletter"};
        for (int k = 0; k < ft.length; k++) {
            float[] t = titleAt.get(ft[k]);
            PDAnnotationFreeText f = new PDAnnotationFreeText();
            float h = 16 + 11 * wrap(ftNote[k], REG, 8, 96).size();
            f.setRectangle(new PDRectangle(478, t[1] - 24 - h, 104, h));
            f.setContents(ftNote[k]); f.setTitlePopup("J. Okoro");
            f.setDefaultAppearance("/Helv 8 Tf 0.75 0 0 rg");
            f.setColor(rgb(0.75f, 0f, 0f));
            PDBorderStyleDictionary b = new PDBorderStyleDictionary(); b.setWidth(0.8f); f.setBorderStyle(b);
            appearance(f, ftNote[k], 0.75f, 0f, 0f, 8, 96, h);
            pages.get((int) t[0]).getAnnotations().add(f);
        }
        // a rubber stamp at the top right of page 1
        PDAnnotationRubberStamp s = new PDAnnotationRubberStamp();
        s.setRectangle(new PDRectangle(470, 770, 112, 44)); s.setName("Approved"); s.setContents("REVIEWED 12/06/2025 J. Okoro");
        PDAppearanceStream fx = new PDAppearanceStream(doc); fx.setBBox(new PDRectangle(112, 44)); fx.setResources(new PDResources());
        try (PDPageContentStream a = new PDPageContentStream(doc, fx)) {
            a.setStrokingColor(0.1f, 0.45f, 0.15f); a.setLineWidth(2); a.addRect(2, 2, 108, 40); a.stroke();
            a.setNonStrokingColor(0.1f, 0.45f, 0.15f);
            text(a, BOLD, 15, 12, 22, "REVIEWED"); text(a, REG, 8, 12, 9, "12/06/2025  J. Okoro");
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary(); ap.setNormalAppearance(fx);
        s.setAppearance(ap);
        pages.get(0).getAnnotations().add(s);
    }

    static void appearance(PDAnnotation an, String note, float r, float g, float b, float size, float width, float h) throws Exception {
        PDAppearanceStream fx = new PDAppearanceStream(doc); fx.setBBox(new PDRectangle(104, h)); fx.setResources(new PDResources());
        try (PDPageContentStream a = new PDPageContentStream(doc, fx)) {
            a.setNonStrokingColor(1f, 1f, 0.9f); a.addRect(0, 0, 104, h); a.fill();
            a.setStrokingColor(r, g, b); a.setLineWidth(0.8f); a.addRect(0.4f, 0.4f, 103.2f, h - 0.8f); a.stroke();
            a.setNonStrokingColor(r, g, b);
            float y = h - 6 - size;
            for (String s : wrap(note, REG, size, width)) { text(a, REG, size, 4, y, s); y -= 11; }
        }
        PDAppearanceDictionary ap = new PDAppearanceDictionary(); ap.setNormalAppearance(fx);
        an.setAppearance(ap);
    }

    // ------------------------------------------------------------------ C. spreadsheet with gridlines and headings
    record Cell(PDFont f, List<String> lines, String url) {}
    static void sheet() throws Exception {
        float pw = 842, ph = 595, left = 28, top = ph - 44, size = 8, lead = 9.6f, pad = 2.5f, hdrW = 20, hdrH = 12;
        float[] widths = {128, 52, 202, 152, 145, 87};
        String[] heads = {"Review", "Published", "Summary", "Learning includes", "Recommendations include", "Good practice"};
        String month = first("month");
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> cur = null; int k = 0; int col = 3;
        for (Line l : spec) {
            switch (l.kind) {
                case "title" -> {
                    cur = new ArrayList<>();
                    for (int c = 0; c < 6; c++) cur.add(new Cell(REG, new ArrayList<>(), null));
                    rows.add(cur); k++;
                    cur.get(0).lines.addAll(wrap(l.text, REG, size, widths[0] - 2 * pad));
                    cur.get(1).lines.add(String.format("%02d/%s/%s", 2 + 7 * (k - 1), month.substring(5), month.substring(0, 4)));
                }
                case "summary" -> cur.get(2).lines.addAll(wrap(l.text, REG, size, widths[2] - 2 * pad));
                case "label" -> col = l.text.startsWith("Learning") ? 3 : l.text.startsWith("Recommend") ? 4 : 5;
                case "norec" -> cur.get(4).lines.addAll(wrap(l.text, REG, size, widths[4] - 2 * pad));
                case "item" -> {
                    List<String> ws = wrap("- " + l.text, REG, size, widths[col] - 2 * pad);
                    cur.get(col).lines.addAll(ws);
                }
                case "link" -> cur.set(0, new Cell(REG, join(cur.get(0).lines, l.text), l.url));
                default -> { }
            }
        }
        page = new PDPage(new PDRectangle(pw, ph)); doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        text(cs, REG, 9, pw / 2 - w(REG, 9, "Sheet1") / 2, ph - 24, "Sheet1");
        text(cs, REG, 9, pw / 2 - w(REG, 9, "Page 1") / 2, 18, "Page 1");
        // row heights: 1 heading, 2 intro, 3 empty, 4 column titles, 5.. reviews, then an empty row and the foot
        List<Float> hs = new ArrayList<>(List.of(18f, lead + 2 * pad, lead + 2 * pad, lead + 2 * pad));
        for (List<Cell> r : rows) hs.add(r.stream().mapToInt(c -> c.lines.size()).max().orElse(1) * lead + 2 * pad);
        hs.add(lead + 2 * pad); hs.add(lead + 2 * pad);
        float total = 0; for (float h : hs) total += h;
        float tableW = sum(widths), x0 = left + hdrW, y0 = top - hdrH;
        // heading cells (grey) and their letters / numbers
        cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
        cs.addRect(left, y0, hdrW + tableW, hdrH); cs.fill();
        cs.addRect(left, y0 - total, hdrW, total); cs.fill();
        cs.setNonStrokingColor(0.25f, 0.25f, 0.25f);
        float x = x0;
        for (int c = 0; c < 6; c++) { String L = String.valueOf((char) ('A' + c)); text(cs, REG, 8, x + widths[c] / 2 - w(REG, 8, L) / 2, y0 + 3, L); x += widths[c]; }
        float y = y0;
        for (int r = 0; r < hs.size(); r++) { String n = String.valueOf(r + 1); text(cs, REG, 8, left + hdrW / 2 - w(REG, 8, n) / 2, y - hs.get(r) / 2 - 3, n); y -= hs.get(r); }
        // gridlines
        cs.setStrokingColor(0.72f, 0.72f, 0.72f); cs.setLineWidth(0.4f);
        y = top; cs.moveTo(left, y); cs.lineTo(x0 + tableW, y); y = y0;
        cs.moveTo(left, y); cs.lineTo(x0 + tableW, y);
        for (float h : hs) { y -= h; cs.moveTo(left, y); cs.lineTo(x0 + tableW, y); }
        x = left; cs.moveTo(x, top); cs.lineTo(x, y0 - total); x = x0;
        cs.moveTo(x, top); cs.lineTo(x, y0 - total);
        for (float wd : widths) { x += wd; cs.moveTo(x, top); cs.lineTo(x, y0 - total); }
        cs.stroke();
        cs.setNonStrokingColor(0f, 0f, 0f);
        // A1 heading, A2 intro (overflowing), row 4 titles
        y = y0;
        text(cs, BOLD, 12, x0 + pad, y - 14, first("heading")); y -= hs.get(0);
        text(cs, REG, size, x0 + pad, y - pad - size + 1, first("intro")); y -= hs.get(1); y -= hs.get(2);
        x = x0;
        for (int c = 0; c < 6; c++) { text(cs, BOLD, size, x + pad, y - pad - size + 1, heads[c]); x += widths[c]; }
        y -= hs.get(3);
        for (int r = 0; r < rows.size(); r++) {
            x = x0;
            for (int c = 0; c < 6; c++) {
                Cell cell = rows.get(r).get(c); float ly = y - pad - size + 1;
                for (int i = 0; i < cell.lines.size(); i++) {
                    String s = cell.lines.get(i);
                    boolean isLink = cell.url != null && i == cell.lines.size() - 1;
                    if (isLink) cs.setNonStrokingColor(0.02f, 0.27f, 0.75f);
                    text(cs, REG, size, (c == 1 ? x + widths[c] - pad - w(REG, size, s) : x + pad), ly, s);
                    if (isLink) {
                        cs.setNonStrokingColor(0f, 0f, 0f);
                        link(page, x + pad, ly - 2, x + pad + w(REG, size, s), ly + size, cell.url);
                    }
                    ly -= lead;
                }
                x += widths[c];
            }
            y -= hs.get(4 + r);
        }
        y -= hs.get(4 + rows.size());
        text(cs, REG, size, x0 + pad, y - pad - size + 1, first("foot"));
        cs.close(); cs = null;
    }

    static List<String> join(List<String> a, String s) { List<String> o = new ArrayList<>(a); o.add(s); return o; }
    static float sum(float[] w) { float s = 0; for (float f : w) s += f; return s; }

    // ------------------------------------------------------------------ D. reader view print
    static void reader() throws Exception {
        float pw = 595, ph = 842, left = 92, width = 411, top = ph - 56, bottom = 58, body = 12.5f, lead = 19;
        String title = first("heading");
        List<PDPage> ps = new ArrayList<>();
        page = new PDPage(PDRectangle.A4); doc.addPage(page); ps.add(page); cs = new PDPageContentStream(doc, page);
        float y = top;
        cs.setNonStrokingColor(0.0f, 0.38f, 0.62f);
        text(cs, REG, 11, left, y - 11, "learning.nspcc.org.uk"); y -= 30;
        cs.setNonStrokingColor(0.08f, 0.08f, 0.08f);
        for (String s : wrap(title, SERIFB, 25, width)) { text(cs, SERIFB, 25, left, y - 25, s); y -= 31; }
        y -= 6;
        text(cs, SERIF, 11.5f, left, y - 11.5f, "NSPCC Learning"); y -= 18;
        text(cs, SERIF, 11.5f, left, y - 11.5f, "6–8 minutes"); y -= 14;
        cs.setStrokingColor(0.8f, 0.8f, 0.8f); cs.setLineWidth(0.8f); cs.moveTo(left, y); cs.lineTo(left + width, y); cs.stroke();
        y -= 22;
        for (Line l : spec) {
            switch (l.kind) {
                case "intro", "summary", "norec", "foot" -> {
                    for (String s : wrap(l.text, SERIF, body, width)) {
                        if (y - lead < bottom) y = readerPage(ps, top);
                        text(cs, SERIF, body, left, y - body, s); y -= lead;
                    }
                    y -= 10;
                }
                case "title" -> {
                    List<String> ws = wrap(l.text, SERIFB, 17, width);
                    if (y - ws.size() * 23 - 3 * lead < bottom) y = readerPage(ps, top);
                    y -= 10;
                    for (String s : ws) { text(cs, SERIFB, 17, left, y - 17, s); y -= 23; }
                    y -= 6;
                }
                case "label" -> {
                    if (y - 2 * lead < bottom) y = readerPage(ps, top);
                    text(cs, SERIFB, body, left, y - body, l.text); y -= lead + 4;
                }
                case "item" -> {
                    List<String> ws = wrap(l.text, SERIF, body, width - 30);
                    for (int i = 0; i < ws.size(); i++) {
                        if (y - lead < bottom) y = readerPage(ps, top);
                        if (i == 0) text(cs, SERIF, body, left + 14, y - body, "•");
                        text(cs, SERIF, body, left + 30, y - body, ws.get(i)); y -= lead;
                    }
                    y -= 4;
                }
                case "link" -> {
                    if (y - lead < bottom) y = readerPage(ps, top);
                    y -= 4;
                    cs.setNonStrokingColor(0.0f, 0.38f, 0.62f);
                    text(cs, SERIF, body, left, y - body, l.text);
                    float lw = w(SERIF, body, l.text);
                    cs.setStrokingColor(0.0f, 0.38f, 0.62f); cs.setLineWidth(0.6f);
                    cs.moveTo(left, y - body - 2); cs.lineTo(left + lw, y - body - 2); cs.stroke();
                    cs.setNonStrokingColor(0.08f, 0.08f, 0.08f);
                    link(page, left, y - body - 3, left + lw, y + 1, l.url);
                    y -= lead + 10;
                }
                default -> { }
            }
        }
        cs.close(); cs = null;
        // the browser's own header and footer, written on every page once the page count is known
        String url = "about:reader?url=https%3A%2F%2Flearning.nspcc.org.uk%2Fcase-reviews%2Frecently-published-case-reviews";
        for (int i = 0; i < ps.size(); i++) {
            try (PDPageContentStream h = new PDPageContentStream(doc, ps.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                h.setNonStrokingColor(0f, 0f, 0f);
                text(h, REG, 8.5f, 36, ph - 24, title + " | NSPCC Learning");
                String date = "07/01/2026, 09:41";
                text(h, REG, 8.5f, pw - 36 - w(REG, 8.5f, date), ph - 24, date);
                text(h, REG, 8.5f, 36, 20, url);
                String n = (i + 1) + " of " + ps.size();
                text(h, REG, 8.5f, pw - 36 - w(REG, 8.5f, n), 20, n);
            }
        }
    }

    static float readerPage(List<PDPage> ps, float top) throws Exception {
        cs.close();
        page = new PDPage(PDRectangle.A4); doc.addPage(page); ps.add(page); cs = new PDPageContentStream(doc, page);
        cs.setNonStrokingColor(0.08f, 0.08f, 0.08f);
        return top;
    }
}
