"""Batch 44's own page layout for the reports written by small programs (hand-written PostScript for Ghostscript, the
Node.js and Perl PDF writers): lines broken with base-14 widths, each text block an element (a future tag or Form
XObject) of runs (font, size, x, y, cp1252 text) and drawings. Test-fixture tooling only: every report is invented.
"""
import re
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = 595.0, 842.0
FONTS = {"H": "Helvetica", "HB": "Helvetica-Bold", "T": "Times-Roman", "TI": "Times-Italic", "TB": "Times-Bold"}
NOTE = re.compile(r"\^(\d+)")


def clean(s):
    return s.replace("\u2019", "'").replace("\u2018", "'")


def width(text, font, size):
    w = 0.0
    for part in re.split(r"(\^\d+)", text):
        if part.startswith("^"):
            w += stringWidth(part[1:], FONTS[font], size * 0.65)
        else:
            w += stringWidth(part, FONTS[font], size)
    return w


def wrap(text, font, size, w):
    lines, cur = [], ""
    for word in clean(text).split():
        t = (cur + " " + word).strip()
        if width(t, font, size) > w and cur:
            lines.append(cur)
            cur = word
        else:
            cur = t
    return lines + [cur]


class Frame:
    """A column (x, width) on a page; y runs down from top to bottom."""

    def __init__(self, doc, cols, top, bottom, left, right, gap=18.0):
        self.doc, self.cols, self.top, self.bottom, self.left, self.right, self.gap = doc, cols, top, bottom, left, right, gap
        self.col, self.y = 0, top

    @property
    def colw(self):
        return (self.right - self.left - self.gap * (self.cols - 1)) / self.cols

    @property
    def x(self):
        return self.left + self.col * (self.colw + self.gap)

    def need(self, h):
        if self.y - h < self.bottom:
            if self.col + 1 < self.cols:
                self.col += 1
            else:
                self.doc.new_page()
                self.col = 0
            self.y = self.top


class Doc:
    def __init__(self, footer=None, body_font="T", size=10.5, lead=14.0):
        self.pages, self.footer, self.body_font, self.size, self.lead = [], footer, body_font, size, lead

    def new_page(self, rotate=False):
        self.pages.append({"elems": [], "gfx": [], "rotate": rotate})
        if self.footer and len(self.pages) > 1:
            self.pages[-1]["footer"] = ("H", 8.0, 72.0, 40.0, self.footer % len(self.pages))
        return self.pages[-1]

    def elem(self, tag):
        e = {"tag": tag, "runs": [], "gfx": []}
        self.pages[-1]["elems"].append(e)
        return e

    def text(self, fr, tag, text, font=None, size=None, lead=None, before=0.0, after=6.0, indent=0.0, label=None,
             label_font=None, width=None):
        font, size, lead = font or self.body_font, size or self.size, lead or self.lead
        lines = wrap(text, font, size, (width or fr.colw) - indent)
        fr.need(before + lead * min(2, len(lines)))
        fr.y -= before
        e = self.elem(tag)
        for i, line in enumerate(lines):
            if fr.y - lead < fr.bottom:
                fr.need(lead * 2)
                e = self.elem(tag)
            fr.y -= lead
            if i == 0 and label:
                e["runs"].append((label_font or font, size, fr.x, fr.y, label))
            self.runs(e, font, size, fr.x + indent, fr.y, line)
        fr.y -= after
        return e

    @staticmethod
    def runs(e, font, size, x, y, line):
        for part in re.split(r"(\^\d+)", line):
            if not part:
                continue
            if part.startswith("^"):
                e["runs"].append((font, size * 0.65, x, y + size * 0.38, part[1:]))
                x += stringWidth(part[1:], FONTS[font], size * 0.65)
            else:
                e["runs"].append((font, size, x, y, part))
                x += stringWidth(part, FONTS[font], size)


