// Batch 30 Brockhurst / Elmthorpe reports: a DOCX built with docx4j (styles, a numbering part, tables, a footer with a
// PAGE field), saved as .docx (then LibreOffice) or exported by docx4j-export-fo to PDF (test-fixture tooling only).
// java -cp <docx4j classpath> batch30_docx4j.java in.tsv out.docx|out.pdf numbered(true|false)
// in.tsv kinds: CV (a: text, b: size pt), BREAK, H, H2, P, OL (a: typed number, not used: Word numbers the list), UL, RL, LP/RN (a: label, b: text), TH2/TR2, TH3/TR3, GL, FOOT
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.Docx4J;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.SectPr;

public class batch30_docx4j {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final String COLOUR_H = System.getProperty("headColour", "1F5F3A");

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String run(String text, String rpr) {
        return "<w:r><w:rPr>" + rpr + "</w:rPr><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    static String para(String ppr, String runs) {
        if (ppr.contains("<w:spacing ") && !ppr.contains("w:line=")) {
            // an explicit line rule on every spaced paragraph (XDocReport overprints lines without one)
            ppr = ppr.replace("<w:spacing ", "<w:spacing w:line=\"264\" w:lineRule=\"auto\" ");
        }
        return "<w:p " + NS + "><w:pPr>" + ppr + "</w:pPr>" + runs + "</w:p>";
    }

    static String lvl(int i, String fmt, String text, int indent) {
        return "<w:lvl w:ilvl=\"" + i + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/><w:lvlText w:val=\"" + text
            + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" + indent + "\" w:hanging=\"" + indent + "\"/></w:pPr></w:lvl>";
    }

    static String numbering() {
        StringBuilder s = new StringBuilder("<w:numbering " + NS + ">");
        String[][] defs = {{"decimal", "%1."}, {"decimal", "%1."}, {"decimal", "R%1."}, {"bullet", "\u2022"}};
        for (int i = 0; i < defs.length; i++) {
            s.append("<w:abstractNum w:abstractNumId=\"").append(i).append("\"><w:multiLevelType w:val=\"singleLevel\"/>")
                .append(lvl(0, defs[i][0], defs[i][1], i == 0 ? 567 : 425)).append("</w:abstractNum>");
        }
        for (int i = 0; i < defs.length; i++) {
            s.append("<w:num w:numId=\"").append(i + 1).append("\"><w:abstractNumId w:val=\"").append(i).append("\"/></w:num>");
        }
        return s.append("</w:numbering>").toString();
    }

