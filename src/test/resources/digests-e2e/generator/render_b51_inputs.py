# Renders the inputs of batch b51 (see render_b51.py and entries_b51.py). Invented material, test fixtures only. Every input is
# written as PDF by the small writer below (standard 14 Helvetica fonts, widths from the AFM files of the PDFBox 3.0.8 jar via
# render_b35_inputs), so the content stream, the fonts and the file structure are exactly those of the producer imitated.
# A: 'Microsoft: Print To PDF' (the Windows printer driver), A4, untagged: the page drawn in GDI units (cm 0.75 0 0 -0.75 0 842,
#    y running DOWN the page), every line one BT whose glyphs are placed ONE BY ONE (a '1 0 0 -1 X Y Tm (c) Tj' per glyph) and
#    NO space glyphs (a word gap is only a jump in X); link annotations over the 'Read ...' lines.
# B: a Word-template digest ('Microsoft Word for Microsoft 365'), A4, untagged, one column, carrying text the reader must NOT
#    read: template guidance and a placeholder review in WHITE text (1 1 1 rg) in the gaps; a line of editor's note in text
#    render mode 3 (invisible, not an OCR layer); a text box whose overflow lines lie outside its clip path (re W n); and last
#    month's review (title, summary, list) drawn in black and then COVERED BY A WHITE RECTANGLE (a redaction that is only paint).
# C: a digest saved with an INCREMENTAL UPDATE (a second body, xref section with /Prev and trailer appended): revision 1's page
#    2 held a review since withdrawn and an age since corrected; the update gives page 2 a new content stream and a sticky note
#    (a /Text annotation) saying what changed. The first revision's page 2 stream is still in the file's bytes.
# D: entries with a KEY-VALUE TABLE beside each summary (Word-like layout table, untagged): the title is the child's name only;
#    left cell the summary, labels, items and link; right cell a bordered 2-column table 'Review type | Age | Sex | Ethnicity |
#    Area | Published' (label cells shaded), written after the left cell.
# E: an A3 landscape POSTER (1191 x 842) in FOUR COLUMNS, one review per column under a coloured band with the title in white;
#    all text in fonts whose /Differences name the ligature glyphs f_i, f_l, f_f, f_f_i, f_f_l at codes 1-5 and that have NO
#    /ToUnicode (so 'identified' is 'i', 'de', code 1, 'ed' to a reader that only knows the glyph list).
# F: a digest whose text is ALL VECTOR OUTLINES ('text converted to outlines', glyph paths of Liberation Sans via fontTools):
#    no font, no text layer at all.
import os, zlib
from render_b32_inputs import groups, url, curly
import render_b35_inputs as w35
from render_b35_inputs import width, wrap, lit

w35.FONTS["F3"] = "Helvetica-Oblique"; w35.WID["F3"] = w35.WID["F1"]
w35.WID["F4"] = w35.WID["F1"]; w35.WID["F5"] = w35.WID["F2"]
FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
BASE = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
LIGS = [("ffi", 4, "f_f_i", 778), ("ffl", 5, "f_f_l", 778), ("fi", 1, "f_i", 500), ("fl", 2, "f_l", 500), ("ff", 3, "f_f", 556)]
LIGS_BOLD = {1: 611, 2: 611, 3: 666, 4: 944, 5: 944}


def lig(s):
    for t, code, _, _ in LIGS:
        s = s.replace(t, chr(code))
    return s


class Page:
    def __init__(self, w=595, hgt=842, pre=""):
        self.w, self.h, self.ops, self.links, self.notes = w, hgt, [pre] if pre else [], [], []

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        tr = f"{mode} Tr " if mode is not None else ""
        body = lit(lig(s)) if font in ("F4", "F5") else lit(s)
        body = f"BT {tr}/{font} {size} Tf {'%.3f %.3f %.3f' % rgb} rg 1 0 0 1 {x0:.2f} {y0:.2f} Tm {body} Tj ET"
        self.ops.append(f"q {body} Q" if tr else body)  # the render mode is graphics state: keep it to this line

    def raw(self, s):
        self.ops.append(s)

    def rect(self, x0, y0, w, hgt, rgb, stroke=None):
        self.ops.append("%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f" % (rgb + (x0, y0, w, hgt)))
        if stroke:
            self.ops.append("%.3f %.3f %.3f RG 0.6 w %.2f %.2f %.2f %.2f re S" % (stroke + (x0, y0, w, hgt)))

    def link(self, x0, y0, w, hgt, uri):
        self.links.append((x0, y0, x0 + w, y0 + hgt, uri))


