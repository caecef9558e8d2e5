import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.interactive.annotation.*;
import org.apache.pdfbox.pdmodel.interactive.form.*;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/** Batch 31: draws batch31_layout's ops with PDFBox 3; 'F' ops become read-only multiline AcroForm text fields whose
 *  appearance PDFBox generates. java -cp PDFBOX batch31_acroform.java ops.tsv out.pdf TITLE AUTHOR. Test-fixture tooling. */
public class batch31_acroform {
    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(a[0]), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument()) {
            Map<String, PDFont> font = Map.of(
                "R", new PDType1Font(Standard14Fonts.FontName.HELVETICA), "B", new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                "I", new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE), "BI", new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE));
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/Helv 0 Tf 0 g");
            form.setNeedAppearances(false);
            doc.getDocumentInformation().setTitle(a[2]);
            doc.getDocumentInformation().setAuthor(a[3]);
            doc.getDocumentInformation().setCreator("Partnership review template (form)");
            PDPage page = null;
            PDPageContentStream cs = null;
            int n = 0;
            List<Object[]> pending = new ArrayList<>();
            for (String l : lines) {
                String[] f = l.split("\t", -1);
                switch (f[0]) {
                    case "P" -> {
                        if (cs != null) cs.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                    }
                    case "R" -> {
                        float x = Float.parseFloat(f[1]), y = Float.parseFloat(f[2]), w = Float.parseFloat(f[3]), h = Float.parseFloat(f[4]);
                        cs.setLineWidth(Float.parseFloat(f[5]));
                        cs.addRect(x, y, w, h);
                        if (!f[6].equals("-")) { cs.setNonStrokingColor(rgb(f[6])[0], rgb(f[6])[1], rgb(f[6])[2]); }
                        if (!f[7].equals("-")) { cs.setStrokingColor(rgb(f[7])[0], rgb(f[7])[1], rgb(f[7])[2]); }
                        if (!f[6].equals("-") && !f[7].equals("-")) cs.fillAndStroke(); else if (!f[6].equals("-")) cs.fill(); else cs.stroke();
                    }
                    case "S" -> {
                        float[] c = rgb(f[4]);
                        cs.beginText();
                        cs.setNonStrokingColor(c[0], c[1], c[2]);
                        cs.newLineAtOffset(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
                        for (int i = 5; i + 1 < f.length; i += 2) {
                            cs.setFont(font.get(f[i]), Float.parseFloat(f[3]));
                            cs.showText(f[i + 1]);
                        }
                        cs.endText();
                    }
                    case "F" -> {
                        PDTextField field = new PDTextField(form);
                        field.setPartialName("text" + (++n));
                        field.setMultiline(true);
                        field.setDefaultAppearance("/Helv " + f[5] + " Tf 0 g");
                        PDAnnotationWidget widget = field.getWidgets().get(0);
                        widget.setRectangle(new PDRectangle(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4])));
                        widget.setPage(page);
                        widget.setPrinted(true);
                        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new org.apache.pdfbox.cos.COSDictionary());
                        mk.setBorderColour(new PDColor(new float[] {0.55f, 0.6f, 0.7f}, PDDeviceRGB.INSTANCE));
                        widget.setAppearanceCharacteristics(mk);
                        page.getAnnotations().add(widget);
                        form.getFields().add(field);
                        pending.add(new Object[] {field, f[6]});
                    }
                    default -> { }
                }
            }
            if (cs != null) cs.close();
            for (Object[] p : pending) {
                PDTextField field = (PDTextField) p[0];
                field.setValue((String) p[1]);
                field.setReadOnly(true);
            }
            doc.save(a[1]);
        }
    }

    static float[] rgb(String s) {
        String[] p = s.split(" ");
        return new float[] {Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2])};
    }
}