    static String cell(String text, int width, boolean head) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>" + (head ? "<w:shd w:val=\"clear\" w:fill=\"D9E2D0\"/>" : "")
            + "</w:tcPr><w:p><w:pPr><w:spacing w:after=\"40\"/></w:pPr>" + run(text, head ? "<w:b/>" : "") + "</w:p></w:tc>";
    }

    public static void main(String[] a) throws Exception {
        boolean numbered = Boolean.parseBoolean(a[2]);
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart mdp = pkg.getMainDocumentPart();
        NumberingDefinitionsPart ndp = new NumberingDefinitionsPart();
        ndp.setJaxbElement((Numbering) XmlUtils.unmarshalString(numbering()));
        mdp.addTargetPart(ndp);
        String base = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:sz w:val=\"22\"/>";
        StringBuilder table = null;
        int[] widths = null;
        String foot = "";
        for (String line : Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8)) {
            String[] f = (line + "\t\t\t").split("\t", -1);
            String k = f[0];
            if (table != null && !k.startsWith("TR")) {
                mdp.addObject(XmlUtils.unmarshalString(table.append("</w:tbl>").toString()));
                table = null;
            }
            String xml = switch (k) {
                case "CV" -> para("<w:jc w:val=\"left\"/><w:spacing w:before=\"240\" w:after=\"240\"/>",
                    run(f[1], base.replace("22", String.valueOf(2 * Integer.parseInt(f[2]))) + (Integer.parseInt(f[2]) > 20 ? "<w:b/>" : "")));
                case "BREAK" -> para("", "<w:r><w:br w:type=\"page\"/></w:r>");
                case "H" -> para("<w:pStyle w:val=\"Heading1\"/><w:keepNext/>" + (numbered && !f[1].startsWith("Appendix")
                        ? "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" : "") + "<w:spacing w:before=\"360\" w:after=\"120\"/>",
                    run(f[1], "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:b/><w:color w:val=\"" + COLOUR_H + "\"/><w:sz w:val=\"28\"/>"));
                case "H2" -> para("<w:pStyle w:val=\"Heading2\"/><w:keepNext/>", run(f[1], base + "<w:b/><w:i/>"));
                case "P" -> para("<w:spacing w:after=\"160\" w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/>", run(f[1], base));
                case "OL", "RL", "UL" -> para("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + ("OL".equals(k) ? 2 : "RL".equals(k) ? 3 : 4)
                    + "\"/></w:numPr><w:spacing w:after=\"120\"/>", run("OL".equals(k) ? f[2] : f[1], base));
                case "LP" -> para("<w:keepNext/><w:spacing w:after=\"40\"/>", run(f[1], base + "<w:b/>"))
                    + "\u0000" + para("<w:spacing w:after=\"160\"/>", run(f[2], base));
                case "RN" -> para("<w:spacing w:after=\"160\"/>", run(f[1] + " ", base + "<w:b/>") + run(f[2], base));
                case "GL" -> para("<w:spacing w:after=\"80\"/>", run(f[1] + ": ", base + "<w:b/>") + run(f[2], base));
                case "FOOT" -> {
                    foot = f[1];
                    yield null;
                }
                default -> null;
            };
            if (k.startsWith("TH")) {
                widths = k.equals("TH2") ? new int[] {1700, 7300} : new int[] {700, 4800, 3500};
                table = new StringBuilder("<w:tbl " + NS + "><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/><w:tblBorders>"
                    + "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/>"
                    + "<w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
                    + "</w:tblBorders></w:tblPr><w:tblGrid>");
                for (int w : widths) {
                    table.append("<w:gridCol w:w=\"").append(w).append("\"/>");
                }
                table.append("</w:tblGrid>");
            }
            if (k.startsWith("TH") || k.startsWith("TR")) {
                table.append("<w:tr>").append(k.startsWith("TH") ? "<w:trPr><w:tblHeader/></w:trPr>" : "");
                for (int i = 0; i < widths.length; i++) {
                    table.append(cell(f[i + 1], widths[i], k.startsWith("TH")));
                }
                table.append("</w:tr>");
            }
            if (xml != null) {
                for (String p : xml.split("\u0000")) {
                    mdp.addObject(XmlUtils.unmarshalString(p));
                }
            }
        }
        if (table != null) {
            mdp.addObject(XmlUtils.unmarshalString(table.append("</w:tbl>").toString()));
        }
        if (!foot.isEmpty()) {
            FooterPart fp = new FooterPart();
            fp.setJaxbElement((Ftr) XmlUtils.unmarshalString("<w:ftr " + NS + "><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + run(foot + " ", "<w:sz w:val=\"18\"/>") + "<w:fldSimple w:instr=\"PAGE\"><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"));
            Relationship rel = mdp.addTargetPart(fp);
            FooterReference ref = new org.docx4j.wml.ObjectFactory().createFooterReference();
            ref.setId(rel.getId());
            ref.setType(HdrFtrRef.DEFAULT);
            SectPr sect = pkg.getDocumentModel().getSections().get(0).getSectPr();
            sect.getEGHdrFtrReferences().add(ref);
        }
        if (a[1].endsWith(".pdf")) {
            try (FileOutputStream out = new FileOutputStream(a[1])) {
                Docx4J.toPDF(pkg, out);
            }
        } else {
            pkg.save(new java.io.File(a[1]));
        }
    }
}