class GlyphPage(Page):
    """Microsoft Print to PDF: GDI units, y down, one Tm per glyph, no space glyphs."""
    def __init__(self):
        super().__init__(595, 842, "0.75 0 0 -0.75 0 842 cm")

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        px, X, Y, out = size / 0.75, x0 / 0.75, (842 - y0) / 0.75, []
        for k, c in enumerate(s):
            if c != " ":
                out.append(f"1 0 0 -1 {X + width(s[:k], font, size) / 0.75:.2f} {Y:.2f} Tm {lit(c)} Tj")
        self.ops.append(f"BT /{font} {px:.2f} Tf {'%.3f %.3f %.3f' % rgb} rg " + " ".join(out) + " ET")


class OutlinePage(Page):
    """Text converted to outlines: glyph paths of Liberation Sans, filled; no font at all."""
    FONTS = {}

    def glyphs(self, font):
        if font not in self.FONTS:
            from fontTools.ttLib import TTFont
            name = {"F1": "Regular", "F2": "Bold", "F3": "Italic"}[font]
            f = TTFont(f"/usr/share/fonts/truetype/liberation/LiberationSans-{name}.ttf")
            self.FONTS[font] = (f.getGlyphSet(), f.getBestCmap(), f["hmtx"], f["head"].unitsPerEm)
        return self.FONTS[font]

    def text(self, x0, y0, s, font="F1", size=10, rgb=(0, 0, 0), mode=None):
        from fontTools.pens.basePen import BasePen
        gs, cmap, hmtx, upm = self.glyphs(font)
        ops = []
        class Pen(BasePen):
            ox = 0
            def _moveTo(self, p): ops.append("%.1f %.1f m" % (p[0] + self.ox, p[1]))
            def _lineTo(self, p): ops.append("%.1f %.1f l" % (p[0] + self.ox, p[1]))
            def _curveToOne(self, a, b, c): ops.append("%.1f %.1f %.1f %.1f %.1f %.1f c" % (a[0] + self.ox, a[1], b[0] + self.ox, b[1], c[0] + self.ox, c[1]))
            def _closePath(self): ops.append("h")
        pen = Pen(gs)
        for c in s:
            gn = cmap.get(ord(c), ".notdef")
            gs[gn].draw(pen); pen.ox += hmtx[gn][0]
        k = size / upm
        self.ops.append(f"q {'%.3f %.3f %.3f' % rgb} rg {k:.5f} 0 0 {k:.5f} {x0:.2f} {y0:.2f} cm " + " ".join(ops) + " f Q")


def font_objs(add, outlines=False):
    if outlines:
        return {}
    fonts = {k: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{v} /Encoding /WinAnsiEncoding >>") for k, v in BASE.items()}
    for key, base, bold in (("F4", "Helvetica", False), ("F5", "Helvetica-Bold", True)):
        code = w35.WID["F2" if bold else "F1"][0]
        wid = [str(LIGS_BOLD[c] if bold else next(w for _, cc, _, w in LIGS if cc == c)) for c in range(1, 6)]
        wid += [str(code.get(c, 0)) for c in range(6, 256)]
        diffs = " ".join(f"/{n}" for _, _, n, _ in sorted(LIGS, key=lambda t: t[1]))
        fd = add(f"<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [-166 -225 1000 931] /ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV {140 if bold else 88} >>")
        fonts[key] = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /FirstChar 1 /LastChar 255 /Widths [{' '.join(wid)}] /FontDescriptor {fd} 0 R /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 {diffs}] >> >>")
    return fonts


