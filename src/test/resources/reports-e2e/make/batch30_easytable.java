// Batch 30 Quarrendon report: the body one easytable 1.0 table on PDFBox 3 (headings, paragraphs, lists and tables as rows
// of four columns with spans), the cover and footers drawn with PDFBox (test-fixture tooling only).
// java -cp easytable-1.0.2.jar:pdfbox-3.0.2.jar:fontbox-3.0.2.jar:pdfbox-io-3.0.2.jar:commons-logging.jar batch30_easytable.java in.tsv out.pdf
// in.tsv kinds: CV (a: text, b: size), H, H2, P, OL (a: number, b: text), UL, TH2/TR2, TH3/TR3, GL, FOOT
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.vandeseer.easytable.TableDrawer;
import org.vandeseer.easytable.structure.Row;
import org.vandeseer.easytable.structure.Table;
import org.vandeseer.easytable.structure.cell.AbstractCell;
import org.vandeseer.easytable.structure.cell.TextCell;

public class batch30_easytable {
    static final PDType1Font REG = new PDType1Font(FontName.HELVETICA), BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
    static final Color GREY = new Color(0xe4, 0xe4, 0xe4), TEAL = new Color(0x0d, 0x5c, 0x63);

    static TextCell.TextCellBuilder cell(String text, int span) {
        return TextCell.builder().text(text).colSpan(span).font(REG).fontSize(10).padding(3f);
    }

    static void add(Table.TableBuilder t, AbstractCell... cells) {
        Row.RowBuilder r = Row.builder();
        for (AbstractCell c : cells) {
            r.add(c);
        }
        t.addRow(r.build());
    }

    public static void main(String[] a) throws Exception {
        PDDocument doc = new PDDocument();
        PDPage cover = new PDPage(PDRectangle.A4);
        doc.addPage(cover);
        Table.TableBuilder t = Table.builder().addColumnsOfWidth(30, 170, 148, 135).font(REG).fontSize(10);
        String foot = "";
        float y = 700;
        boolean three = false;
        try (PDPageContentStream cs = new PDPageContentStream(doc, cover)) {
            for (String line : Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8)) {
                String[] f = (line + "\t\t\t\t").split("\t", -1);
                switch (f[0]) {
                    case "CV" -> {
                        float size = Float.parseFloat(f[2]);
                        cs.beginText();
                        cs.setFont(size > 16 ? BOLD : REG, size);
                        cs.newLineAtOffset(56, y);
                        cs.showText(f[1]);
                        cs.endText();
                        y -= size * 2.2f;
                    }
                    case "FOOT" -> foot = f[1];
                    case "H" -> {
                        add(t, cell("", 4).padding(2f).build());
                        add(t, cell(f[1], 4).font(BOLD).fontSize(13).textColor(TEAL).backgroundColor(GREY).padding(5f).build());
                        add(t, cell("", 4).padding(1f).build());
                    }
                    case "H2" -> add(t, cell(f[1], 4).font(BOLD).fontSize(11).build());
                    case "P" -> add(t, cell(f[1], 4).lineSpacing(1.3f).paddingBottom(6f).build());
                    case "OL" -> add(t, cell(f[1], 1).build(), cell(f[2], 3).lineSpacing(1.3f).paddingBottom(5f).build());
                    case "UL" -> add(t, cell("-", 1).build(), cell(f[1], 3).lineSpacing(1.3f).paddingBottom(5f).build());
                    case "GL" -> add(t, cell(f[1], 2).font(BOLD).build(), cell(f[2], 2).build());
                    case "TH2", "TR2" -> {
                        boolean h = f[0].equals("TH2");
                        add(t, cell(f[1], 2).font(h ? BOLD : REG).borderWidth(0.5f).backgroundColor(h ? GREY : Color.WHITE).build(),
                            cell(f[2], 2).font(h ? BOLD : REG).borderWidth(0.5f).backgroundColor(h ? GREY : Color.WHITE).build());
                    }
                    case "TH3", "TR3" -> {
                        boolean h = f[0].equals("TH3");
                        add(t, cell(f[1], 1).font(h ? BOLD : REG).borderWidth(0.5f).backgroundColor(h ? GREY : Color.WHITE).build(),
                            cell(f[2], 2).font(h ? BOLD : REG).borderWidth(0.5f).backgroundColor(h ? GREY : Color.WHITE).build(),
                            cell(f[3], 1).font(h ? BOLD : REG).borderWidth(0.5f).backgroundColor(h ? GREY : Color.WHITE).build());
                    }
                    default -> { }
                }
            }
        }
        TableDrawer.builder().table(t.build()).startX(56).startY(780).endY(70).startTableInNewPage(true).build()
            .draw(() -> doc, () -> new PDPage(PDRectangle.A4), 62f);
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                cs.beginText();
                cs.setFont(REG, 8.5f);
                cs.newLineAtOffset(56, 40);
                cs.showText(foot + " | page " + (i + 1));
                cs.endText();
            }
        }
        doc.save(a[1]);
        doc.close();
    }
}
