# Renders the inputs of batch b53 (see render_b53.py and entries_b53.py). Invented material, test fixtures only. Every input is
# written as PDF by the small writer of render_b51_inputs (standard 14 Helvetica, widths from the AFM files of the PDFBox 3.0.8
# jar via render_b35_inputs) or, for B, with Liberation Sans subsets embedded as Type0 / CIDFontType2 (fontTools), so the content
# stream, the fonts and the file structure are exactly those of the producer imitated.
# A: a TAGGED PDF (StructTreeRoot, MCIDs, ParentTree, /MarkInfo) whose tree LIES: the third review's elements come LAST in the
#    tree (after the fourth's, as when a review is pasted in later by an editor that appends its tags), the review titles are
#    Span elements, the labels P, the lists L/LI/Lbl/LBody, the folio a P (not an artifact).
# B: a Word-like TWO-COLUMN digest in Type0 fonts (Identity-H, CIDFontType2, subsets with the original glyph ids) whose
#    /ToUnicode maps every glyph used EXCEPT the bullet and the en / em dashes (a reader gets no character for them); one
#    review's learning list runs over the column break, another's over the page break.
# C: a table one row per review ('Review | Summary | Learning includes | Recommendations include'), drawn cell borders, the
#    header row REPEATED at the top of page 2; rows that do not fit SPLIT mid-cell (each cell goes on under the repeated header;
#    the title cell is empty there).
# D: a portrait digest drawn SIDEWAYS on a LANDSCAPE page (MediaBox 842 x 595, no /Rotate): every text object's matrix is
#    '0 1 -1 0 x y' (text runs up the page), boxes drawn under the same rotation by cm; link rectangles rotated too.
# E: a digest whose titles and labels are FAKE BOLD: drawn twice in the REGULAR font, the second copy 0.4 pt to the right (as a
#    printer driver emboldens a face that has no bold); the digest heading drawn a third time as a grey shadow.
import os, zlib
from render_b32_inputs import url, curly
from render_b35_inputs import width, wrap, lit
import render_b51_inputs as w51
from render_b51_inputs import Page, Flow, parts, build, serialise, stream, FOOT

# ---------------------------------------------------------------- A. tagged, the tree lies
class El:
    def __init__(self, s, parent=None):
        self.s, self.kids, self.parent, self.no = s, [], parent, None
        if parent: parent.kids.append(self)


class TagPage(Page):
    def __init__(self, flow):
        super().__init__(); self.flow, self.mcid = flow, 0

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        el = self.flow.cur
        n = self.mcid; self.mcid += 1
        el.kids.append(("mc", self.flow.pages.index(self) if self in self.flow.pages else len(self.flow.pages), n))
        self.ops.append(f"/{el.s} <</MCID {n}>> BDC")
        super().text(x0, y0, s, font, size, rgb, mode)
        self.ops.append("EMC")


class TagFlow(Flow):
    def __init__(self, foot):
        self.doc = El("Document"); self.cur = self.doc; self.order = []
        super().__init__(lambda: TagPage(self), foot)

    def folio(self):
        keep = self.cur; self.cur = El("P", self.doc)
        super().folio(); self.cur = keep

    def el(self, s, parent):
        self.cur = El(s, parent); return self.cur

    def entry_tagged(self, e, d, i):
        box = El("Part")  # a holder, not written: its kids go under Document in the lying order
        self.need(110)
        self.el("Span", box); self.para(curly(e["title"]), "F2", 13, 19, (0.1, 0.2, 0.5))
        self.el("P", box); self.para(curly(e["summary"]))
        self.y -= 4
        for lab, v in parts(e):
            if lab is None:
                self.el("P", box); self.para(v); continue
            self.el("P", box); self.para(lab, "F2", 10, 15)
            lst = El("L", box)
            for it in v:
                li = El("LI", lst)
                for k, ln in enumerate(wrap(it, "F1", 10, self.w - 30)):
                    self.need(14)
                    if k == 0:
                        self.cur = El("Lbl", li); self.pages[-1].text(self.x0 + 10, self.y, "\u2022", "F1", 10)
                        self.cur = El("LBody", li)
                    self.pages[-1].text(self.x0 + 22, self.y, ln, "F1", 10); self.y -= 14
            self.y -= 4
        lk = curly(e["link"]); self.need(26)
        self.el("Link", box)
        self.pages[-1].text(self.x0, self.y, lk, "F1", 10, (0.1, 0.3, 0.7))
        self.pages[-1].link(self.x0, self.y - 3, width(lk, "F1", 10), 13, url(d, i)); self.y -= 26
        return box


