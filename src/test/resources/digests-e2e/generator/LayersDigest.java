// Draws batch b67's layered digest (render_b67_inputs.py writes the spec; invented material, test fixtures only).
// Spec lines, tab-separated: PAGE | TEXT layer font size x y r g b text | RECT layer x y w h r g b | LINK x y w h uri.
// layer is '-' (no layer), 'Screen' or 'Print': two optional content groups, 'Screen' shown and 'Print' hidden in the
// default configuration, each with a /Usage dictionary (View / Print), as a layout program exports screen and print
// versions of the same words.
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

public class LayersDigest {
    public static void main(String[] args) throws Exception {
        List<String> spec = Files.readAllLines(new File(args[0]).toPath(), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument()) {
            String dir = "/usr/share/fonts/truetype/liberation/";
            Map<String, PDFont> fonts = new HashMap<>();
            fonts.put("R", PDType0Font.load(doc, new File(dir + "LiberationSans-Regular.ttf")));
            fonts.put("B", PDType0Font.load(doc, new File(dir + "LiberationSans-Bold.ttf")));
            PDOptionalContentGroup screen = group("Screen", "View"), print = group("Print", "Print");
            PDOptionalContentProperties props = new PDOptionalContentProperties();
            props.addGroup(screen);
            props.addGroup(print);
            props.setGroupEnabled(print, false);
            doc.getDocumentCatalog().setOCProperties(props);
            autoStates(props, screen, print);
            doc.getDocumentInformation().setTitle(args.length > 2 ? args[2] : "Digest");
            doc.getDocumentInformation().setProducer("PDFBox 3.0.8 (LayersDigest)");
            PDPage page = null;
            PDPageContentStream cs = null;
            for (String line : spec) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("PAGE")) {
                    if (cs != null) cs.close();
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    continue;
                }
                if (f[0].equals("LINK")) {
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle(fl(f[1]), fl(f[2]), fl(f[3]), fl(f[4])));
                    PDActionURI uri = new PDActionURI();
                    uri.setURI(f[5]);
                    link.setAction(uri);
                    COSArray border = new COSArray();
                    for (int k = 0; k < 3; k++) border.add(org.apache.pdfbox.cos.COSInteger.ZERO);
                    link.getCOSObject().setItem(COSName.BORDER, border);
                    page.getAnnotations().add(link);
                    continue;
                }
                PDOptionalContentGroup g = f[1].equals("Screen") ? screen : f[1].equals("Print") ? print : null;
                if (g != null) cs.beginMarkedContent(COSName.OC, g);
                if (f[0].equals("RECT")) {
                    cs.setNonStrokingColor(fl(f[6]), fl(f[7]), fl(f[8]));
                    cs.addRect(fl(f[2]), fl(f[3]), fl(f[4]), fl(f[5]));
                    cs.fill();
                } else {
                    cs.beginText();
                    cs.setFont(fonts.get(f[2]), fl(f[3]));
                    cs.setNonStrokingColor(fl(f[6]), fl(f[7]), fl(f[8]));
                    cs.newLineAtOffset(fl(f[4]), fl(f[5]));
                    cs.showText(f[9]);
                    cs.endText();
                }
                if (g != null) cs.endMarkedContent();
            }
            if (cs != null) cs.close();
            doc.save(args[1]);
        }
    }

    private static PDOptionalContentGroup group(String name, String usage) {
        PDOptionalContentGroup g = new PDOptionalContentGroup(name);
        COSDictionary use = new COSDictionary(), state = new COSDictionary();
        state.setName(COSName.getPDFName(usage + "State"), "ON");
        use.setItem(COSName.getPDFName(usage), state);
        g.getCOSObject().setItem(COSName.getPDFName("Usage"), use);
        COSArray intent = new COSArray();
        intent.add(COSName.getPDFName("View"));
        g.getCOSObject().setItem(COSName.getPDFName("Intent"), intent);
        return g;
    }

    /** /AS: the viewer shows each group by its /Usage on the View and the Print event (Screen on screen, Print on paper). */
    private static void autoStates(PDOptionalContentProperties props, PDOptionalContentGroup... groups) {
        COSArray all = new COSArray(), as = new COSArray();
        for (PDOptionalContentGroup g : groups) all.add(g.getCOSObject());
        for (String event : new String[] {"View", "Print"}) {
            COSDictionary d = new COSDictionary();
            d.setName(COSName.getPDFName("Event"), event);
            d.setItem(COSName.getPDFName("OCGs"), all);
            COSArray cat = new COSArray();
            cat.add(COSName.getPDFName(event));
            d.setItem(COSName.getPDFName("Category"), cat);
            as.add(d);
        }
        ((COSDictionary) props.getCOSObject().getDictionaryObject(COSName.D)).setItem(COSName.getPDFName("AS"), as);
    }

    private static float fl(String s) { return Float.parseFloat(s); }
}
