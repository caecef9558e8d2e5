// Writes batch b24's DOCX with Apache POI 5 (XWPF) from a tab-separated spec (render_b24_inputs.poi_spec): no styles at all,
// every paragraph Normal with direct run formatting. Invented material, test fixtures only.
// Spec lines: H heading, P paragraph, T/R summary table header/row, B page break, E review title, L label, I item, A url text, F footer.
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

public class PoiDigest {
    public static void main(String[] args) throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFTable table = null;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "H" -> run(doc.createParagraph(), f[1], true, 20, "1F3864");
                case "P" -> run(doc.createParagraph(), f[1], false, 11, null);
                case "E" -> { XWPFParagraph p = doc.createParagraph(); p.setSpacingBefore(360); run(p, f[1], true, 13, "1F3864"); }
                case "L" -> { XWPFParagraph p = doc.createParagraph(); p.setSpacingBefore(120); run(p, f[1], true, 11, null); }
                case "I" -> { XWPFParagraph p = doc.createParagraph(); p.setIndentationLeft(360); p.setIndentationHanging(360); run(p, "\u2013\t" + f[1], false, 11, null); }
                case "A" -> {
                    XWPFParagraph p = doc.createParagraph();
                    XWPFHyperlinkRun r = p.createHyperlinkRun(f[1]);
                    r.setText(f[2]); r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE); r.setColor("0563C1");
                }
                case "T" -> {
                    table = doc.createTable(1, f.length - 1);
                    for (int i = 1; i < f.length; i++) run(table.getRow(0).getCell(i - 1).getParagraphs().get(0), f[i], true, 10, null);
                }
                case "R" -> {
                    XWPFTableRow row = table.createRow();
                    for (int i = 1; i < f.length; i++) run(row.getCell(i - 1).getParagraphs().get(0), f[i], false, 10, null);
                }
                case "B" -> doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                case "F" -> { XWPFParagraph p = doc.createParagraph(); p.setSpacingBefore(480); XWPFRun r = run(p, f[1], false, 9, "595959"); r.setItalic(true); }
                default -> throw new IllegalArgumentException(line);
            }
        }
        try (FileOutputStream out = new FileOutputStream(args[1])) { doc.write(out); }
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size, String color) {
        XWPFRun r = p.createRun();
        r.setText(text); r.setBold(bold); r.setFontSize(size); r.setFontFamily("Calibri");
        if (color != null) r.setColor(color);
        return r;
    }
}
