# Renders the inputs of batch b49 (see render_b49.py and entries_b49.py). Invented material, test fixtures only. Every input is
# written as PDF by the small writer below (standard 14 Helvetica fonts, WinAnsi, widths from the AFM files of the PDFBox 3.0.8
# jar via render_b35_inputs), extended with marked content and a structure tree, /Rotate, an image XObject and a symbol font
# with a ToUnicode CMap, so the content stream, the tags and the text layer are exactly those of the producer imitated.
# A: PowerPoint-like 'Save as PDF' (Producer 'Microsoft(R) PowerPoint(R) for Microsoft 365'), 720 x 405 slides, untagged: a title
#    slide, then one review per slide: the title in a TITLE PLACEHOLDER (28 pt, top left), the summary in a left text box and
#    the labels and lists in a right text box; the right box is DRAWN FIRST (z-order) so the stream has the lists before the
#    summary; items open with WINGDINGS bullets (a TrueType symbol font, not embedded, whose ToUnicode maps code 0xFC to
#    U+F0FC (a check mark) for learning and 0x71 to U+F071 (a box) for recommendations); the bullet glyph, then the item text
#    as a separate text object at a hanging indent; the link at the foot of the right box; a footer 'NSPCC Learning | April
#    2025' and the slide number.
# B: an automatic tagger's output (Producer 'PDF AutoTag 2.1'), A4, one column, TAGGED but wrongly: EVERY LINE of the page
#    (heading, intro, titles, summary lines, labels, items, links, page number) is its own H1 structure element, in reading
#    order; fonts and sizes otherwise Word-like (bold 13 pt titles, bold labels, '•' items).
# C: a tagged accessible export (Producer 'Acrobat PDFMaker 24 for Word'), A4: H1, P, H2 titles, P summaries, and before each
#    list an ICON (an image XObject, a coloured 14 x 14 square) tagged as a Figure whose /Alt and /ActualText are the label
#    ('Learning includes', 'Recommendations include', 'Identifies good practice including') - the label words are nowhere in
#    the text layer; the lists are L / LI / Lbl ('•') / LBody; the link a Link element in a P.
# D: an A5 digest (two logical A5 pages per A4 sheet, 2-UP, each half with its own folio 'January 2026 · N') on sheets STORED
#    PORTRAIT (595 x 842) with /Rotate 90, the content drawn turned (cm 0 1 -1 0 595 0) so the sheet reads landscape; untagged.
# E: a Publisher-like newsletter (Producer 'Microsoft(R) Publisher for Microsoft 365'), A4, untagged, two columns of LINKED TEXT
#    FRAMES: page 1 column 1 the first review with a LARGE PULL QUOTE (16 pt italic between rules) set in the middle of its
#    summary; column 2 the second review's title and the start of its summary, then 'Continued on page 2'; page 2 column 1 the
#    third review; column 2 'Continued from page 1', the rest of the second review (summary end, lists, link), then the
#    fourth review. Frames are written in Publisher's creation order (page 2: column 2 before column 1).
import os, zlib
from render_b32_inputs import groups, url, curly
import render_b35_inputs as w35
from render_b35_inputs import width, wrap, lit

w35.FONTS["F3"] = "Helvetica-Oblique"; w35.WID["F3"] = w35.WID["F1"]
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
BASE = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


class Page:
    def __init__(self, w, hgt, rotate=0, pre=""):
        self.w, self.h, self.rotate, self.ops, self.links, self.mcid = w, hgt, rotate, [pre] if pre else [], [], 0

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), tag=None):
        body = f"BT /{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg 1 0 0 1 {x0:.2f} {y0:.2f} Tm {lit(s)} Tj ET"
        return self.marked(body, tag)

    def marked(self, body, tag):
        if tag is None:
            self.ops.append(body); return None
        if tag == "Artifact":
            self.ops.append(f"/Artifact BMC {body} EMC"); return None
        m = self.mcid; self.mcid += 1
        self.ops.append(f"/{tag} <</MCID {m}>> BDC {body} EMC")
        return m

    def raw(self, s):
        self.ops.append(s)

    def rect(self, x0, y0, w, hgt, rgb):
        self.ops.append("%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f" % (rgb + (x0, y0, w, hgt)))

    def rule(self, x0, y0, x1, rgb=(0.4, 0.4, 0.4), lw=0.8):
        self.ops.append("%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S" % (rgb + (lw, x0, y0, x1, y0)))

    def link(self, x0, y0, w, hgt, uri):
        self.links.append((x0, y0, x0 + w, y0 + hgt, uri))


