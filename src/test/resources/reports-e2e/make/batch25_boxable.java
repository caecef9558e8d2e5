// Batch 25 Penbury report: the whole document built of boxable tables on PDFBox 2 (test-fixture tooling only).
// java -cp boxable-1.7.0.jar:pdfbox-2.0.26.jar:fontbox-2.0.26.jar:commons-logging.jar:... batch25_boxable.java in.tsv out.pdf
// in.tsv lines: COVER<TAB>text<TAB>size, H<TAB>heading, P<TAB>text, LP<TAB>label<TAB>text, REC<TAB>no<TAB>text<TAB>agency<TAB>timescale,
// GP<TAB>text, FOOT<TAB>text
import be.quodlibet.boxable.BaseTable;
import be.quodlibet.boxable.Cell;
import be.quodlibet.boxable.HorizontalAlignment;
import be.quodlibet.boxable.Row;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

public class batch25_boxable {
    static final float MARGIN = 56, TOP = 780, BOTTOM = 70;
    static final Color NAVY = new Color(0x1f, 0x3a, 0x5f), PALE = new Color(0xdd, 0xe6, 0xf0);
    PDDocument doc = new PDDocument();
    PDPage page;
    float y;
    BaseTable body;

    public static void main(String[] a) throws Exception {
        new batch25_boxable().build(Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8), a[1]);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    void newPage() {
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        y = TOP;
    }

    BaseTable table(boolean lines) throws Exception {
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        return new BaseTable(y, TOP, BOTTOM, width, MARGIN, doc, page, lines, true);
    }

    void finish(BaseTable t) throws Exception {
        y = t.draw() - 10;
        page = t.getCurrentPage();
    }

    void build(List<String> lines, String out) throws Exception {
        newPage();
        String foot = "";
        BaseTable cover = table(false);
        List<String[]> lp = new ArrayList<>(), rec = new ArrayList<>(), gp = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "COVER" -> {
                    Row<PDPage> r = cover.createRow(Float.parseFloat(f[2]) * 2.2f);
                    Cell<PDPage> c = r.createCell(100, esc(f[1]), HorizontalAlignment.CENTER, be.quodlibet.boxable.VerticalAlignment.MIDDLE);
                    c.setFontSize(Float.parseFloat(f[2]));
                    c.setFont(Float.parseFloat(f[2]) > 16 ? PDType1Font.HELVETICA_BOLD : PDType1Font.HELVETICA);
                    c.setTopPadding(14);
                }
                case "FOOT" -> foot = f[1];
                case "H" -> {
                    if (body == null) {
                        finish(cover);
                    } else {
                        flush(lp, rec, gp);
                    }
                    newPage();
                    body = table(false);
                    Row<PDPage> r = body.createRow(24);
                    Cell<PDPage> c = r.createCell(100, esc(f[1]));
                    c.setFont(PDType1Font.HELVETICA_BOLD);
                    c.setFontSize(15);
                    c.setFillColor(PALE);  // boxable leaves a borderless table's fill undrawn; the text is navy
                    c.setTextColor(NAVY);
                    c.setTopPadding(6);
                    c.setBottomPadding(6);
                    body.createRow(8).createCell(100, "");
                }
                case "P" -> {
                    flushItems(lp, rec, gp);
                    Cell<PDPage> c = body.createRow(12).createCell(100, esc(f[1]));
                    c.setFont(PDType1Font.HELVETICA);
                    c.setFontSize(10.5f);
                    c.setBottomPadding(8);
                }
                case "LP" -> lp.add(f);
                case "REC" -> rec.add(f);
                case "GP" -> gp.add(f);
                default -> throw new IllegalArgumentException(f[0]);
            }
        }
        flush(lp, rec, gp);
        int n = doc.getNumberOfPages();
        for (int i = 1; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginText();
                cs.setFont(PDType1Font.HELVETICA, 8.5f);
                cs.newLineAtOffset(MARGIN, 36);
                cs.showText(foot + " - Page " + (i + 1));
                cs.endText();
            }
        }
        doc.save(out);
        doc.close();
    }

    void flush(List<String[]> lp, List<String[]> rec, List<String[]> gp) throws Exception {
        flushItems(lp, rec, gp);
        finish(body);
    }

    /** Items are drawn as their own bordered table after the paragraphs before them. */
    void flushItems(List<String[]> lp, List<String[]> rec, List<String[]> gp) throws Exception {
        if (lp.isEmpty() && rec.isEmpty() && gp.isEmpty()) {
            return;
        }
        y = body.draw() - 6;
        page = body.getCurrentPage();
        BaseTable t = table(!gp.isEmpty() ? false : true);
        if (!lp.isEmpty()) {
            Row<PDPage> h = t.createRow(16);
            header(h.createCell(14, "Ref"));
            header(h.createCell(86, "Learning"));
            t.addHeaderRow(h);
            for (String[] f : lp) {
                Row<PDPage> r = t.createRow(14);
                Cell<PDPage> c = r.createCell(14, esc(f[1]));
                c.setFont(PDType1Font.HELVETICA_BOLD);
                c.setFontSize(10.5f);
                Cell<PDPage> d = r.createCell(86, esc(f[2]));
                d.setFont(PDType1Font.HELVETICA);
                d.setFontSize(10.5f);
            }
        } else if (!rec.isEmpty()) {
            Row<PDPage> h = t.createRow(16);
            header(h.createCell(8, "No."));
            header(h.createCell(56, "Recommendation"));
            header(h.createCell(20, "Lead agency"));
            header(h.createCell(16, "Timescale"));
            t.addHeaderRow(h);
            for (String[] f : rec) {
                Row<PDPage> r = t.createRow(14);
                float[] w = {8, 56, 20, 16};
                for (int i = 0; i < 4; i++) {
                    Cell<PDPage> c = r.createCell(w[i], esc(f[i + 1]));
                    c.setFont(PDType1Font.HELVETICA);
                    c.setFontSize(10);
                }
            }
        } else {
            StringBuilder ul = new StringBuilder("<ul>");
            for (String[] f : gp) {
                ul.append("<li>").append(esc(f[1])).append("</li>");
            }
            Cell<PDPage> c = t.createRow(14).createCell(100, ul.append("</ul>").toString());
            c.setFont(PDType1Font.HELVETICA);
            c.setFontSize(10.5f);
        }
        lp.clear();
        rec.clear();
        gp.clear();
        finish(t);
        body = table(false);  // the paragraphs after the items go on in a fresh borderless table
    }

    static void header(Cell<PDPage> c) {
        c.setFont(PDType1Font.HELVETICA_BOLD);
        c.setFontSize(10.5f);
        c.setFillColor(PALE);
    }
}
