// Batch b43 input E (invented material, test fixtures only), written with OpenPDF 1.3.43 (the iText 4 fork), untagged,
// base-14 Helvetica (not embedded). Usage: java -cp OPENPDF_CP render_b43_openpdf.java questions spec.txt out.pdf (spec as
// in render_b43_pages.java). A bulletin: a coloured title bar (a one-cell PdfPTable) with the heading in white, the intro,
// then one Chapter per review (bookmarked, number depth 0, so each review starts a new page, as OpenPDF does for chapters);
// labels written as questions in bold italic; items in '–' lists; the 'Read ...' link an Anchor; a running footer
// 'Learning from case reviews – February 2026 – page N'.
import java.awt.Color;
import java.io.FileOutputStream;
import java.nio.file.*;
import java.util.ArrayList;
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;

public class render_b43_openpdf {
    public static void main(String[] a) throws Exception {
        java.util.List<String[]> spec = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(a[1]))) if (!l.isEmpty()) spec.add(l.split("\t"));
        String heading = find(spec, "heading"), intro = find(spec, "intro");
        Document doc = new Document(PageSize.A4, 56, 56, 56, 60);
        PdfWriter.getInstance(doc, new FileOutputStream(a[2]));
        doc.addTitle(heading); doc.addSubject("Invented digest for testing");
        HeaderFooter foot = new HeaderFooter(new Phrase(heading + " – page ", FontFactory.getFont(FontFactory.HELVETICA, 8, Color.GRAY)), true);
        foot.setBorder(Rectangle.NO_BORDER); foot.setAlignment(Element.ALIGN_RIGHT);
        doc.setFooter(foot);
        doc.open();
        Color teal = new Color(0x0b, 0x55, 0x63);
        Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Color.WHITE);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, teal);
        Font question = FontFactory.getFont(FontFactory.HELVETICA_BOLDOBLIQUE, 10.5f, teal);
        Font linkFont = FontFactory.getFont(FontFactory.HELVETICA, 10.5f, Font.UNDERLINE, new Color(0x05, 0x45, 0xbf));
        PdfPTable bar = new PdfPTable(1); bar.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell(new Phrase(heading, h1));
        cell.setBackgroundColor(teal); cell.setBorder(Rectangle.NO_BORDER); cell.setPadding(10); cell.setPaddingBottom(13);
        bar.addCell(cell);
        doc.add(bar);
        Paragraph ip = new Paragraph(intro, body); ip.setSpacingBefore(10); ip.setSpacingAfter(6);
        doc.add(ip);
        Chapter ch = null; com.lowagie.text.List list = null; int n = 0;
        for (String[] l : spec) {
            String text = l.length > 1 ? l[1] : "";
            switch (l[0]) {
                case "title" -> {
                    if (ch != null) doc.add(ch);
                    Paragraph t = new Paragraph(text, title); t.setSpacingBefore(8); t.setSpacingAfter(4);
                    ch = new Chapter(t, ++n); ch.setNumberDepth(0); ch.setTriggerNewPage(n > 1);
                }
                case "summary", "norec" -> { Paragraph p = new Paragraph(text, body); p.setSpacingAfter(6); p.setLeading(14); ch.add(p); }
                case "label" -> {
                    Paragraph q = new Paragraph(text, question); q.setSpacingBefore(2); q.setSpacingAfter(2); ch.add(q);
                    list = new com.lowagie.text.List(false, 14); list.setListSymbol(new Chunk("–  ", body)); list.setIndentationLeft(8);
                    ch.add(list);
                }
                case "item" -> list.add(new ListItem(new Phrase(text, body)));
                case "link" -> {
                    Anchor an = new Anchor(text, linkFont); an.setReference(l[2]);
                    Paragraph p = new Paragraph(); p.add(an); p.setSpacingBefore(8); ch.add(p);
                }
                case "foot" -> {
                    if (ch != null) { Paragraph f = new Paragraph(text, FontFactory.getFont(FontFactory.HELVETICA, 8, Color.GRAY)); f.setSpacingBefore(24); ch.add(f); doc.add(ch); ch = null; }
                }
                default -> { }
            }
        }
        if (ch != null) doc.add(ch);
        doc.close();
    }

    static String find(java.util.List<String[]> spec, String kind) {
        for (String[] l : spec) if (l[0].equals(kind)) return l.length > 1 ? l[1] : "";
        return "";
    }
}
