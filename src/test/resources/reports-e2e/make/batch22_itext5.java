// batch22 Y7: a report written with iText 5 (spec.tsv: C cover line, H heading, P paragraph, B bullet, R recommendation).
// Two passes: the first finds each heading's page (generic tags), the second fills the typed contents page with dot leaders.
// Test-fixture tooling only; everything it prints is invented.
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import com.itextpdf.text.pdf.draw.DottedLineSeparator;
import java.io.*;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

public class Itext5Report {
    static Map<String, Integer> pages = new LinkedHashMap<>();

    public static void main(String[] a) throws Exception {
        java.util.List<String[]> spec = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(a[0]))) spec.add(l.split("\t", -1));
        write(spec, new ByteArrayOutputStream());
        write(spec, new FileOutputStream(a[1]));
    }

    static void write(java.util.List<String[]> spec, OutputStream out) throws Exception {
        Document doc = new Document(PageSize.A4, 72, 72, 72, 72);
        PdfWriter w = PdfWriter.getInstance(doc, out);
        Map<String, Integer> found = new LinkedHashMap<>();
        w.setPageEvent(new PdfPageEventHelper() {
            public void onGenericTag(PdfWriter wr, Document d, Rectangle r, String tag) { found.putIfAbsent(tag, wr.getPageNumber()); }
            public void onEndPage(PdfWriter wr, Document d) {
                if (wr.getPageNumber() == 1) return;
                ColumnText.showTextAligned(wr.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(wr.getPageNumber()), new Font(Font.FontFamily.TIMES_ROMAN, 9)), 297.5f, 40, 0);
            }
        });
        doc.addTitle("Ottermouth Learning Review Child L");
        doc.open();
        Font body = new Font(Font.FontFamily.TIMES_ROMAN, 11), bold = new Font(Font.FontFamily.TIMES_ROMAN, 11, Font.BOLD);
        Font big = new Font(Font.FontFamily.TIMES_ROMAN, 22, Font.BOLD), mid = new Font(Font.FontFamily.TIMES_ROMAN, 14);
        Font it = new Font(Font.FontFamily.TIMES_ROMAN, 10, Font.ITALIC);
        boolean coverDone = false; int r = 0; List list = null;
        for (String[] s : spec) {
            if (!s[0].equals("B") && !s[0].equals("R") && list != null) { doc.add(list); list = null; }
            switch (s[0]) {
                case "C": { Font f = s.length > 2 ? (s[2].equals("big") ? big : s[2].equals("it") ? it : mid) : mid;
                    Paragraph p = new Paragraph(s[1], f); p.setAlignment(Element.ALIGN_CENTER); p.setSpacingBefore(s[1].isEmpty() ? 90 : 14);
                    doc.add(p); break; }
                case "H": {
                    if (!coverDone) { coverDone = true; doc.newPage(); toc(doc, spec, bold, body); doc.newPage(); }
                    Chunk c = new Chunk(s[1], bold); c.setGenericTag(s[1]);
                    Paragraph p = new Paragraph(c); p.setSpacingBefore(12); p.setSpacingAfter(4); p.setKeepTogether(true);
                    doc.add(p); break; }
                case "P": { Paragraph p = new Paragraph(s[1], body); p.setAlignment(Element.ALIGN_JUSTIFIED); p.setSpacingAfter(6);
                    p.setLeading(15); doc.add(p); break; }
                case "B": if (list == null) { list = new List(List.UNORDERED, 14); list.setListSymbol(new Chunk("\u2022 ", body)); }
                    list.add(new ListItem(15, s[1], body)); break;
                case "R": if (list == null) { list = new List(List.UNORDERED, 28); r = 0; }
                    ListItem li = new ListItem(15, s[1], body); li.setListSymbol(new Chunk("R" + (++r), bold)); li.setSpacingAfter(4);
                    list.add(li); break;
            }
        }
        if (list != null) doc.add(list);
        doc.close();
        pages = found;
    }

    static void toc(Document doc, java.util.List<String[]> spec, Font bold, Font body) throws DocumentException {
        Paragraph h = new Paragraph("CONTENTS", bold); h.setSpacingAfter(12); doc.add(h);
        for (String[] s : spec) {
            if (!s[0].equals("H")) continue;
            String t = s[1].substring(0, 1) + s[1].substring(1).toLowerCase();
            t = t.replace("section", "Section").replace(" - ", " - ");
            Paragraph p = new Paragraph(t, body);
            p.add(new Chunk(new DottedLineSeparator()));
            p.add(new Chunk(String.valueOf(pages.getOrDefault(s[1], 0)), body));
            p.setSpacingAfter(6); doc.add(p);
        }
    }
}
