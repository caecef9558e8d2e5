// Draws batch b27's form-like digest with PDFBox 3 (invented material, test fixtures only): each review is a block of rows,
// a grey label in a narrow left column and its content on the right, a rule between reviews. Spec lines (tab-separated):
// H text (heading) | I text (intro) | F label text [url] (a row; url makes the text a link) | B text (a bullet line in the
// current row) | R (rule) | N text (footer note). Run: java -cp PDFBOX FormDigest.java SPEC OUT.pdf
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.*;

public class FormDigest {
    static final PDFont REG = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float LEFT = 50, LABEL_W = 100, CONTENT_X = LEFT + LABEL_W + 12, RIGHT = 545, SIZE = 9.5f, LEAD = 12.5f;
    PDDocument doc = new PDDocument(); PDPage page; PDPageContentStream cs; float y; int pageNo; String foot = "";

    public static void main(String[] a) throws Exception { new FormDigest().run(Files.readAllLines(Path.of(a[0])), a[1]); }

    void run(List<String> spec, String out) throws Exception {
        newPage();
        for (String line : spec) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "N" -> foot = f[1];
                case "H" -> { for (String l : wrap(f[1], BOLD, 17, RIGHT - LEFT)) { text(BOLD, 17, LEFT, y, l); y -= 21; } y -= 4; }
                case "I" -> { for (String l : wrap(f[1], REG, 10, RIGHT - LEFT)) { text(REG, 10, LEFT, y, l); y -= 13; } y -= 10; }
                case "R" -> { need(20); cs.setLineWidth(0.6f); cs.setStrokingColor(0.6f, 0.6f, 0.6f); cs.moveTo(LEFT, y + 6); cs.lineTo(RIGHT, y + 6); cs.stroke(); y -= 10; }
                case "F" -> row(f[1], f[2], f.length > 3 ? f[3] : "", f[1].equals("Review"));
                case "B" -> bullet(f[1]);
                default -> throw new IllegalArgumentException(line);
            }
        }
        finishPage(); doc.save(out); doc.close();
    }

    void row(String label, String content, String url, boolean bold) throws Exception {
        List<String> lines = wrap(content, bold ? BOLD : REG, bold ? 11 : SIZE, RIGHT - CONTENT_X);
        need(LEAD * Math.min(lines.size(), 3) + 4);
        cs.setNonStrokingColor(0.35f, 0.35f, 0.35f); text(BOLD, 8.5f, LEFT, y, label.toUpperCase()); cs.setNonStrokingColor(0f, 0f, 0f);
        for (String l : lines) {
            need(LEAD);
            text(bold ? BOLD : REG, bold ? 11 : SIZE, CONTENT_X, y, l);
            if (!url.isEmpty()) link(url, CONTENT_X, y, REG.getStringWidth(l) / 1000 * SIZE);
            y -= bold ? 14 : LEAD;
        }
        y -= 5;
    }

    void bullet(String item) throws Exception {
        y += 5;
        List<String> lines = wrap(item, REG, SIZE, RIGHT - CONTENT_X - 12);
        for (int i = 0; i < lines.size(); i++) {
            need(LEAD);
            if (i == 0) text(REG, SIZE, CONTENT_X, y, "\u2022");
            text(REG, SIZE, CONTENT_X + 12, y, lines.get(i)); y -= LEAD;
        }
        y -= 5;
    }

    void link(String url, float x, float base, float w) throws Exception {
        PDAnnotationLink l = new PDAnnotationLink();
        l.setRectangle(new PDRectangle(x, base - 2, w, SIZE + 3));
        PDActionURI act = new PDActionURI(); act.setURI(url); l.setAction(act);
        PDBorderStyleDictionary b = new PDBorderStyleDictionary(); b.setWidth(0); l.setBorderStyle(b);
        page.getAnnotations().add(l);
    }

    void text(PDFont font, float size, float x, float yy, String s) throws Exception {
        cs.beginText(); cs.setFont(font, size); cs.newLineAtOffset(x, yy); cs.showText(s); cs.endText();
    }

    List<String> wrap(String s, PDFont font, float size, float width) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder cur = new StringBuilder();
        for (String w : s.split(" ")) {
            String t = cur.length() == 0 ? w : cur + " " + w;
            if (font.getStringWidth(t) / 1000 * size > width && cur.length() > 0) { out.add(cur.toString()); cur = new StringBuilder(w); }
            else cur = new StringBuilder(t);
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out;
    }

    void need(float h) throws Exception { if (y - h < 60) { finishPage(); newPage(); } }

    void newPage() throws Exception {
        page = new PDPage(PDRectangle.A4); doc.addPage(page); cs = new PDPageContentStream(doc, page); y = 790; pageNo++;
    }

    void finishPage() throws Exception {
        cs.setNonStrokingColor(0.4f, 0.4f, 0.4f);
        text(REG, 7.5f, LEFT, 36, foot); text(REG, 7.5f, RIGHT - 30, 36, "Page " + pageNo);
        cs.close();
    }
}
