"""PDFs written by hand (no library) for batch 49. Base-14 Helvetica / Helvetica-Bold, not embedded, widths from their
AFM metrics. Test-fixture tooling only.

- skia_like (Ashgrove): as a Google Docs export through Skia: every line its own text object, no tags; the headings set
  in the body's font, size and weight, so that only the outline (bookmarks, one per heading) marks them;
- print_to_pdf_like (Fernmouth): as 'Microsoft: Print To PDF' writes it: every glyph placed on its own with its own
  text matrix and no space characters (word gaps only by position); 'fi' and 'fl' set as ligature glyphs, each one
  code (a /Differences encoding naming /fi /fl; no ToUnicode);
- broken_tounicode (Brackley Heath): the body font carries a /ToUnicode CMap that maps each letter code 29 below its
  glyph (as a subset font's CMap off by the subset offset), so the body extracts as garbage; the bold headings and
  cover lines are in a font without one and extract right. A copy without the CMap gives the truth its pages.
"""
import zlib

W, H = 595.0, 842.0
HV = [278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
      556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
      722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 222, 556, 556, 500, 556,
      556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
      260, 334, 584]
HB = [278, 333, 474, 556, 556, 889, 722, 278, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
      556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
      722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 278, 556, 611, 556, 611,
      556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
      280, 389, 584]
OTHER = {"\u2019": (222, 278), "\u2018": (222, 278), "\u2022": (350, 350), "\u2013": (556, 556), "\x1e": (500, 611),
         "\x1f": (500, 611)}
LIG = {"fi": "\x1e", "fl": "\x1f"}


def cw(c, bold=False):
    o = ord(c)
    if 32 <= o < 127:
        return (HB if bold else HV)[o - 32]
    return OTHER.get(c, (556, 556))[1 if bold else 0]


def width(s, size, bold=False):
    return sum(cw(c, bold) for c in s) * size / 1000.0


def wrap(text, size, room, bold=False):
    lines, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w).strip()
        if cur and width(cand, size, bold) > room:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    return lines + ([cur] if cur else [])


def pdfstr(s):
    out = []
    for ch in s:
        if ch in "\x1e\x1f":
            out.append("\\%03o" % ord(ch))
            continue
        for b in ch.encode("cp1252"):
            c = chr(b)
            out.append("\\" + c if c in "\\()" else c if 32 <= b < 127 else "\\%03o" % b)
    return "(" + "".join(out) + ")"


def line_ops(font, size, text, x, y):
    """One text object per line (Skia / Word-like)."""
    return "BT /%s %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (font, size, x, y, pdfstr(text))


def glyph_ops(font, size, text, x, y):
    """One text object per line, every glyph with its own Tm; spaces are not drawn, only skipped; fi / fl ligatures."""
    bold = font == "F2"
    for k, v in LIG.items():
        text = text.replace(k, v)
    ops, cx = ["BT /%s %.1f Tf" % (font, size)], x
    for c in text:
        if c != " ":
            ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (cx, y, pdfstr(c)))
        cx += cw(c, bold) * size / 1000.0
    return " ".join(ops + ["ET"])


def broken_cmap():
    pairs = []
    for code in range(32, 256):
        uni = code - 29 if 0x40 <= code <= 0x7e else code
        if code >= 0x80:
            uni = ord(bytes([code]).decode("cp1252", errors="replace"))
        pairs.append("<%02X> <%04X>" % (code, uni))
    blocks = []
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        blocks.append("%d beginbfchar\n%s\nendbfchar" % (len(chunk), "\n".join(chunk)))
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n%s\nendcmap\nCMapName currentdict /CMap defineresource "
            "pop\nend\nend\n" % "\n".join(blocks))


