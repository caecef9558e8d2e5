"""Batch 43's tagged PDFs written object by object (Quarrendale, Elmsworth): a structure tree whose element types are
custom names mapped through /RoleMap to the standard ones, MCID marked content for every line, running head and footer
marked /Artifact, base-14 Helvetica (WinAnsi). With shuffle=True each page's marked-content sequences are written out of
reading order (footer first, then the lower half of the page, then the upper half); the structure tree keeps the order.
Test-fixture tooling only: every report is invented.
"""
import random
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H, LEFT, RIGHT, TOP, BOTTOM = 595.0, 842.0, 72.0, 523.0, 770.0, 80.0
ROLES = {"DocTitle": "P", "Heading1": "H1", "Heading2": "H2", "Para": "P", "BulletList": "L", "NumberedList": "L",
         "ListItem": "LI", "Label": "Lbl", "ItemBody": "LBody", "Article": "Document"}
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-BoldOblique"}


def esc(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, FONTS[font], size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    return lines + [cur]


class Doc:
    def __init__(self, running, footer, shuffle):
        self.pages, self.running, self.footer, self.shuffle = [], running, footer, shuffle
        self.elems = []  # (type, parent index or None, kids list of ('mcr', page, mcid) or ('elem', idx))
        self.root = self.elem("Article", None)
        self.new_page()

    def elem(self, kind, parent):
        self.elems.append([kind, parent, []])
        i = len(self.elems) - 1
        if parent is not None:
            self.elems[parent][2].append(("elem", i))
        return i

    def new_page(self):
        self.pages.append({"ops": [], "mcids": []})
        self.y = TOP

    def line(self, elem, font, size, x, text):
        page = self.pages[-1]
        mcid = len(page["mcids"])
        page["mcids"].append(elem)
        self.elems[elem][2].append(("mcr", len(self.pages) - 1, mcid))
        tag = self.elems[elem][0]
        page["ops"].append((self.y, b"/%s <</MCID %d>> BDC BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET EMC\n" % (
            tag.encode(), mcid, font.encode(), size, x, self.y, esc(text))))

    def block(self, elem, text, font="F1", size=10.5, x=LEFT, lead=14.0, before=0.0, after=6.0, keep=1):
        lines = wrap(text, font, size, RIGHT - x)
        if self.y - before - lead * min(len(lines), keep) < BOTTOM:
            self.new_page()
        else:
            self.y -= before
        for ln in lines:
            if self.y < BOTTOM:
                self.new_page()
            self.line(elem, font, size, x, ln)
            self.y -= lead
        self.y -= after

    def furniture(self, n, total):
        out = []
        if n > 0:
            out.append(b"/Artifact <</Type /Pagination /Subtype /Header>> BDC BT /F1 8 Tf %.2f 800 Td (%s) Tj ET "
                       b"0.5 w %.2f 794 m %.2f 794 l S EMC\n" % (LEFT, esc(self.running), LEFT, RIGHT))
        out.append(b"/Artifact <</Type /Pagination /Subtype /Footer>> BDC BT /F1 8 Tf %.2f 40 Td (%s) Tj ET EMC\n" % (
            LEFT, esc(self.footer % (n + 1, total))))
        return out

    def write(self, path, info):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)
        catalog, pages_id, root_id = add(None), add(None), add(None)
        font_ids = {k: add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % v.encode())
                    for k, v in FONTS.items()}
        fonts = b" ".join(b"/%s %d 0 R" % (k.encode(), i) for k, i in font_ids.items())
        page_ids, total = [], len(self.pages)
        elem_ids = [add(None) for _ in self.elems]
        rnd = random.Random(43)
        for n, page in enumerate(self.pages):
            ops = [o for _, o in page["ops"]]
            fur = self.furniture(n, total)
            if self.shuffle:
                half = len(ops) // 2
                lower, upper = ops[half:], ops[:half]
                rnd.shuffle(lower)
                ops = fur + lower + upper
            else:
                ops = ops + fur
            stream = b"".join(ops)
            cid = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
            page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << %s >> >> "
                                b"/Contents %d 0 R /StructParents %d /Tabs /S >>" % (pages_id, fonts, cid, n)))
        for i, (kind, parent, kids) in enumerate(self.elems):
            k = []
            for kid in kids:
                if kid[0] == "elem":
                    k.append(b"%d 0 R" % elem_ids[kid[1]])
                else:
                    k.append(b"<< /Type /MCR /Pg %d 0 R /MCID %d >>" % (page_ids[kid[1]], kid[2]))
            par = root_id if parent is None else elem_ids[parent]
            pg = next((b" /Pg %d 0 R" % page_ids[kid[1]] for kid in kids if kid[0] == "mcr"), b"")
            objs[elem_ids[i] - 1] = b"<< /Type /StructElem /S /%s /P %d 0 R%s /K [%s] >>" % (kind.encode(), par, pg, b" ".join(k))
        nums = b" ".join(b"%d [%s]" % (n, b" ".join(b"%d 0 R" % elem_ids[e] for e in page["mcids"]))
                         for n, page in enumerate(self.pages))
        parent_tree = add(b"<< /Nums [%s] >>" % nums)
        rolemap = b" ".join(b"/%s /%s" % (a.encode(), b.encode()) for a, b in ROLES.items())
        objs[root_id - 1] = b"<< /Type /StructTreeRoot /K [%d 0 R] /RoleMap << %s >> /ParentTree %d 0 R /ParentTreeNextKey %d >>" % (
            elem_ids[self.root], rolemap, parent_tree, total)
        objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids), total)
        objs[catalog - 1] = (b"<< /Type /Catalog /Pages %d 0 R /StructTreeRoot %d 0 R /MarkInfo << /Marked true >> "
                             b"/Lang (en-GB) /ViewerPreferences << /DisplayDocTitle true >> >>" % (pages_id, root_id))
        info_id = add(b"<< /Title (%s) /Author (%s) /Producer (batch43_rawpdf.py) >>" % (esc(info["title"]), esc(info["author"])))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info_id, xref)
        open(path, "wb").write(bytes(out))