def build(pages, title, producer, outlines=False):
    """The objects of a one-revision file: (objs, catalog no, info no, page nos, content nos, resources string)."""
    objs = []
    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1")); return len(objs)
    fonts = font_objs(add, outlines)
    res = "<< /Font << " + " ".join(f"/{k} {n} 0 R" for k, n in fonts.items()) + " >> >>" if fonts else "<< >>"
    objs.append(None); pages_no = len(objs)
    kids, contents = [], []
    for p in pages:
        contents.append(add(stream(p.ops)))
        annots = [add(f"<< /Type /Annot /Subtype /Link /Rect [{a:.2f} {b:.2f} {c2:.2f} {d:.2f}] /Border [0 0 0] /A << /S /URI /URI {lit(u)} >> >>")
                  for a, b, c2, d, u in p.links]
        ann = f" /Annots [{' '.join(f'{n} 0 R' for n in annots)}]" if annots else ""
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 {p.w} {p.h}] /Resources {res} /Contents {contents[-1]} 0 R{ann} >>"))
    objs[pages_no - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>")
    info = add(f"<< /Title {lit(title)} /Producer {lit(producer)} /Creator {lit(producer)} /Subject {lit(FOOT)} /CreationDate (D:20251101090000Z) >>")
    return dict(objs=objs, cat=cat, info=info, kids=kids, contents=contents, res=res)


def stream(ops):
    data = zlib.compress("\n".join(ops).encode("latin-1"))
    return f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode("latin-1") + data + b"\nendstream"


def serialise(b):
    out, offs = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), []
    for i, o in enumerate(b["objs"], 1):
        offs.append(len(out)); out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(b['objs']) + 1}\n0000000000 65535 f \n".encode() + "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(b['objs']) + 1} /Root {b['cat']} 0 R /Info {b['info']} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out, xref


def write(pages, path, title, producer, outlines=False):
    open(path, "wb").write(bytes(serialise(build(pages, title, producer, outlines))[0]))


def parts(e):
    return [(lab, curly(v) if isinstance(v, str) else [curly(x) for x in v]) for lab, v in groups(e)]


# ---------------------------------------------------------------- a one-column flow shared by A, B, C and F
class Flow:
    def __init__(self, make, foot, x0=60, w=475, top=780):
        self.make, self.foot, self.x0, self.w, self.top, self.pages = make, foot, x0, w, top, []
        self.new_page()

    def new_page(self):
        if self.pages: self.folio()
        self.pages.append(self.make()); self.y = self.top

    def folio(self):
        self.pages[-1].text(self.x0, 40, f"{self.foot} | Page {len(self.pages)}", "F1", 8, (0.4, 0.4, 0.4))

    def need(self, hgt):
        if self.y - hgt < 70: self.new_page()

    def para(self, s, font="F1", size=10, gap=14, rgb=(0, 0, 0), dx=0, w=None):
        for ln in wrap(s, font, size, w or self.w - dx):
            self.need(gap); self.pages[-1].text(self.x0 + dx, self.y, ln, font, size, rgb); self.y -= gap

    def head(self, d):
        self.para(d["heading"], "F2", 18, 28)
        self.para(curly(d["intro"]) + " " + FOOT, "F1", 10, 14); self.y -= 12

    def entry(self, e, d, i, after_summary=None):
        self.need(110)
        self.para(curly(e["title"]), "F2", 13, 19, (0.1, 0.2, 0.5))
        self.para(curly(e["summary"]))
        if after_summary: after_summary(self)
        self.y -= 4
        for lab, v in parts(e):
            if lab is None:
                self.para(v); continue
            self.para(lab, "F2", 10, 15)
            for it in v:
                for k, ln in enumerate(wrap(it, "F1", 10, self.w - 30)):
                    self.need(14)
                    if k == 0: self.pages[-1].text(self.x0 + 10, self.y, "\u2022", "F1", 10)
                    self.pages[-1].text(self.x0 + 22, self.y, ln, "F1", 10); self.y -= 14
            self.y -= 4
        lk = curly(e["link"]); self.need(26)
        self.pages[-1].text(self.x0, self.y, lk, "F1", 10, (0.1, 0.3, 0.7))
        self.pages[-1].link(self.x0, self.y - 3, width(lk, "F1", 10), 13, url(d, i)); self.y -= 26

    def done(self):
        self.folio(); return self.pages