def cover(doc, c, invented, title_font="HB"):
    doc.new_page()
    fr = Frame(doc, 1, 700, 72, 72, 523)
    doc.text(fr, "P", c["partnership"], font="H", size=13, lead=18, after=40)
    doc.text(fr, "P", c["title"], font=title_font, size=22, lead=28, after=30)
    doc.text(fr, "P", c["by"], font="H", size=12, lead=16)
    doc.text(fr, "P", c["date"], font="H", size=12, lead=16, after=60)
    doc.text(fr, "P", invented, font="H", size=9, lead=12)


def tab_pdf_hex(s):
    return "<" + clean(s).encode("cp1252").hex().upper() + ">"


def pdf_ops(runs, fonts):
    out = []
    for font, size, x, y, text in runs:
        out.append("BT /%s %.2f Tf %.2f %.2f Td %s Tj ET" % (fonts[font], size, x, y, tab_pdf_hex(text)))
    return "\n".join(out)


def gfx_pdf(g):
    out = []
    for k in g:
        if k[0] == "rect":
            _, x, y, w, h, gray, fill = k
            out.append("q %.2f %s %.2f %.2f %.2f %.2f re %s Q" % (gray, "g" if fill else "G", x, y, w, h, "f" if fill else "S"))
        elif k[0] == "line":
            _, x1, y1, x2, y2, lw = k
            out.append("q %.2f w %.2f %.2f m %.2f %.2f l S Q" % (lw, x1, y1, x2, y2))
    return "\n".join(out)


PDF_FONTS = {"H": "F1", "HB": "F2", "T": "F3", "TI": "F4", "TB": "F5"}


def to_model(doc):
    """The pages as the Node.js / Perl writers read them: per page the untagged drawings and per element its content."""
    pages = []
    for p in doc.pages:
        art = gfx_pdf(p["gfx"])
        if p.get("footer"):
            art += "\n" + pdf_ops([p["footer"]], PDF_FONTS)
        pages.append({"artifact": art, "elems": [{"tag": e["tag"], "ops": gfx_pdf(e["gfx"]) + "\n" + pdf_ops(e["runs"], PDF_FONTS)}
                                                   for e in p["elems"] if e["runs"] or e["gfx"]]})
    return {"pages": pages, "fonts": {v: FONTS[k] for k, v in PDF_FONTS.items()}}


def ps_str(s):
    s = clean(s).replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "-")
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return "(" + s.replace("\u2022", "\\267") + ")"  # StandardEncoding's bullet


def to_postscript(doc, title):
    out = ["%!PS-Adobe-3.0", "%%Title: " + title, "%%Pages: %d" % len(doc.pages), "%%EndComments",
           "/F { findfont exch scalefont setfont } bind def", "/S { moveto show } bind def"]
    for i, p in enumerate(doc.pages):
        out.append("%%%%Page: %d %d" % (i + 1, i + 1))
        out.append("save")
        if p["rotate"]:
            out.append("595 0 translate 90 rotate")
        for e in p["elems"]:
            for g in e["gfx"]:
                out.append(gfx_ps(g))
        for g in p["gfx"]:
            out.append(gfx_ps(g))
        runs = [r for e in p["elems"] for r in e["runs"]] + ([p["footer"]] if p.get("footer") else [])
        for font, size, x, y, text in runs:
            out.append("%.2f /%s F %s %.2f %.2f S" % (size, FONTS[font], ps_str(text), x, y))
        out.append("restore showpage")
    out.append("%%EOF")
    return "\n".join(out) + "\n"


def gfx_ps(k):
    if k[0] == "rect":
        _, x, y, w, h, gray, fill = k
        return "gsave %.2f setgray %.2f %.2f %.2f %.2f %s grestore" % (gray, x, y, w, h, "rectfill" if fill else "rectstroke")
    _, x1, y1, x2, y2, lw = k
    return "gsave %.2f setlinewidth %.2f %.2f moveto %.2f %.2f lineto stroke grestore" % (lw, x1, y1, x2, y2)