WINGDINGS_CMAP = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <00> <FF> endcodespacerange
2 beginbfchar <71> <F071> <FC> <F0FC> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"""


def write(pages, path, title, producer, struct=None):
    """struct: the root element {'S': 'Document', 'K': [...]}; an element's K holds elements or (page index, mcid)."""
    objs = []
    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1")); return len(objs)
    def reserve():
        objs.append(None); return len(objs)
    fonts = {k: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>") for k, v in BASE.items()}
    cm = add(b"<< /Length %d >>\nstream\n" % len(WINGDINGS_CMAP) + WINGDINGS_CMAP + b"\nendstream")
    fd = add("<< /Type /FontDescriptor /FontName /Wingdings-Regular /Flags 4 /FontBBox [0 -211 1359 899] /ItalicAngle 0 /Ascent 899 /Descent -211 /CapHeight 722 /StemV 80 >>")
    wd = " ".join("781" if c in (0x71, 0xFC) else "0" for c in range(0x71, 0xFD))
    fonts["F9"] = add(f"<< /Type /Font /Subtype /TrueType /BaseFont /Wingdings-Regular /FirstChar 113 /LastChar 252 /Widths [{wd}] /FontDescriptor {fd} 0 R /ToUnicode {cm} 0 R >>")
    icon = zlib.compress(bytes(sum(([30, 110, 170] if 2 <= x < 12 and 2 <= y < 12 else [255, 255, 255] for y in range(14) for x in range(14)), [])))
    img = add(f"<< /Type /XObject /Subtype /Image /Width 14 /Height 14 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length {len(icon)} >>\nstream\n".encode() + icon + b"\nendstream")
    res = "<< /Font << " + " ".join(f"/{k} {n} 0 R" for k, n in fonts.items()) + f" >> /XObject << /Im1 {img} 0 R >> >>"
    pages_no = reserve()
    root_no = reserve() if struct else None
    kids = []
    for i, p in enumerate(pages):
        data = zlib.compress("\n".join(p.ops).encode("latin-1"))
        c = add(f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode("latin-1") + data + b"\nendstream")
        annots = [add(f"<< /Type /Annot /Subtype /Link /Rect [{a:.2f} {b:.2f} {c2:.2f} {d:.2f}] /Border [0 0 0] /A << /S /URI /URI {lit(u)} >> >>")
                  for a, b, c2, d, u in p.links]
        ann = f" /Annots [{' '.join(f'{n} 0 R' for n in annots)}]" if annots else ""
        rot = f" /Rotate {p.rotate}" if p.rotate else ""
        sp = f" /StructParents {i} /Tabs /S" if struct else ""
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 {p.w} {p.h}]{rot} /Resources {res} /Contents {c} 0 R{ann}{sp} >>"))
    objs[pages_no - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    extra = ""
    if struct:
        parent = {}  # page index -> {mcid: element obj no}
        def emit(el, parent_no):
            no = reserve()
            ks = []
            for k in el["K"]:
                if isinstance(k, tuple):
                    parent.setdefault(k[0], {})[k[1]] = no
                    ks.append(f"<< /Type /MCR /Pg {kids[k[0]]} 0 R /MCID {k[1]} >>")
                else:
                    ks.append(f"{emit(k, no)} 0 R")
            alt = "".join(f" /{a} {lit(el[a])}" for a in ("Alt", "ActualText") if a in el)
            objs[no - 1] = f"<< /Type /StructElem /S /{el['S']} /P {parent_no} 0 R /K [{' '.join(ks)}]{alt} >>".encode("latin-1")
            return no
        top = emit(struct, root_no)
        nums = " ".join(f"{i} [{' '.join(f'{m[j]} 0 R' for j in sorted(m))}]" for i, m in sorted(parent.items()))
        objs[root_no - 1] = f"<< /Type /StructTreeRoot /K {top} 0 R /ParentTree << /Nums [{nums}] >> /ParentTreeNextKey {len(pages)} >>".encode()
        extra = f" /StructTreeRoot {root_no} 0 R /MarkInfo << /Marked true >> /Lang (en-GB) /ViewerPreferences << /DisplayDocTitle true >>"
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R{extra} >>")
    info = add(f"<< /Title {lit(title)} /Producer {lit(producer)} /Creator {lit(producer)} /Subject {lit(FOOT)} >>")
    out, offs = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), []
    for i, b in enumerate(objs, 1):
        offs.append(len(out)); out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(bytes(out))


