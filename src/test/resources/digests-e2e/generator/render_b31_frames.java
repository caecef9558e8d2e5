// Batch b31 input B (invented material, test fixtures only): an InDesign-like newsletter drawn with PDFBox 3. A masthead band,
// the digest title and intro across the page, an 'In this issue' sidebar frame on page 1, and ONE story threaded through
// text frames: two narrow columns beside the sidebar on page 1 (above a picture frame), then two wide columns on each later page. A paragraph (even
// a bullet point) breaks wherever a frame is full and continues at the top of the next frame. Usage: java -cp PDFBOX_CP
// render_b31_frames.java spec.txt out.pdf (spec: kind TAB text [TAB url] per line, written by render_b31_inputs.py).
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.*;

public class render_b31_frames {
    static final PDFont REG = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont ITAL = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    static PDDocument doc = new PDDocument();
    static PDPage page; static PDPageContentStream cs; static int pageNo = 0;
    static float[][] frames; static int frame; static float y;

    public static void main(String[] a) throws Exception {
        List<String[]> spec = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(a[0]))) if (!l.isEmpty()) spec.add(l.split("\t"));
        String heading = get(spec, "heading"), intro = get(spec, "intro"), mast = get(spec, "masthead");
        newPage(mast);
        text(BOLD, 20, 36, 842 - 80, heading, 0.11f, 0.24f, 0.43f);
        float iy = 842 - 100;
        for (String l : wrap(intro, REG, 10, 523)) { text(REG, 10, 36, iy, l, 0, 0, 0); iy -= 13; }
        float top = iy - 10;
        // sidebar frame (tinted), not part of the story
        cs.setNonStrokingColor(0.93f, 0.95f, 0.98f); cs.addRect(36, 60, 140, top - 60); cs.fill();
        float sy = top - 18; text(BOLD, 11, 44, sy, "In this issue", 0.11f, 0.24f, 0.43f); sy -= 16; int n = 1;
        for (String[] r : spec) if (r[0].equals("issue")) {
            List<String> ls = wrap(n++ + ". " + r[1], REG, 8.5f, 124);
            for (String l : ls) { text(REG, 8.5f, 44, sy, l, 0, 0, 0); sy -= 11; } sy -= 4;
        }
        // page 1's column frames stop above a picture frame (a grey placeholder, no text) across the foot of the main area
        frames = new float[][]{{190, top, 176, 330}, {383, top, 176, 330}};
        frame = 0; y = top; rule(374.5f, top, 330);
        cs.setNonStrokingColor(0.85f, 0.85f, 0.85f); cs.addRect(190, 70, 369, 245); cs.fill();
        for (String[] r : spec) {
            switch (r[0]) {
                case "title" -> para(r[1], BOLD, 11, 0, 9, 14, null, new float[]{0.11f, 0.24f, 0.43f}, mast);
                case "body" -> para(r[1], REG, 9.5f, 0, 3, 12f, null, null, mast);
                case "label" -> para(r[1], BOLD, 9, 0, 4, 11.5f, null, null, mast);
                case "bullet" -> para(r[1], REG, 9.5f, 9, 1, 12f, null, null, mast);
                case "link" -> para(r[1], ITAL, 9, 0, 4, 11.5f, r[2], new float[]{0.0f, 0.3f, 0.6f}, mast);
                default -> { }
            }
        }
        cs.close(); doc.save(a[1]); doc.close();
    }

    static String get(List<String[]> s, String k) { for (String[] r : s) if (r[0].equals(k)) return r[1]; return ""; }

    static void para(String t, PDFont f, float size, float indent, float before, float lead, String url, float[] rgb, String mast) throws Exception {
        float w = frames[frame][2] - indent;
        List<String> ls = wrap(t, f, size, w);
        y -= before;
        for (int i = 0; i < ls.size(); i++) {
            if (y - lead < frames[frame][3]) nextFrame(mast);
            y -= lead;
            float x = frames[frame][0];
            if (indent > 0 && i == 0) text(REG, size, x + 1, y, "\u2022", 0, 0, 0);
            float[] c = rgb == null ? new float[]{0, 0, 0} : rgb;
            text(f, size, x + indent, y, ls.get(i), c[0], c[1], c[2]);
            if (url != null) link(x + indent, y, f.getStringWidth(ls.get(i)) / 1000 * size, size, url);
        }
    }

    static void nextFrame(String mast) throws Exception {
        frame++;
        if (frame >= frames.length) {
            newPage(mast);
            frames = new float[][]{{36, 842 - 70, 253, 60}, {306, 842 - 70, 253, 60}};
            frame = 0; rule(297.5f, 842 - 70, 60);
        }
        y = frames[frame][1];
    }

    static void newPage(String mast) throws Exception {
        if (cs != null) cs.close();
        page = new PDPage(PDRectangle.A4); doc.addPage(page); pageNo++;
        cs = new PDPageContentStream(doc, page);
        cs.setNonStrokingColor(0.11f, 0.24f, 0.43f); cs.addRect(0, 842 - 50, 595, 50); cs.fill();
        text(BOLD, 9, 36, 842 - 30, mast, 1, 1, 1);
        text(REG, 8, 280, 36, "Page " + pageNo, 0.3f, 0.3f, 0.3f);
    }

    static void rule(float x, float top, float bottom) throws Exception {
        cs.setStrokingColor(0.7f, 0.7f, 0.7f); cs.setLineWidth(0.5f); cs.moveTo(x, top); cs.lineTo(x, bottom); cs.stroke();
    }

    static void text(PDFont f, float size, float x, float yy, String s, float r, float g, float b) throws Exception {
        cs.beginText(); cs.setFont(f, size); cs.setNonStrokingColor(r, g, b); cs.newLineAtOffset(x, yy); cs.showText(s); cs.endText();
    }

    static void link(float x, float yy, float w, float size, String url) throws Exception {
        PDAnnotationLink l = new PDAnnotationLink();
        l.setRectangle(new PDRectangle(x, yy - 2, w, size + 2));
        PDActionURI act = new PDActionURI(); act.setURI(url); l.setAction(act);
        PDBorderStyleDictionary bs = new PDBorderStyleDictionary(); bs.setWidth(0); l.setBorderStyle(bs);
        page.getAnnotations().add(l);
    }

    static List<String> wrap(String t, PDFont f, float size, float w) throws Exception {
        List<String> out = new ArrayList<>(); String cur = "";
        for (String word : t.split(" ")) {
            String c = cur.isEmpty() ? word : cur + " " + word;
            if (f.getStringWidth(c) / 1000 * size > w && !cur.isEmpty()) { out.add(cur); cur = word; } else cur = c;
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }
}
