// Batch 20, Bro Morlais: a tagged PDF from iText 8 (kernel + layout). Test-fixture tooling only; every name in the
// report is invented. Run by batch20_render.v3_itext: java -cp ITEXT_JARS ItextReport.java spec.tsv out.pdf
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.events.Event;
import com.itextpdf.kernel.events.IEventHandler;
import com.itextpdf.kernel.events.PdfDocumentEvent;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.*;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.*;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import java.nio.file.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

public class ItextReport {
    public static void main(String[] args) throws Exception {
        java.util.List<String[]> spec = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(args[0]))) if (!l.isEmpty()) spec.add(l.split("\t", -1));
        Map<String, String> cover = new HashMap<>();
        for (String[] s : spec) if (s[0].equals("cover")) cover.put(s[1], s[2]);
        PdfDocument pdf = new PdfDocument(new PdfWriter(args[1]));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString("en-GB"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.getDocumentInfo().setTitle(cover.get("title"));
        pdf.getDocumentInfo().setAuthor(cover.get("partnership"));
        PdfFont reg = PdfFontFactory.createFont(StandardFonts.HELVETICA);
        PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
        DeviceRgb teal = new DeviceRgb(0, 94, 110);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new IEventHandler() {
            public void handleEvent(Event e) {
                PdfPage page = ((PdfDocumentEvent) e).getPage();
                int n = pdf.getPageNumber(page);
                if (n == 1) return;
                PdfCanvas c = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
                c.openTag(new CanvasArtifact());
                c.beginText().setFontAndSize(reg, 9).moveText(60, 800).showText("Extended Child Practice Review - Child A").endText();
                c.setLineWidth(0.5f).moveTo(60, 794).lineTo(535, 794).stroke();
                c.beginText().setFontAndSize(reg, 9).moveText(280, 40).showText("Page " + n).endText();
                c.closeTag();
                c.release();
            }
        });
        Document doc = new Document(pdf, PageSize.A4);
        doc.setMargins(80, 60, 70, 60);
        // cover
        doc.add(new Paragraph(cover.get("partnership")).setFont(bold).setFontSize(13).setFontColor(teal).setMarginTop(60));
        doc.add(new Paragraph(cover.get("welsh")).setFont(reg).setFontSize(13).setFontColor(teal));
        Paragraph t = new Paragraph(cover.get("title")).setFont(bold).setFontSize(26).setMarginTop(120);
        t.getAccessibilityProperties().setRole(StandardRoles.H);
        doc.add(t);
        doc.add(new Paragraph(cover.get("ref")).setFont(reg).setFontSize(12).setMarginTop(30));
        doc.add(new Paragraph(cover.get("date")).setFont(reg).setFontSize(12));
        doc.add(new Paragraph(cover.get("invented")).setFont(reg).setFontSize(9).setMarginTop(200));
        doc.add(new AreaBreak());
        PdfOutline root = pdf.getOutlines(false);
        com.itextpdf.layout.element.List list = null;
        Table table = null;
        int h = 0, r = 0;
        for (String[] s : spec) {
            if (!s[0].equals("item")) {
                if (list != null) { doc.add(list); list = null; }
                if (table != null) { doc.add(table); table = null; }
            }
            switch (s[0]) {
                case "h1" -> {
                    String dest = "h" + (++h);
                    Paragraph p = new Paragraph(s[1]).setFont(bold).setFontSize(14).setFontColor(teal).setMarginTop(16)
                        .setBorderBottom(new SolidBorder(teal, 0.6f)).setKeepWithNext(true);
                    p.setDestination(dest);
                    p.getAccessibilityProperties().setRole(StandardRoles.H1);
                    doc.add(p);
                    root.addOutline(s[1]).addAction(PdfAction.createGoTo(dest));
                }
                case "p" -> doc.add(new Paragraph(s[1]).setFont(reg).setFontSize(10.5f).setMultipliedLeading(1.3f)
                    .setTextAlignment(TextAlignment.JUSTIFIED));
                case "item" -> {
                    if (s[2].equals("table")) {
                        if (table == null) {
                            table = new Table(UnitValue.createPercentArray(new float[] {8, 66, 26})).useAllAvailableWidth();
                            for (String head : new String[] {"No.", "Recommendation", "Lead agency"})
                                table.addHeaderCell(new Cell().add(new Paragraph(head).setFont(bold).setFontSize(10)
                                    .setFontColor(DeviceRgb.WHITE)).setBackgroundColor(teal));
                        }
                        String[] leads = {"Regional Safeguarding Board", "Local authority", "Police and education", "All agencies", "Regional Safeguarding Board"};
                        table.addCell(new Cell().add(new Paragraph(String.valueOf(r + 1)).setFont(reg).setFontSize(10)));
                        table.addCell(new Cell().add(new Paragraph(s[3]).setFont(reg).setFontSize(10)));
                        table.addCell(new Cell().add(new Paragraph(leads[r++]).setFont(reg).setFontSize(10)));
                    } else {
                        if (list == null) list = new com.itextpdf.layout.element.List().setListSymbol("\u2022  ").setSymbolIndent(12)
                            .setFont(reg).setFontSize(10.5f).setMarginLeft(14);
                        list.add((ListItem) new ListItem(s[3]).setMarginBottom(5));
                    }
                }
                default -> { }
            }
        }
        if (list != null) doc.add(list);
        if (table != null) doc.add(table);
        doc.close();
    }
}