def parts(e):
    """[(label or None, items or sentence)] with curly apostrophes."""
    return [(lab, curly(v) if isinstance(v, str) else [curly(x) for x in v]) for lab, v in groups(e)]


# ---------------------------------------------------------------- A. PowerPoint-like slides with Wingdings bullets
def slides(d):
    W, H = 720, 405
    pages = []
    p = Page(W, H)
    p.rect(0, 0, W, H, (0.20, 0.10, 0.36))
    p.text(48, 230, d["heading"], "F2", 32, (1, 1, 1))
    for k, line in enumerate(wrap(curly(d["intro"]), "F1", 16, 600)):
        p.text(48, 190 - 22 * k, line, "F1", 16, (1, 1, 1))
    p.text(48, 40, FOOT, "F1", 9, (0.85, 0.85, 0.85))
    pages.append(p)
    for i, e in enumerate(d["entries"], 1):
        p = Page(W, H)
        p.rect(0, 0, 8, H, (0.20, 0.10, 0.36))
        # z-order: the right text box (lists) was created first, so it is written first
        y = 322
        for lab, v in parts(e):
            if lab is None:
                for line in wrap(v, "F3", 11, 310):
                    p.text(380, y, line, "F3", 11, (0.2, 0.2, 0.2)); y -= 14
                y -= 6; continue
            p.text(380, y, lab, "F2", 13, (0.20, 0.10, 0.36)); y -= 17
            code = "(\xfc)" if lab.startswith("Learning") else "(q)"
            for it in v:
                p.raw(f"BT /F9 11 Tf 0.75 0.1 0.3 rg 1 0 0 1 382 {y:.2f} Tm {code} Tj ET")
                for line in wrap(it, "F1", 11, 292):
                    p.text(400, y, line, "F1", 11); y -= 14
                y -= 3
            y -= 6
        lk = curly(e["link"])
        p.text(380, y - 4, lk, "F1", 11, (0.1, 0.3, 0.7)); p.link(380, y - 7, width(lk, "F1", 11), 14, url(d, i))
        # title placeholder
        tl = wrap(curly(e["title"]), "F2", 24, 640)
        for k, line in enumerate(tl):
            p.text(36, 360 - 28 * k, line, "F2", 24, (0.20, 0.10, 0.36))
        # left text box: the summary
        y = 322
        for line in wrap(curly(e["summary"]), "F1", 13, 310):
            p.text(36, y, line, "F1", 13); y -= 17
        p.text(36, 18, "NSPCC Learning | " + d["heading"].split(" in ")[-1], "F1", 9, (0.4, 0.4, 0.4))
        p.text(680, 18, str(i + 1), "F1", 9, (0.4, 0.4, 0.4))
        pages.append(p)
    return pages


# ---------------------------------------------------------------- shared one-column flow (B, C)
class Flow:
    def __init__(self, tagged, root, foot):
        self.pages, self.y, self.root, self.tagged, self.foot = [], 0, root, tagged, foot
        self.new_page()

    def new_page(self):
        if self.pages:
            self.folio()
        self.pages.append(Page(595, 842)); self.y = 780

    def folio(self):
        n = len(self.pages)
        m = self.pages[-1].text(60, 40, f"{self.foot} | Page {n}", "F1", 8, (0.4, 0.4, 0.4), self.tagged or "Artifact")
        if self.tagged == "H1":
            self.root["K"].append({"S": "H1", "K": [(n - 1, m)]})

    def need(self, hgt):
        if self.y - hgt < 70: self.new_page()

    def line(self, x0, s, font, size, gap, rgb=(0, 0, 0), tag=None, el=None):
        """One line; tag 'H1' puts it in an H1 element of its own, el collects it into a given element."""
        self.need(gap)
        p = self.pages[-1]
        m = p.text(x0, self.y, s, font, size, rgb, tag or (el["S"] if el else None))
        if tag == "H1": self.root["K"].append({"S": "H1", "K": [(len(self.pages) - 1, m)]})
        elif el is not None: el["K"].append((len(self.pages) - 1, m))
        self.y -= gap
        return p


