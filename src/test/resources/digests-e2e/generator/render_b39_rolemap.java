// Batch b39 input A (invented material, test fixtures only): a one-column A4 digest drawn with PDFBox 3 and TAGGED with a
// structure tree whose elements use CUSTOM structure types, each mapped to a standard type by the StructTreeRoot's /RoleMap:
// Digest -> Document, DigestHeading -> H1, Intro -> P, Review -> Sect, ReviewTitle -> H2, Precis -> P, Rubric -> H3,
// Points -> L, Point -> LI, PointLabel -> Lbl, PointText -> LBody, FullReport -> P, Colophon -> P. The marked-content tags in
// the page streams carry the same custom names (/Precis <</MCID n>> BDC ... EMC). Content stream order is reading order.
// Usage: java -cp PDFBOX_CP render_b39_rolemap.java spec.txt out.pdf (spec: kind TAB text [TAB url] per line, written by
// render_b39_inputs.py; kinds heading, intro, title, summary, label, item, link, foot).
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.cos.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.*;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.*;

public class render_b39_rolemap {
    static final PDFont REG = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static PDDocument doc = new PDDocument();
    static PDPage page; static PDPageContentStream cs; static int pageNo = -1; static float y;
    static PDStructureElement root, review, points;
    static List<List<PDStructureElement>> parentTree = new ArrayList<>();
    static final float LEFT = 60, WIDTH = 475, TOP = 780, FOOT = 70;

    public static void main(String[] a) throws Exception {
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(tree);
        PDMarkInfo mi = new PDMarkInfo(); mi.setMarked(true); doc.getDocumentCatalog().setMarkInfo(mi);
        doc.getDocumentCatalog().setLanguage("en-GB");
        Map<String, String> roles = new LinkedHashMap<>();
        String[][] map = {{"Digest", "Document"}, {"DigestHeading", "H1"}, {"Intro", "P"}, {"Review", "Sect"}, {"ReviewTitle", "H2"},
            {"Precis", "P"}, {"Rubric", "H3"}, {"Points", "L"}, {"Point", "LI"}, {"PointLabel", "Lbl"}, {"PointText", "LBody"},
            {"FullReport", "P"}, {"Colophon", "P"}};
        for (String[] m : map) roles.put(m[0], m[1]);
        tree.setRoleMap(roles);
        root = new PDStructureElement("Digest", tree); tree.appendKid(root);
        newPage();
        for (String l : Files.readAllLines(Path.of(a[0]))) {
            if (l.isEmpty()) continue;
            String[] r = l.split("\t");
            switch (r[0]) {
                case "heading" -> para(root, "DigestHeading", r[1], BOLD, 18, 0, 0, 24, new float[]{0.16f, 0.12f, 0.42f}, null);
                case "intro" -> para(root, "Intro", r[1], REG, 10, 0, 6, 13, null, null);
                case "title" -> {
                    review = new PDStructureElement("Review", root); root.appendKid(review); points = null;
                    para(review, "ReviewTitle", r[1], BOLD, 12.5f, 0, 18, 16, new float[]{0.16f, 0.12f, 0.42f}, null);
                }
                case "summary" -> para(review, "Precis", r[1], REG, 10, 0, 5, 13, null, null);
                case "label" -> { points = null; para(review, "Rubric", r[1], BOLD, 10, 0, 8, 13, null, null); }
                case "norec" -> { points = null; para(review, "Precis", r[1], REG, 10, 0, 8, 13, null, null); }
                case "item" -> item(r[1]);
                case "link" -> { points = null; para(review, "FullReport", r[1], REG, 10, 0, 8, 13, new float[]{0f, 0.3f, 0.6f}, r[2]); }
                case "foot" -> para(root, "Colophon", r[1], REG, 8, 0, 24, 10, new float[]{0.35f, 0.35f, 0.35f}, null);
                default -> { }
            }
        }
        cs.close();
        COSArray nums = new COSArray();
        for (int p = 0; p < parentTree.size(); p++) {
            COSArray kids = new COSArray();
            for (PDStructureElement e : parentTree.get(p)) kids.add(e);
            nums.add(COSInteger.get(p)); nums.add(kids);
        }
        COSDictionary pt = new COSDictionary(); pt.setItem(COSName.NUMS, nums);
        tree.setParentTree(new org.apache.pdfbox.pdmodel.common.PDNumberTreeNode(pt, COSBase.class));
        tree.setParentTreeNextKey(parentTree.size());
        doc.save(a[1]); doc.close();
    }