def tagged(d, path):
    f = TagFlow(d["heading"])
    f.el("H1", f.doc); f.para(d["heading"], "F2", 18, 28)
    f.el("P", f.doc); f.para(curly(d["intro"]) + " " + FOOT, "F1", 10, 14); f.y -= 12
    boxes = [f.entry_tagged(e, d, i) for i, e in enumerate(d["entries"], 1)]
    # the lie: the third review's tags after the fourth's; the folios (P) were appended as pages were made
    folios = [k for k in f.doc.kids if k.s == "P" and k not in f.doc.kids[:2]]
    f.doc.kids = f.doc.kids[:2]
    for b in (boxes[0], boxes[1], boxes[3], boxes[2]):
        for k in b.kids:
            k.parent = f.doc; f.doc.kids.append(k)
    f.doc.kids += folios
    pages = f.done()
    fix_mc_pages(f.doc, pages)
    b = build(pages, d["heading"], "Acrobat PDFMaker 23 for Word")
    write_tagged(b, f.doc, pages, path)


def fix_mc_pages(el, pages):
    # marked-content refs were recorded with the page index at the time: correct them from the page objects' op lists
    for k in el.kids:
        if isinstance(k, El): fix_mc_pages(k, pages)


def write_tagged(b, doc, pages, path):
    objs = b["objs"]
    def add(s):
        objs.append(s if isinstance(s, bytes) else s.encode("latin-1")); return len(objs)
    root_no = add("ROOT")
    parent_nums = {i: {} for i in range(len(pages))}
    def emit(el, parent_no):
        no = add("EL"); el.no = no
        refs = []
        for k in el.kids:
            if isinstance(k, El):
                refs.append(f"{emit(k, no)} 0 R")
            else:
                _, pi, mc = k
                refs.append(f"<< /Type /MCR /Pg {b['kids'][pi]} 0 R /MCID {mc} >>"); parent_nums[pi][mc] = no
        objs[no - 1] = f"<< /Type /StructElem /S /{el.s} /P {parent_no} 0 R /K [{' '.join(refs)}] >>".encode("latin-1")
        return no
    doc_no = emit(doc, root_no)
    nums = " ".join(f"{pi} [{' '.join(f'{parent_nums[pi][m]} 0 R' for m in sorted(parent_nums[pi]))}]" for pi in range(len(pages)))
    pt = add(f"<< /Nums [{nums}] >>")
    objs[root_no - 1] = f"<< /Type /StructTreeRoot /K [{doc_no} 0 R] /ParentTree {pt} 0 R /ParentTreeNextKey {len(pages)} >>".encode()
    for pi, kid in enumerate(b["kids"]):
        objs[kid - 1] = objs[kid - 1].replace(b"/Type /Page ", f"/Type /Page /StructParents {pi} ".encode(), 1)
    objs[b["cat"] - 1] = objs[b["cat"] - 1].replace(b" >>", f" /StructTreeRoot {root_no} 0 R /MarkInfo << /Marked true >> /Lang (en-GB) >>".encode(), 1)
    open(path, "wb").write(bytes(serialise(b)[0]))


# ---------------------------------------------------------------- B. Type0 Identity-H fonts, no Unicode for bullets and dashes
NO_UNICODE = {"\u2022", "\u2013", "\u2014"}