def allh1(d):
    root = {"S": "Document", "K": []}
    f = Flow("H1", root, d["heading"])
    f.line(60, d["heading"], "F2", 18, 30, tag="H1")
    for s in wrap(curly(d["intro"]) + " " + FOOT, "F1", 10, 475):
        f.line(60, s, "F1", 10, 14, tag="H1")
    f.y -= 12
    for i, e in enumerate(d["entries"], 1):
        f.need(120)
        for s in wrap(curly(e["title"]), "F2", 13, 475):
            f.line(60, s, "F2", 13, 19, (0.1, 0.2, 0.5), tag="H1")
        for s in wrap(curly(e["summary"]), "F1", 10, 475):
            f.line(60, s, "F1", 10, 14, tag="H1")
        f.y -= 4
        for lab, v in parts(e):
            if lab is None:
                for s in wrap(v, "F1", 10, 475): f.line(60, s, "F1", 10, 14, tag="H1")
                continue
            f.line(60, lab, "F2", 10, 15, tag="H1")
            for it in v:
                for k, s in enumerate(wrap(it, "F1", 10, 455)):
                    f.line(72, ("\u2022  " if k == 0 else "") + s, "F1", 10, 14, tag="H1") if k == 0 else f.line(80, s, "F1", 10, 14, tag="H1")
            f.y -= 4
        lk = curly(e["link"])
        p = f.line(60, lk, "F1", 10, 26, (0.1, 0.3, 0.7), tag="H1")
        p.link(60, f.y + 23, width(lk, "F1", 10), 12, url(d, i))
    f.folio()
    return f.pages, root


def icons(d):
    root = {"S": "Document", "K": []}
    f = Flow(None, root, d["heading"])
    def el(s, **kw):
        x = {"S": s, "K": []}; x.update(kw); return x
    h1 = el("H1"); root["K"].append(h1)
    f.line(60, d["heading"], "F2", 18, 30, el=h1)
    intro = el("P"); root["K"].append(intro)
    for s in wrap(curly(d["intro"]) + " " + FOOT, "F1", 10, 475):
        f.line(60, s, "F1", 10, 14, el=intro)
    f.y -= 12
    for i, e in enumerate(d["entries"], 1):
        f.need(130)
        sect = el("Sect"); root["K"].append(sect)
        t = el("H2"); sect["K"].append(t)
        for s in wrap(curly(e["title"]), "F2", 13, 475):
            f.line(60, s, "F2", 13, 19, (0.1, 0.2, 0.5), el=t)
        sm = el("P"); sect["K"].append(sm)
        for s in wrap(curly(e["summary"]), "F1", 10, 475):
            f.line(60, s, "F1", 10, 14, el=sm)
        f.y -= 6
        for lab, v in parts(e):
            if lab is None:
                pp = el("P"); sect["K"].append(pp)
                for s in wrap(v, "F1", 10, 475): f.line(60, s, "F1", 10, 14, el=pp)
                f.y -= 4; continue
            f.need(40)
            word = lab.rstrip(":")
            fig = el("Figure", Alt=word, ActualText=word); sect["K"].append(fig)
            p = f.pages[-1]
            m = p.marked(f"q 14 0 0 14 60 {f.y - 3:.2f} cm /Im1 Do Q", "Figure")
            fig["K"].append((len(f.pages) - 1, m))
            lst = el("L"); sect["K"].append(lst)
            for it in v:
                li = el("LI"); lst["K"].append(li)
                lbl = el("Lbl"); body = el("LBody"); li["K"] += [lbl, body]
                f.need(14)
                m = f.pages[-1].text(84, f.y, "\u2022", "F1", 10, tag="Lbl"); lbl["K"].append((len(f.pages) - 1, m))
                for s in wrap(it, "F1", 10, 440):
                    f.line(94, s, "F1", 10, 14, el=body)
            f.y -= 6
        lk = curly(e["link"])
        lp = el("P"); sect["K"].append(lp); ln = el("Link"); lp["K"].append(ln)
        p = f.line(60, lk, "F1", 10, 26, (0.1, 0.3, 0.7), el=ln)
        p.link(60, f.y + 23, width(lk, "F1", 10), 12, url(d, i))
    f.folio()
    return f.pages, root