    static void newPage() throws Exception {
        if (cs != null) cs.close();
        page = new PDPage(PDRectangle.A4); doc.addPage(page); pageNo++;
        page.getCOSObject().setInt(COSName.STRUCT_PARENTS, pageNo);
        parentTree.add(new ArrayList<>());
        cs = new PDPageContentStream(doc, page);
        y = TOP;
        // page number at the foot, an artifact
        COSDictionary art = new COSDictionary(); art.setName(COSName.TYPE, "Pagination");
        cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(art));
        cs.beginText(); cs.setFont(REG, 8); cs.newLineAtOffset(LEFT + WIDTH - 30, 40); cs.showText("Page " + (pageNo + 1)); cs.endText();
        cs.endMarkedContent();
    }

    static void item(String text) throws Exception {
        if (points == null) { points = new PDStructureElement("Points", review); review.appendKid(points); }
        PDStructureElement li = new PDStructureElement("Point", points); points.appendKid(li);
        List<String> ls = wrap(text, REG, 10, WIDTH - 14);
        if (y - 13 * ls.size() < FOOT) newPage();
        y -= 3;
        PDStructureElement lbl = new PDStructureElement("PointLabel", li); li.appendKid(lbl);
        mark(lbl, "PointLabel", List.of("\u2022"), REG, 10, LEFT + 2, 13, null);
        PDStructureElement body = new PDStructureElement("PointText", li); li.appendKid(body);
        mark(body, "PointText", ls, REG, 10, LEFT + 14, 13, null);
        y -= 13 * ls.size();
    }

    static void para(PDStructureElement parent, String type, String text, PDFont f, float size, float indent, float before, float lead,
                     float[] rgb, String url) throws Exception {
        List<String> ls = wrap(text, f, size, WIDTH - indent);
        if (y - before - lead * ls.size() < FOOT) newPage(); else y -= before;
        PDStructureElement e = new PDStructureElement(type, parent); parent.appendKid(e);
        mark(e, type, ls, f, size, LEFT + indent, lead, rgb);
        if (url != null) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(LEFT + indent, y - lead * ls.size() + 2, f.getStringWidth(ls.get(0)) / 1000 * size, lead));
            PDActionURI act = new PDActionURI(); act.setURI(url); link.setAction(act);
            link.setBorderStyle(new PDBorderStyleDictionary()); link.getBorderStyle().setWidth(0);
            page.getAnnotations().add(link);
        }
        y -= lead * ls.size();
    }

    static void mark(PDStructureElement e, String type, List<String> lines, PDFont f, float size, float x, float lead, float[] rgb) throws Exception {
        int mcid = parentTree.get(pageNo).size();
        parentTree.get(pageNo).add(e);
        COSDictionary props = new COSDictionary(); props.setInt(COSName.MCID, mcid);
        cs.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(props));
        cs.beginText(); cs.setFont(f, size);
        if (rgb != null) cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]); else cs.setNonStrokingColor(0f, 0f, 0f);
        cs.newLineAtOffset(x, y - lead + 3);
        for (int i = 0; i < lines.size(); i++) { if (i > 0) cs.newLineAtOffset(0, -lead); cs.showText(lines.get(i)); }
        cs.endText(); cs.endMarkedContent();
        PDMarkedContent mc = new PDMarkedContent(COSName.getPDFName(type), props);
        e.appendKid(mc);
        e.setPage(page);
    }

    static List<String> wrap(String t, PDFont f, float size, float w) throws Exception {
        List<String> out = new ArrayList<>(); StringBuilder line = new StringBuilder();
        for (String word : t.split(" ")) {
            String cand = line.length() == 0 ? word : line + " " + word;
            if (f.getStringWidth(cand) / 1000 * size > w && line.length() > 0) { out.add(line.toString()); line = new StringBuilder(word); }
            else line = new StringBuilder(cand);
        }
        if (line.length() > 0) out.add(line.toString());
        return out;
    }
}