def render(rep, path, shuffle):
    c = rep["cover"]
    d = Doc("%s | %s" % (c["partnership"], c["title"]), "Page %d of %d", shuffle)
    head = 10.5 if shuffle else 14.0
    d.y = 640
    d.block(d.elem("DocTitle", d.root), c["title"], "F2", 20, lead=26, after=18)
    for line in (c["partnership"], c["by"], c["date"]):
        d.block(d.elem("Para", d.root), line, "F1", 13, lead=18, after=4)
    d.y -= 30
    d.block(d.elem("Para", d.root), INVENTED_NOTE, "F3", 10, lead=13)
    d.new_page()
    for b in rep["blocks"]:
        if b[0] == "h1":
            d.block(d.elem("Heading1", d.root), b[1], "F2", head, lead=head + 4, before=10, after=6, keep=3)
        elif b[0] == "h2":
            d.block(d.elem("Heading2", d.root), b[1], "F3", 10.5, before=4, after=4, keep=3)
        elif b[0] == "p":
            d.block(d.elem("Para", d.root), b[1])
        elif b[0] == "items":
            lst = d.elem("BulletList" if b[3] == "ul" else "NumberedList", d.root)
            for n, text in enumerate(b[2], 1):
                li = d.elem("ListItem", lst)
                label = "\u2022" if b[3] == "ul" else "%d." % n
                y0 = d.y
                lines = wrap(text, "F1", 10.5, RIGHT - LEFT - 22)
                if d.y - 14 * len(lines) < BOTTOM:
                    d.new_page()
                    y0 = d.y
                d.line(d.elem("Label", li), "F1", 10.5, LEFT + 4, label)
                d.y = y0
                d.block(d.elem("ItemBody", li), text, x=LEFT + 22, after=4)
    d.write(path, {"title": c["title"], "author": c["partnership"]})
    return path


INVENTED_NOTE = "This review and every person, place and organisation in it are invented for software testing."