# ---------------------------------------------------------------- D. A5 2-up on a /Rotate 90 sheet
def a5_pages(d):
    """Logical A5 pages (420 x 595): lists of (x, y, text, font, size, rgb, link)."""
    pages, cur, y = [], [], 540
    def put(x0, s, font, size, gap, rgb=(0, 0, 0), link=None):
        nonlocal cur, y
        if y - gap < 50:
            pages.append(cur); cur, y = [], 555
        cur.append((x0, y, s, font, size, rgb, link)); y -= gap
    put(36, d["heading"], "F2", 15, 24)
    for s in wrap(curly(d["intro"]) + " " + FOOT, "F1", 9, 348): put(36, s, "F1", 9, 12)
    y -= 8
    for i, e in enumerate(d["entries"], 1):
        if y < 170: pages.append(cur); cur, y = [], 555
        for s in wrap(curly(e["title"]), "F2", 11, 348): put(36, s, "F2", 11, 15, (0.55, 0.1, 0.2))
        for s in wrap(curly(e["summary"]), "F1", 9, 348): put(36, s, "F1", 9, 12)
        y -= 3
        for lab, v in parts(e):
            if lab is None:
                for s in wrap(v, "F1", 9, 348): put(36, s, "F1", 9, 12)
                continue
            put(36, lab, "F2", 9, 12)
            for it in v:
                for k, s in enumerate(wrap(it, "F1", 9, 330)):
                    put(46 if k == 0 else 54, ("\u2013 " if k == 0 else "") + s, "F1", 9, 12)
            y -= 3
        put(36, curly(e["link"]), "F1", 9, 22, (0.1, 0.3, 0.7), url(d, i))
    pages.append(cur)
    return pages


def two_up(d):
    logical = a5_pages(d)
    if len(logical) % 2: logical.append([])
    sheets = []
    month = d["heading"].split("– ")[-1]
    for s in range(0, len(logical), 2):
        p = Page(595, 842, rotate=90, pre="q 0 1 -1 0 595 0 cm")
        for half in (0, 1):
            dx = 421 * half
            for x0, y0, t, font, size, rgb, link in logical[s + half]:
                p.text(x0 + dx, y0, t, font, size, rgb)
                if link:
                    # the annotation rectangle in the stored (unrotated) page space
                    wdt = width(t, font, size); X, Y = x0 + dx, y0 - 3
                    p.links.append((595 - Y - 12, X, 595 - Y, X + wdt, link))
            n = s + half + 1
            p.text(36 + dx, 24, f"Case reviews digest | {month} \u00b7 {n}", "F1", 8, (0.4, 0.4, 0.4))
        p.raw("0.7 0.7 0.7 RG 0.5 w 421 20 m 421 575 l S")
        p.raw("Q")
        sheets.append(p)
    return sheets


# ---------------------------------------------------------------- E. Publisher-like linked frames with a pull quote
class Frame:
    def __init__(self, page, x0, top, w):
        self.p, self.x, self.y, self.w = page, x0, top, w

    def lines(self, s, font="F1", size=9.5, gap=12.5, rgb=(0, 0, 0), indent=0, first=""):
        for k, line in enumerate(wrap(s, font, size, self.w - indent - (8 if first else 0))):
            if k == 0 and first: self.p.text(self.x + indent, self.y, first, font, size, rgb)
            self.p.text(self.x + indent + (8 if first else 0), self.y, line, font, size, rgb); self.y -= gap

    def lists(self, e, d, i, skip_summary=True):
        for lab, v in parts(e):
            if lab is None: self.lines(v); continue
            self.y -= 3; self.lines(lab, "F2", 9.5, 13, (0.0, 0.35, 0.45))
            for it in v: self.lines(it, indent=4, first="\u2022")
        self.y -= 2
        lk = curly(e["link"])
        self.p.text(self.x, self.y, lk, "F1", 9.5, (0.1, 0.3, 0.7)); self.p.link(self.x, self.y - 3, width(lk, "F1", 9.5), 12, url(d, i))
        self.y -= 26

    def title(self, s):
        self.lines(s, "F2", 12, 15, (0.0, 0.35, 0.45)); self.y -= 2