def msprint(d):
    f = Flow(GlyphPage, d["heading"]); f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    return f.done()


# ---------------------------------------------------------------- B. text that must not be read
OLD = dict(title="Child ZQW: Serious case review", summary="Death of a 12-year-old boy in 2014 who drowned at a reservoir. His mother, aged 40, had asked for respite care. Child ZQW is White British.",
           learning=["respite requests were not seen as a sign of a family under strain"], recs=["review the respite care offer for families of disabled children"], good=[], norec=None,
           link="Read the overview report (PDF)", lab=("Learning includes:", "Recommendations include:", "Identifies good practice including:"))


def hidden(d):
    f = Flow(Page, d["heading"])
    p = f.pages[-1]
    # template guidance in white above the heading
    p.text(60, 812, "TEMPLATE GUIDANCE: Child X: Review type. Summary of no more than 100 words. Learning includes: three items.", "F1", 8, (1, 1, 1))
    f.head(d)
    def note(fl):
        fl.pages[-1].text(fl.x0, fl.y + 4, "Editor: ages to be checked with the partnership before this goes out.", "F1", 6, mode=3)
    es = d["entries"]
    f.entry(es[0], d, 1, note)
    f.entry(es[1], d, 2)
    # a placeholder review left in the template, coloured white
    for s in ("Child YY: Child safeguarding practice review", "Death of a 1-year-old girl in 2020. Insert the summary here.", "Learning includes:", "insert learning"):
        f.pages[-1].text(60, f.y, s, "F2" if ":" in s[-1:] or "review" in s else "F1", 10, (1, 1, 1)); f.y -= 14
    f.y -= 8
    f.entry(es[2], d, 3)
    # a text box clipped to two lines; its overflow lies outside the clip
    f.need(60); p = f.pages[-1]
    p.raw(f"q 58 {f.y - 18:.2f} 479 30 re W n")
    for k, s in enumerate(("Reviews in this digest were published by local safeguarding partnerships.",
                           "Links go to the full report on the NSPCC Repository.",
                           "Child WWQ: Child safeguarding practice review (withdrawn - do not publish)",
                           "Death of a 15-year-old girl in 2023. Summary to follow once the partnership has agreed it.")):
        p.text(60, f.y - 14 * k, s, "F3", 9, (0.3, 0.3, 0.3))
    p.raw("Q"); f.y -= 40
    f.entry(es[3], d, 4)
    # last month's review, drawn and then painted over with a white box
    f.need(170); p = f.pages[-1]; top = f.y
    f.entry(OLD, dict(month="2025-04"), 9)
    p.rect(55, f.y + 10, 490, top - f.y + 8, (1, 1, 1))
    return f.done()


