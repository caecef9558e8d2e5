// Writes b61's tagged digest (invented material, a test fixture): java -cp PDFBOX_JARS TaggedOrder.java SPEC OUT.pdf TITLE FONTDIR
// (FONTDIR: Carlito Regular and Bold without GSUB, written by render_b61_inputs.py).
// SPEC has one block a line, in reading order: ROLE<TAB>PAGE<TAB>TEXT (ROLE H1, H2, P, LAB, LI, LINK (TEXT<TAB>URL), FOOT).
// The structure tree (Word's tag set: Document, H1, H2, P, L/LI/Lbl/LBody, Link with the annotation's OBJR, a ParentTree)
// holds the reading order; each page's content stream is DRAWN BY STYLE: headings first, then paragraphs, then labels,
// then list items, then links and the footer, so the drawing order is not the reading order.
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

public class TaggedOrder {
    static final float L = 64, W = 467, LEAD = 13.2f;
    record Line(float x, float y, String text) {}
    record Block(String role, int page, String text, String url, List<Line> lines, List<Line> marks) {}

    static PDType0Font reg, bold;

    public static void main(String[] a) throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (String s : Files.readAllLines(new File(a[0]).toPath())) {
            if (s.isBlank()) continue;
            String[] f = s.split("\t");
            blocks.add(new Block(f[0], Integer.parseInt(f[1]), f[2], f.length > 3 ? f[3] : null, new ArrayList<>(), new ArrayList<>()));
        }
        try (PDDocument doc = new PDDocument()) {
            reg = PDType0Font.load(doc, new File(a[3], "Carlito-Regular.ttf"));
            bold = PDType0Font.load(doc, new File(a[3], "Carlito-Bold.ttf"));
            layout(blocks);
            write(doc, blocks, a[2]);
            doc.save(new File(a[1]));
        }
    }

    static PDType0Font font(String role) { return role.startsWith("H") || role.equals("LAB") ? bold : reg; }
    static float size(String role) {
        return switch (role) { case "H1" -> 19; case "H2" -> 13.5f; case "FOOT" -> 8.5f; default -> 10.5f; };
    }

    static List<String> wrap(String s, PDType0Font f, float sz, float w) throws Exception {
        List<String> out = new ArrayList<>();
        String cur = "";
        for (String word : s.split(" ")) {
            String t = cur.isEmpty() ? word : cur + " " + word;
            if (!cur.isEmpty() && f.getStringWidth(t) / 1000 * sz > w) { out.add(cur); cur = word; } else cur = t;
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    static void layout(List<Block> blocks) throws Exception {
        int page = 0; float y = 0;
        for (Block b : blocks) {
            if (b.page() != page) { page = b.page(); y = 780; }
            if (b.role().equals("FOOT")) { b.lines().add(new Line(L, 40, b.text())); continue; }
            float sz = size(b.role()), x = L, w = W;
            if (b.role().equals("H2")) y -= 14;
            if (b.role().equals("LAB")) y -= 5;
            if (b.role().equals("LI")) { x = L + 16; w = W - 16; b.marks().add(new Line(L + 4, y, "\u2022")); }
            for (String s : wrap(b.text(), font(b.role()), sz, w)) { b.lines().add(new Line(x, y, s)); y -= sz * 1.26f; }
            y -= b.role().equals("H1") ? 8 : b.role().equals("LI") ? 1 : 5;
        }
    }

    static final String[][] PASSES = {{"H1", "H2"}, {"P"}, {"LAB"}, {"LI"}, {"LINK", "FOOT"}};

    static void write(PDDocument doc, List<Block> blocks, String title) throws Exception {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mi = new PDMarkInfo(); mi.setMarked(true); doc.getDocumentCatalog().setMarkInfo(mi);
        doc.getDocumentCatalog().setLanguage("en-GB");
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title); info.setProducer("PDFBox 3.0.8 TaggedOrder.java (invented test fixture)");
        PDStructureElement docEl = new PDStructureElement("Document", root); root.appendKid(docEl);
        int pages = blocks.stream().mapToInt(Block::page).max().orElse(1);
        List<PDPage> pg = new ArrayList<>();
        for (int p = 0; p < pages; p++) { PDPage page = new PDPage(PDRectangle.A4); page.setStructParents(p); doc.addPage(page); pg.add(page); }
        // structure elements in reading order; each block gets its MCIDs when drawn
        List<COSArray> parents = new ArrayList<>();
        for (int p = 0; p < pages; p++) parents.add(new COSArray());
        COSArray nums = new COSArray();
        int nextKey = pages;
        List<PDStructureElement> els = new ArrayList<>(), lbls = new ArrayList<>();
        PDStructureElement list = null;
        for (Block b : blocks) {
            PDPage page = pg.get(b.page() - 1);
            if (!b.role().equals("LI")) list = null;
            String role = switch (b.role()) { case "LAB", "LINK", "FOOT" -> "P"; default -> b.role(); };
            if (b.role().equals("LI")) {
                if (list == null) { list = child(docEl, "L", page); }
                PDStructureElement li = child(list, "LI", page);
                lbls.add(child(li, "Lbl", page));
                els.add(child(li, "LBody", page));
            } else if (b.role().equals("LINK")) {
                PDStructureElement p = child(docEl, "P", page);
                els.add(child(p, "Link", page)); lbls.add(null);
            } else { els.add(child(docEl, role, page)); lbls.add(null); }
        }
        int[] mcid = new int[pages];
        PDPageContentStream[] cs = new PDPageContentStream[pages];
        for (int p = 0; p < pages; p++) cs[p] = new PDPageContentStream(doc, pg.get(p));
        for (String[] pass : PASSES) {
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (!List.of(pass).contains(b.role())) continue;
                int p = b.page() - 1;
                if (!b.marks().isEmpty()) mark(cs[p], lbls.get(i), parents.get(p), mcid, p, b.marks(), reg, 10.5f, false);
                mark(cs[p], els.get(i), parents.get(p), mcid, p, b.lines(), font(b.role()), size(b.role()), b.role().equals("LINK"));
                if (b.role().equals("LINK")) nextKey = link(pg.get(p), els.get(i), b, nums, nextKey);
            }
        }
        for (int p = 0; p < pages; p++) { cs[p].close(); nums.add(COSInteger.get(p)); nums.add(parents.get(p)); }
        COSArray sorted = new COSArray();  // number tree keys ascending: pages first, then annotations
        for (int k = 0; k < nums.size(); k += 2) if (((COSInteger) nums.getObject(k)).intValue() < pages) { sorted.add(nums.getObject(k)); sorted.add(nums.getObject(k + 1)); }
        for (int k = 0; k < nums.size(); k += 2) if (((COSInteger) nums.getObject(k)).intValue() >= pages) { sorted.add(nums.getObject(k)); sorted.add(nums.getObject(k + 1)); }
        COSDictionary pt = new COSDictionary(); pt.setItem(COSName.NUMS, sorted);
        root.getCOSObject().setItem(COSName.PARENT_TREE, pt);
        root.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
    }

    static PDStructureElement child(PDStructureNode parent, String type, PDPage page) {
        PDStructureElement e = new PDStructureElement(type, parent);
        e.setPage(page);
        parent.appendKid(e);
        return e;
    }

    static void mark(PDPageContentStream cs, PDStructureElement el, COSArray parent, int[] mcid, int p, List<Line> lines,
                     PDType0Font f, float sz, boolean blue) throws Exception {
        int id = mcid[p]++;
        COSDictionary props = new COSDictionary(); props.setInt(COSName.MCID, id);
        cs.beginMarkedContent(COSName.getPDFName(el.getStructureType()), PDPropertyList.create(props));
        cs.setNonStrokingColor(blue ? 0.05f : 0.1f, blue ? 0.34f : 0.1f, blue ? 0.64f : 0.1f);
        for (Line l : lines) { cs.beginText(); cs.setFont(f, sz); cs.newLineAtOffset(l.x(), l.y()); cs.showText(l.text()); cs.endText(); }
        cs.endMarkedContent();
        COSArray k = el.getCOSObject().getCOSArray(COSName.K);
        if (k == null) { k = new COSArray(); el.getCOSObject().setItem(COSName.K, k); }
        k.add(COSInteger.get(id));
        parent.add(el.getCOSObject());
    }

    static int link(PDPage page, PDStructureElement el, Block b, COSArray nums, int key) throws Exception {
        Line l = b.lines().get(0);
        PDAnnotationLink a = new PDAnnotationLink();
        a.setRectangle(new PDRectangle(l.x(), l.y() - 3, reg.getStringWidth(l.text()) / 1000 * 10.5f, 14));
        PDBorderStyleDictionary bs = new PDBorderStyleDictionary(); bs.setWidth(0); a.setBorderStyle(bs);
        PDActionURI act = new PDActionURI(); act.setURI(b.url()); a.setAction(act);
        a.setStructParent(key);
        page.getAnnotations().add(a);
        COSDictionary objr = new COSDictionary();
        objr.setItem(COSName.TYPE, COSName.getPDFName("OBJR")); objr.setItem(COSName.OBJ, a.getCOSObject()); objr.setItem(COSName.PG, page.getCOSObject());
        el.getCOSObject().getCOSArray(COSName.K).add(objr);
        nums.add(COSInteger.get(key)); nums.add(el.getCOSObject());
        return key + 1;
    }
}