def sentences(s):
    out, cur = [], ""
    for w in s.split(" "):
        cur = (cur + " " + w).strip()
        if w.endswith("."): out.append(cur); cur = ""
    return out + ([cur] if cur else [])


def publisher(d):
    e1, e2, e3, e4 = d["entries"]
    p1, p2 = Page(595, 842), Page(595, 842)
    p1.rect(0, 762, 595, 80, (0.0, 0.35, 0.45))
    p1.text(40, 800, d["heading"], "F2", 22, (1, 1, 1))
    p1.text(40, 777, "Newsletter of the safeguarding partnership | Issue 7", "F1", 10, (0.9, 0.9, 0.9))
    intro = Frame(p1, 40, 740, 515); intro.lines(curly(d["intro"]) + " " + FOOT, "F3", 10, 13)
    c1, c2 = Frame(p1, 40, 700, 245), Frame(p1, 310, 700, 245)
    # column 1: review 1 with a pull quote in the middle of its summary
    c1.title(curly(e1["title"]))
    ss = sentences(curly(e1["summary"]))
    c1.lines(" ".join(ss[:2]))
    c1.y -= 14; p1.rule(c1.x, c1.y + 20, c1.x + 245, (0.0, 0.35, 0.45), 1.5)
    c1.lines("\u201cNo one checked that she understood how to feed him.\u201d", "F3", 16, 20, (0.0, 0.35, 0.45))
    p1.rule(c1.x, c1.y + 12, c1.x + 245, (0.0, 0.35, 0.45), 1.5); c1.y -= 6
    c1.lines(" ".join(ss[2:]))
    c1.lists(e1, d, 1)
    # column 2: review 2 starts, jumps to page 2
    c2.title(curly(e2["title"]))
    s2 = sentences(curly(e2["summary"]))
    c2.lines(" ".join(s2[:2]))
    c2.y -= 2; c2.lines("Continued on page 2", "F3", 9, 12, (0.0, 0.35, 0.45))
    for p, n in ((p1, 1), (p2, 2)):
        p.text(40, 30, f"{d['heading']} | page {n}", "F1", 8, (0.4, 0.4, 0.4))
    # page 2: frames written in creation order, column 2 (the jump) before column 1
    k2 = Frame(p2, 310, 790, 245)
    k2.lines("Continued from page 1", "F3", 9, 12, (0.0, 0.35, 0.45)); k2.y -= 2
    k2.lines(" ".join(s2[2:]))
    k2.lists(e2, d, 2)
    k2.title(curly(e4["title"])); k2.lines(curly(e4["summary"])); k2.lists(e4, d, 4)
    k1 = Frame(p2, 40, 790, 245)
    k1.title(curly(e3["title"])); k1.lines(curly(e3["summary"])); k1.lists(e3, d, 3)
    return [p1, p2]


def render_inputs(B, out, only):
    os.makedirs(f"{out}/input", exist_ok=True)
    for fname, d in B.items():
        if only and fname not in only: continue
        dst = os.path.abspath(f"{out}/input/{fname}")
        if "slides" in fname:
            write(slides(d), dst, d["heading"], "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
        elif "allh1" in fname:
            pages, root = allh1(d); write(pages, dst, d["heading"], "PDF AutoTag 2.1", root)
        elif "icon" in fname:
            pages, root = icons(d); write(pages, dst, d["heading"], "Acrobat PDFMaker 24 for Word", root)
        elif "2up" in fname:
            write(two_up(d), dst, d["heading"], "pdfjam 3.03 (pdfTeX-1.40.24)")
        elif "publisher" in fname:
            write(publisher(d), dst, d["heading"], "Microsoft\u00ae Publisher for Microsoft 365")
        print("wrote", fname)