# ---------------------------------------------------------------- C. incremental update
def incremental(d, path):
    es = d["entries"]
    old3 = dict(es[2]); old3["summary"] = es[2]["summary"].replace("5-year-old", "6-year-old")
    withdrawn = dict(title="Child PPQ: Child safeguarding practice review", summary="Serious harm to a 12-year-old girl in 2024 who was assaulted by her mother's partner, aged 33. Child PPQ is White British.",
                     learning=["the partner's history was not checked"], recs=["check the history of every new adult in a household"], good=[], norec=None,
                     link="Read the practice review (PDF)", lab=es[0]["lab"])
    def pages_of(e3, e4):
        f = Flow(Page, d["heading"]); f.head(d)
        f.entry(es[0], d, 1); f.entry(es[1], d, 2); f.new_page()
        f.entry(e3, d, 3); f.entry(e4, d, 4)
        return f.done()
    rev1 = pages_of(old3, withdrawn)
    b = build(rev1, d["heading"], "Microsoft\u00ae Word for Microsoft 365")
    out, xref1 = serialise(b)
    rev2 = pages_of(es[2], es[3])
    n = len(b["objs"])
    new = {}
    new[n + 1] = stream(rev2[1].ops)
    links = [f"<< /Type /Annot /Subtype /Link /Rect [{a:.2f} {c:.2f} {e:.2f} {g:.2f}] /Border [0 0 0] /A << /S /URI /URI {lit(u)} >> >>" for a, c, e, g, u in rev2[1].links]
    for k, l in enumerate(links): new[n + 2 + k] = l.encode("latin-1")
    note_no = n + 2 + len(links)
    new[note_no] = ("<< /Type /Annot /Subtype /Text /Rect [540 700 560 720] /Open false /Name /Comment /T (Partnership office) "
                    "/Contents (Updated 12 August 2025: Child KLX is 5, not 6; the review of Child PPQ was withdrawn at the partnership's request and is no longer included.) >>").encode("latin-1")
    kid2 = b["kids"][1]
    ann = " ".join(f"{n + 2 + k} 0 R" for k in range(len(links))) + f" {note_no} 0 R"
    parent = b["objs"][kid2 - 1].decode("latin-1").split("/Parent ")[1].split(" ")[0]
    new[kid2] = f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] /Resources {b['res']} /Contents {n + 1} 0 R /Annots [{ann}] >>".encode("latin-1")
    new[b["info"]] = (f"<< /Title {lit(d['heading'])} /Producer (Microsoft\u00ae Word for Microsoft 365) /Creator (Microsoft\u00ae Word for Microsoft 365) "
                      f"/Subject {lit(FOOT)} /CreationDate (D:20250801090000Z) /ModDate (D:20250812143000Z) >>").encode("latin-1")
    offs = {}
    for no in sorted(new):
        offs[no] = len(out); out += f"{no} 0 obj\n".encode() + new[no] + b"\nendobj\n"
    xref2 = len(out)
    body = "xref\n0 1\n0000000000 65535 f \n"
    for no in sorted(offs):
        body += f"{no} 1\n{offs[no]:010d} 00000 n \n"
    size = max(max(new), n) + 1
    out += body.encode() + f"trailer\n<< /Size {size} /Root {b['cat']} 0 R /Info {b['info']} 0 R /Prev {xref1} >>\nstartxref\n{xref2}\n%%EOF\n".encode()
    open(path, "wb").write(bytes(out))


# ---------------------------------------------------------------- D. key-value table beside each summary
def kv_rows(e, d):
    t = e["t"]; s = e["summary"]
    age = {"Child OPX": "13 years", "Baby QRX": "5 months", "Children STX and UVX": "4 and 11 years", "Child WXX": "8 years"}[t["child_name"]]
    sex = {"female": "Female", "male": "Male", "mixed": "Male and female"}[t["sex"]]
    return [("Review type", "Child safeguarding practice review"), ("Age", age), ("Sex", sex),
            ("Ethnicity", t["ethnicity"].split("|")[0]), ("Area", t["area"]), ("Published", "October 2025")]


def keyvalue(d):
    f = Flow(Page, d["heading"]); f.head(d)
    for i, e in enumerate(d["entries"], 1):
        f.need(250)
        f.para(curly(e["title"]), "F2", 14, 22, (0.1, 0.2, 0.5))
        top = f.y; f.w = 300
        f.para(curly(e["summary"])); f.y -= 4
        for lab, v in parts(e):
            f.para(lab, "F2", 10, 15)
            for it in v:
                for k, ln in enumerate(wrap(it, "F1", 10, 270)):
                    if k == 0: f.pages[-1].text(70, f.y, "\u2022", "F1", 10)
                    f.pages[-1].text(82, f.y, ln, "F1", 10); f.y -= 14
            f.y -= 4
        lk = curly(e["link"]); p = f.pages[-1]
        p.text(60, f.y, lk, "F1", 10, (0.1, 0.3, 0.7)); p.link(60, f.y - 3, width(lk, "F1", 10), 13, url(d, i)); f.y -= 14
        left_end = f.y; f.w = 475
        # the right cell: a bordered key-value table
        y = top + 10
        for k, v in kv_rows(e, d):
            lines = wrap(v, "F1", 9, 100)
            hgt = 6 + 12 * len(lines)
            p.rect(375, y - hgt, 62, hgt, (0.9, 0.9, 0.92), (0.5, 0.5, 0.5))
            p.rect(437, y - hgt, 108, hgt, (1, 1, 1), (0.5, 0.5, 0.5))
            p.text(380, y - 13, k, "F2", 9)
            for j, ln in enumerate(lines): p.text(442, y - 13 - 12 * j, ln, "F1", 9)
            y -= hgt
        f.y = min(left_end, y) - 22
    return f.done()