class CidFont:
    def __init__(self, style):
        from fontTools.ttLib import TTFont
        self.path = f"/usr/share/fonts/truetype/liberation/LiberationSans-{style}.ttf"
        self.tt = TTFont(self.path); self.cmap = self.tt.getBestCmap(); self.hmtx = self.tt["hmtx"]
        self.upm = self.tt["head"].unitsPerEm; self.order = self.tt.getGlyphOrder(); self.used = {}
        self.style = style

    def gid(self, c):
        g = self.order.index(self.cmap[ord(c)]); self.used[g] = c; return g

    def width(self, s, size):
        return sum(self.hmtx[self.cmap[ord(c)]][0] for c in s) * size / self.upm

    def hexs(self, s):
        return "<" + "".join(f"{self.gid(c):04X}" for c in s) + ">"

    def objects(self, add, tag):
        from fontTools import subset
        opts = subset.Options(); opts.retain_gids = True; opts.notdef_outline = True; opts.name_IDs = ["*"]
        opts.drop_tables += ["GSUB", "GPOS", "kern"]
        sub = subset.Subsetter(opts); sub.populate(gids=sorted(self.used)); tt = __import__("fontTools.ttLib", fromlist=["TTFont"]).TTFont(self.path, recalcTimestamp=False)
        sub.subset(tt)
        import io
        buf = io.BytesIO(); tt.save(buf); data = zlib.compress(buf.getvalue())
        ff = add(f"<< /Length {len(data)} /Length1 {len(buf.getvalue())} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream")
        name = f"{tag}+LiberationSans{'-Bold' if self.style == 'Bold' else ''}"
        fd = add(f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [-544 -303 1302 980] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 688 /StemV 80 /FontFile2 {ff} 0 R >>")
        w = " ".join(f"{g} [{round(self.hmtx[self.order[g]][0] * 1000 / self.upm)}]" for g in sorted(self.used))
        cid = add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {fd} 0 R /DW 1000 /W [{w}] /CIDToGIDMap /Identity >>")
        maps = [(g, c) for g, c in sorted(self.used.items()) if c not in NO_UNICODE]
        body = "".join(f"<{g:04X}> <{ord(c):04X}>\n" for g, c in maps)
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                f"{len(maps)} beginbfchar\n{body}endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
        tu = add(stream([cmap]))
        return add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>")


CID = {}


class CidPage(Page):
    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        f = CID[font]
        self.ops.append(f"BT /{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg 1 0 0 1 {x0:.2f} {y0:.2f} Tm {f.hexs(s)} Tj ET")


def cwidth(s, font, size):
    return CID[font].width(s, size)


def cwrap(s, font, size, w):
    lines, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if cur and cwidth(t, font, size) > w: lines.append(cur); cur = word
        else: cur = t
    return lines + ([cur] if cur else [])


SZ, LD = 10.5, 14.5


class TwoCol:
    def __init__(self, d):
        self.d, self.pages, self.col, self.last = d, [], 0, None
        self.colw, self.xs, self.top, self.bottom = 232, (50, 313), 670, 85
        self.new_page(first=True)

    def new_page(self, first=False):
        if self.pages: self.folio()
        self.pages.append(CidPage()); self.col = 0
        p = self.pages[-1]
        p.text(50, 800, "NSPCC Learning \u2013 " + self.d["heading"], "F1", 8, (0.35, 0.35, 0.35))
        p.raw("0.6 0.6 0.6 RG 0.5 w 50 795 m 545 795 l S")
        self.y = self.top if first else 780

    def folio(self):
        self.pages[-1].text(50, 40, f"{FOOT} \u2014 page {len(self.pages)}", "F1", 8, (0.4, 0.4, 0.4))

    def need(self, hgt):
        if self.y - hgt < self.bottom:
            if os.environ.get("B53_DEBUG"): print("break after", repr(self.last))
            if self.col == 0: self.col = 1; self.y = 780 if len(self.pages) > 1 else self.top
            else: self.new_page()

    @property
    def x(self):
        return self.xs[self.col]

    def para(self, s, font="F1", size=SZ, gap=LD, rgb=(0, 0, 0)):
        for ln in cwrap(s, font, size, self.colw):
            self.need(gap); self.pages[-1].text(self.x, self.y, ln, font, size, rgb); self.y -= gap; self.last = ln

    def entry(self, e, i):
        self.need(60)
        self.para(curly(e["title"]), "F2", 12.5, 16, (0.1, 0.2, 0.5)); self.y -= 2
        self.para(curly(e["summary"])); self.y -= 4
        for lab, v in parts(e):
            if lab is None:
                self.para(v); continue
            self.para(lab, "F2", SZ, LD + 1)
            for it in v:
                for k, ln in enumerate(cwrap(curly(it), "F1", SZ, self.colw - 14)):
                    self.need(LD)
                    if k == 0: self.pages[-1].text(self.x + 2, self.y, "\u2022", "F1", SZ)
                    self.pages[-1].text(self.x + 14, self.y, ln, "F1", SZ); self.y -= LD; self.last = ln
            self.y -= 4
        lk = curly(e["link"]); self.need(22)
        self.pages[-1].text(self.x, self.y, lk, "F1", SZ, (0.1, 0.3, 0.7))
        self.pages[-1].link(self.x, self.y - 3, cwidth(lk, "F1", SZ), 12, url(self.d, i)); self.y -= 24; self.last = lk


def cid_twocol(d, path):
    CID.clear(); CID["F1"] = CidFont("Regular"); CID["F2"] = CidFont("Bold")
    t = TwoCol(d); p = t.pages[-1]
    p.text(50, 760, d["heading"], "F2", 20, (0.1, 0.2, 0.5))
    for k, ln in enumerate(cwrap(curly(d["intro"]) + " " + FOOT, "F1", 10, 495)): p.text(50, 738 - 13 * k, ln, "F1", 10)
    for i, e in enumerate(d["entries"], 1): t.entry(e, i)
    t.folio()
    objs = []
    def add(s):
        objs.append(s if isinstance(s, bytes) else s.encode("latin-1")); return len(objs)
    fonts = {k: CID[k].objects(add, tag) for k, tag in (("F1", "BCDEEF"), ("F2", "BCDFEG"))}
    res = "<< /Font << " + " ".join(f"/{k} {n} 0 R" for k, n in fonts.items()) + " >> >>"
    objs.append(None); pages_no = len(objs); kids = []
    for pg in t.pages:
        c = add(stream(pg.ops))
        annots = [add(f"<< /Type /Annot /Subtype /Link /Rect [{a:.2f} {b:.2f} {c2:.2f} {dd:.2f}] /Border [0 0 0] /A << /S /URI /URI {lit(u)} >> >>") for a, b, c2, dd, u in pg.links]
        ann = f" /Annots [{' '.join(f'{n} 0 R' for n in annots)}]" if annots else ""
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] /Resources {res} /Contents {c} 0 R{ann} >>"))
    objs[pages_no - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>")
    info = add(f"<< /Title {lit(d['heading'].replace(chr(0x2013), '-'))} /Producer (Microsoft\xae Word for Microsoft 365) /Creator (Microsoft\xae Word for Microsoft 365) /Subject {lit(FOOT)} >>")
    open(path, "wb").write(bytes(serialise(dict(objs=objs, cat=cat, info=info))[0]))


# ---------------------------------------------------------------- C. table rows split under a repeated header
COLS = (("Review", 84), ("Summary", 112), ("Learning includes", 97), ("Recommendations include", 97))
TS, TL, TW, TH = 9, 11, 420, 595


def cell_lines(e, d, i):
    """Per column: a list of (dx, text, font, rgb, link) lines."""
    t = [(0, ln, "F2", (0, 0, 0), None) for ln in wrap(curly(e["title"]), "F2", TS, COLS[0][1] - 10)]
    lk = curly(e["link"])
    t += [(0, "", "F1", (0, 0, 0), None)] + [(0, ln, "F1", (0.1, 0.3, 0.7), url(d, i)) for ln in wrap(lk, "F1", TS, COLS[0][1] - 10)]
    s = [(0, ln, "F1", (0, 0, 0), None) for ln in wrap(curly(e["summary"]), "F1", TS, COLS[1][1] - 10)]
    def items(lst):
        out = []
        for it in lst:
            for k, ln in enumerate(wrap(curly(it), "F1", TS, COLS[2][1] - 20)):
                out.append((12, ln, "F1", (0, 0, 0), "\u2022" if k == 0 else None))
        return out
    return [t, s, items(e["learning"]), items(e["recs"])]


def table(d):
    pages, lead, pad = [], TL, 4
    x0 = 16
    xs = [x0]
    for _, w in COLS: xs.append(xs[-1] + w)
    def header(p, y):
        hgt = 16
        p.rect(x0, y - hgt, xs[-1] - x0, hgt, (0.85, 0.88, 0.95))
        for k, (name, w) in enumerate(COLS): p.text(xs[k] + 4, y - 11, name, "F2", 6.6 if len(name) > 20 else TS)
        p.raw("0.3 0.3 0.3 RG 0.6 w " + " ".join(f"{x:.2f} {y:.2f} m {x:.2f} {y - hgt:.2f} l" for x in xs) + f" {x0} {y} m {xs[-1]} {y} l {x0} {y - hgt} m {xs[-1]} {y - hgt} l S")
        return y - hgt
    def new_page():
        p = Page(TW, TH); pages.append(p)
        p.text(x0, TH - 22, f"NSPCC Learning | {d['heading']}", "F1", 7, (0.4, 0.4, 0.4))
        return p
    p = new_page()
    p.text(x0, TH - 50, d["heading"], "F2", 15, (0.1, 0.2, 0.5))
    y = TH - 68
    for ln in wrap(curly(d["intro"]) + " " + FOOT + " Each row is one review; a row may go on over the page.", "F1", 8.5, 388): p.text(x0, y, ln, "F1", 8.5); y -= 11
    y -= 50  # a panel 'How to use these summaries' (a drawn box) pushes the table down the first page
    p.rect(x0, y + 6, 388, 46, (0.95, 0.95, 0.9), (0.7, 0.7, 0.6))
    for k, ln in enumerate(wrap("How to use these summaries: discuss one review at each team meeting, ask which of the learning points apply to your own service, and record what you will change. The full reports are on the NSPCC Repository.", "F3", 8, 370)):
        p.text(x0 + 8, y + 42 - 10 * (k + 1), ln, "F3", 8, (0.3, 0.3, 0.2))
    y -= 4
    y = header(p, y)
    bottom = 36
    for i, e in enumerate(d["entries"], 1):
        cells = cell_lines(e, d, i)
        pos = [0] * 4
        while True:
            room = int((y - pad - bottom) // lead)
            rest = max(len(c) - q for c, q in zip(cells, pos))
            n = min(room, rest)
            hgt = n * lead + 2 * pad
            for k, c in enumerate(cells):
                for j, (dx, ln, font, rgb, extra) in enumerate(c[pos[k]:pos[k] + n]):
                    yy = y - pad - 8.5 - j * lead
                    if ln: p.text(xs[k] + 4 + dx, yy, ln, font, TS, rgb)
                    if extra and extra.startswith("http"): p.link(xs[k] + 4, yy - 3, width(ln, font, TS), 10, extra)
                    elif extra: p.text(xs[k] + 4, yy, extra, "F1", TS)
                pos[k] += n
            p.raw("0.3 0.3 0.3 RG 0.6 w " + " ".join(f"{x:.2f} {y:.2f} m {x:.2f} {y - hgt:.2f} l" for x in xs) + f" {x0} {y - hgt:.2f} m {xs[-1]} {y - hgt:.2f} l S")
            y -= hgt
            if all(q >= len(c) for c, q in zip(cells, pos)): break
            if os.environ.get("B53_DEBUG"): print("row", i, "split at", [c[min(q, len(c)) - 1][1] for c, q in zip(cells, pos) if q])
            p = new_page(); y = header(p, TH - 32)
    for k, pg in enumerate(pages, 1): pg.text(x0, 22, f"{FOOT} | Page {k} of {len(pages)}", "F1", 6.5, (0.4, 0.4, 0.4))
    return pages


# ---------------------------------------------------------------- D. a portrait page drawn sideways by the text matrix
class SidePage(Page):
    """Portrait coordinates (u, v) drawn on a landscape sheet at (842 - v, u): text runs up the page."""
    def __init__(self):
        super().__init__(842, 595)

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        self.ops.append(f"BT /{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg 0 1 -1 0 {842 - y0:.2f} {x0:.2f} Tm {lit(s)} Tj ET")

    def rect(self, x0, y0, w, hgt, rgb, stroke=None):
        self.ops.append("q 0 1 -1 0 842 0 cm"); super().rect(x0, y0, w, hgt, rgb, stroke); self.ops.append("Q")

    def link(self, x0, y0, w, hgt, uri):
        self.links.append((842 - y0 - hgt, x0, 842 - y0, x0 + w, uri))


def sideways(d):
    f = Flow(SidePage, d["heading"], x0=60, w=475, top=790)
    f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    return f.done()


# ---------------------------------------------------------------- E. fake bold by overprinting
class FakeBoldPage(Page):
    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        if font == "F2":
            if size >= 16: super().text(x0 + 1.2, y0 - 1.2, s, "F1", size, (0.75, 0.75, 0.75))
            super().text(x0, y0, s, "F1", size, rgb); super().text(x0 + 0.4, y0, s, "F1", size, rgb)
        else:
            super().text(x0, y0, s, font, size, rgb)


def fakebold(d):
    f = Flow(FakeBoldPage, d["heading"]); f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    return f.done()


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = os.path.abspath(f"{out}/input/{fname}")
        if "tagged" in fname:
            tagged(d, dst)
        elif "cid" in fname:
            cid_twocol(d, dst)
        elif "table" in fname:
            w51.write(table(d), dst, d["heading"], "Microsoft\u00ae Word for Microsoft 365")
        elif "rotated" in fname:
            w51.write(sideways(d), dst, d["heading"], "PDF-XChange Core API SDK (8.0.343.0)")
        elif "fakebold" in fname:
            w51.write(fakebold(d), dst, d["heading"], "PDFCreator 2.3.2.6 (GDI printer, simulated bold)")
        print("wrote", fname)