class RawDoc:
    def __init__(self, draw=line_ops):
        self.pages, self.outline, self.draw = [], [], draw

    def new_page(self):
        self.pages.append([])

    def text(self, font, size, s, x, y):
        self.pages[-1].append(self.draw(font, size, s, x, y))

    def write(self, path, producer, title, f1_extra="", tounicode=False):
        objs = ["<< /Type /Catalog /Pages 2 0 R%s >>", None,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s%s >>"
                % ("<< /BaseEncoding /WinAnsiEncoding /Differences [30 /fi /fl] >>" if f1_extra == "lig"
                   else "/WinAnsiEncoding", " /ToUnicode 5 0 R" if tounicode else ""),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %s >>"
                % ("<< /BaseEncoding /WinAnsiEncoding /Differences [30 /fi /fl] >>" if f1_extra == "lig"
                   else "/WinAnsiEncoding")]
        cm = broken_cmap().encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(cm) + cm + b"\nendstream")  # object 5 (unused without tounicode)
        kids = []
        for ops in self.pages:
            data = zlib.compress("\n".join(ops).encode("latin-1"))
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
            objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % len(objs))
            kids.append(len(objs))
        objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
        outlines = ""
        if self.outline:
            root = len(objs) + 1
            first = root + 1
            n = len(self.outline)
            objs.append("<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (first, first + n - 1, n))
            for i, (t, page, y) in enumerate(self.outline):
                links = (" /Prev %d 0 R" % (first + i - 1) if i else "") + (" /Next %d 0 R" % (first + i + 1) if i < n - 1 else "")
                objs.append("<< /Title %s /Parent %d 0 R%s /Dest [%d 0 R /XYZ 0 %.1f 0] >>"
                            % (pdfstr(t), root, links, kids[page], y + 14))
            outlines = " /Outlines %d 0 R /PageMode /UseOutlines" % root
        objs[0] = objs[0] % outlines
        objs.append("<< /Producer (%s) /Title %s >>" % (producer, pdfstr(title)))
        out, offs = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"], []
        for i, o in enumerate(objs):
            offs.append(sum(len(b) for b in out))
            o = o if isinstance(o, bytes) else o.encode("latin-1")
            out.append(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
        xref = sum(len(b) for b in out)
        out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs))
        out.append(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref))
        open(path, "wb").write(b"".join(out))


class Flow:
    def __init__(self, doc, x=72.0, room=451.0, top=770.0, bottom=72.0, footer="%d"):
        self.doc, self.x, self.room, self.top, self.bottom, self.footer = doc, x, room, top, bottom, footer
        self.y = None

    def page(self):
        self.doc.new_page()
        self.doc.text("F1", 9, self.footer % len(self.doc.pages), W / 2 - 4, 40)
        self.y = self.top

    def need(self, h):
        if self.y is None or self.y - h < self.bottom:
            self.page()

    def para(self, text, font="F1", size=11.0, lead=15.0, indent=0.0, label=None, after=8.0):
        lines = wrap(text, size, self.room - indent, font == "F2")
        for i, ln in enumerate(lines):
            self.need(lead)
            if i == 0 and label:
                self.doc.text("F1", size, label, self.x, self.y)
            self.doc.text(font, size, ln, self.x + indent, self.y)
            self.y -= lead
        self.y -= after

    def heading(self, text, font="F2", size=13.0, outline=False):
        self.need(size * 1.5 + 50)
        self.y -= 6
        if outline:
            self.doc.outline.append((text, len(self.doc.pages) - 1, self.y))
        self.para(text, font, size, size * 1.35, after=6)


def cover(doc, c, invented, title_font="F2"):
    doc.new_page()
    y = 740.0
    for ln in wrap(c["partnership"], 13, 450, True):
        doc.text("F2", 13, ln, 72, y)
        y -= 18
    y = 560.0
    for ln in wrap(c["title"], 24, 450, title_font == "F2"):
        doc.text(title_font, 24, ln, 72, y)
        y -= 30
    for t in (c["by"], c["date"]):
        y -= 10
        doc.text("F1", 12, t, 72, y)
        y -= 6
    doc.text("F1", 9, invented, 72, 110)


def body(flow, blocks, head_font="F2", head_size=13.0, outline=False):
    for b in blocks:
        k = b[0]
        if k == "h1":
            flow.heading(b[1], head_font, head_size, outline)
        elif k == "p":
            flow.para(b[1])
        elif k == "items":
            for i, t in enumerate(b[2]):
                flow.para(t, indent=20, label="\u2022" if b[3] == "ul" else "%d." % (i + 1), after=5)
            flow.y -= 4
        else:
            raise ValueError(k)


def skia_like(rep, path, invented):
    doc = RawDoc(line_ops)
    cover(doc, rep["cover"], invented, "F1")
    flow = Flow(doc)
    flow.page()
    body(flow, rep["blocks"], "F1", 11.0, outline=True)
    doc.write(path, "Skia/PDF m120", rep["cover"]["title"])


def print_to_pdf_like(rep, path, invented):
    doc = RawDoc(glyph_ops)
    cover(doc, rep["cover"], invented)
    flow = Flow(doc, footer="Page %d")
    flow.page()
    body(flow, rep["blocks"])
    doc.write(path, "Microsoft: Print To PDF", "Microsoft Word - SCR Child H overview FINAL.docx", "lig")


def broken_tounicode(rep, path, invented, plain_path):
    for p, broken in ((path, True), (plain_path, False)):
        doc = RawDoc(line_ops)
        cover(doc, rep["cover"], invented)
        flow = Flow(doc)
        flow.page()
        body(flow, rep["blocks"])
        doc.write(p, "PDF library 3.1 (hand-written for testing)", rep["cover"]["title"], tounicode=broken)