# ---------------------------------------------------------------- E. A3 poster, four columns, ligature glyphs without ToUnicode
def poster(d):
    p = Page(1191, 842)
    p.rect(0, 762, 1191, 80, (0.2, 0.15, 0.45))
    p.text(40, 805, d["heading"], "F5", 28, (1, 1, 1))
    p.text(40, 778, curly(d["intro"]) + " " + FOOT, "F4", 11, (1, 1, 1))
    colw, gap = 262, 24
    for i, e in enumerate(d["entries"]):
        x0 = 40 + i * (colw + gap)
        tl = wrap(curly(e["title"]), "F5", 13, colw - 16)
        band = 14 + 17 * len(tl)
        p.rect(x0, 735 - band, colw, band, (0.1, 0.45, 0.55))
    for i, e in enumerate(d["entries"], 1):
        x0 = 40 + (i - 1) * (colw + gap)
        tl = wrap(curly(e["title"]), "F5", 13, colw - 16)
        y = 735 - 20
        for ln in tl: p.text(x0 + 8, y, ln, "F5", 13, (1, 1, 1)); y -= 17
        y -= 16
        for ln in wrap(curly(e["summary"]), "F4", 10.5, colw): p.text(x0, y, ln, "F4", 10.5); y -= 14.5
        y -= 6
        for lab, v in parts(e):
            if lab is None:
                for ln in wrap(v, "F4", 10.5, colw): p.text(x0, y, ln, "F4", 10.5); y -= 14.5
                y -= 6; continue
            p.text(x0, y, lab, "F5", 10.5, (0.1, 0.45, 0.55)); y -= 15
            for it in v:
                for k, ln in enumerate(wrap(it, "F4", 10.5, colw - 14)):
                    if k == 0: p.text(x0 + 2, y, "\u2022", "F4", 10.5)
                    p.text(x0 + 14, y, ln, "F4", 10.5); y -= 14.5
            y -= 6
        lk = curly(e["link"])
        p.text(x0, y - 4, lk, "F5", 10.5, (0.1, 0.3, 0.7)); p.link(x0, y - 7, width(lk, "F2", 10.5), 14, url(d, i))
    p.text(40, 30, "NSPCC Learning | Learning from case reviews | January 2026", "F4", 9, (0.4, 0.4, 0.4))
    return [p]


def outlines(d):
    f = Flow(OutlinePage, d["heading"]); f.head(d)
    for i, e in enumerate(d["entries"], 1): f.entry(e, d, i)
    return f.done()


def render_inputs(B, out, only, extra=None):
    os.makedirs(f"{out}/input", exist_ok=True)
    todo = dict(B)
    if extra: todo[extra["file"]] = extra
    for fname, d in todo.items():
        if only and fname not in only: continue
        dst = os.path.abspath(f"{out}/input/{fname}")
        if "msprint" in fname:
            write(msprint(d), dst, d["heading"], "Microsoft: Print To PDF")
        elif "hidden" in fname:
            write(hidden(d), dst, d["heading"], "Microsoft\u00ae Word for Microsoft 365")
        elif "incremental" in fname:
            incremental(d, dst)
        elif "keyvalue" in fname:
            write(keyvalue(d), dst, d["heading"], "Microsoft\u00ae Word for Microsoft 365")
        elif "poster" in fname:
            write(poster(d), dst, d["heading"], "Adobe InDesign 19.0 (Windows)")
        elif "outlines" in fname:
            write(outlines(d), dst, d["heading"], "Adobe Illustrator 28.0 (text converted to outlines)", outlines=True)
        print("wrote", fname)
