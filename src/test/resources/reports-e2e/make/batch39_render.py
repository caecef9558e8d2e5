"""Batch 39 renderer: ReportLab 3.6 canvas programs, one small flow engine (wrapping, pages, footers) with a drawing mode
per report: 'glyph' (each glyph its own BT .. Tm .. Tj .. ET), 'shuffled' (each word its own text matrix, each page's
words drawn in shuffled order), 'tjgaps' (one TJ array per line, word gaps as displacements, no space glyphs), and the
ordinary one for the outline-at-the-foot, borderless form, two-column form, run-in colon and contents/footer reports.
Every child, family, area, partnership, agency and person rendered here is invented for software testing.
Test-fixture tooling only.
"""
import os, random
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from batch39_content import INVENTED

W, H = A4
TTF = {"LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
       "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
       "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
       "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
FAMILY = {"glyph": ("LibSans", "LibSans-Bold"), "shuffled": ("Helvetica", "Helvetica-Bold"),
          "tjgaps": ("Times-Roman", "Times-Bold"), "outlinefoot": ("Helvetica", "Helvetica-Bold"),
          "borderless_form": ("Helvetica", "Helvetica-Bold"), "twocol_form": ("DejaVu", "DejaVu-Bold"),
          "runin": ("Times-Roman", "Times-Bold"), "contents_footer": ("Helvetica", "Helvetica-Bold")}
for name, path in TTF.items():
    pdfmetrics.registerFont(TTFont(name, path))


class Flow:
    L, R, TOP, BOTTOM = 64, 531, 780, 74

    def __init__(self, rep, path, contents=None):
        self.rep, self.mode = rep, rep["shape"]
        self.reg, self.bold = FAMILY[self.mode]
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(rep["cover"]["title"])
        self.c.setAuthor(rep["cover"]["partnership"])
        self.c.setCreator("batch39 %s (ReportLab canvas)" % self.mode)
        self.page, self.y, self.section, self.pending = 1, self.TOP, "", []
        self.rng = random.Random(rep["file"])
        self.heading_pages, self.contents = [], contents
        self.last_y = self.TOP

    # ---- drawing one run of text in the report's mode
    def text(self, x, y, s, font, size, colour=(0.1, 0.1, 0.1)):
        c = self.c
        if self.mode == "glyph":
            c.setFillColorRGB(*colour)
            for i, ch in enumerate(s):
                if ch != " ":
                    c.setFont(font, size)
                    c.drawString(x + pdfmetrics.stringWidth(s[:i], font, size), y, ch)
        elif self.mode == "shuffled":
            pos = 0
            for word in s.split(" "):
                if word:
                    self.pending.append((x + pdfmetrics.stringWidth(s[:pos], font, size), y, word, font, size, colour))
                pos += len(word) + 1
        elif self.mode == "tjgaps":
            c.setFillColorRGB(*colour)
            t = c.beginText(x, y)
            t.setFont(font, size)
            parts = []
            for k, word in enumerate(s.split(" ")):
                if k:
                    parts.append("-%d" % self.rng.randint(280, 330))
                parts.append("(%s)" % c._escape(word))
            t._code.append("[%s] TJ" % " ".join(parts))
            c.drawText(t)
        else:
            c.setFillColorRGB(*colour)
            c.setFont(font, size)
            c.drawString(x, y, s)

    def flush(self):
        self.rng.shuffle(self.pending)
        for x, y, word, font, size, colour in self.pending:
            self.c.setFillColorRGB(*colour)
            self.c.setFont(font, size)
            self.c.drawString(x, y, word)
        self.pending = []

    def footer(self):
        f, c = self.reg, self.rep["cover"]
        if self.mode == "contents_footer" and self.page > 2:
            self.text(self.L, 40, c["child_name"], f, 8.5)
            self.text(270, 40, self.section, f, 8.5)
            self.text(480, 40, "Page %d" % self.page, f, 8.5)
        elif self.mode in ("borderless_form", "twocol_form"):
            self.text(self.L, 40, "%s - %s - page %d" % (c["partnership"], c["title"], self.page), f, 8)
        elif self.page > 1:
            self.text(W / 2 - 10, 40, str(self.page), f, 9)

    def new_page(self):
        self.footer()
        self.flush()
        self.c.showPage()
        self.page, self.y = self.page + 1, self.TOP

    def need(self, h):
        if self.y - h < self.BOTTOM:
            self.new_page()

    def para(self, s, size=10.5, lead=14.5, x=None, width=None, font=None, after=6, first=None):
        x = self.L if x is None else x
        width = (self.R - x) if width is None else width
        font = font or self.reg
        lines = simpleSplit(s, font, size, width)
        for i, line in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if i == 0 and first:
                first()
            self.text(x, self.y, line, font, size)
        self.y -= after
        self.last_y = self.y

    def item(self, s, marker, size=10.5, lead=14.5, x=None):
        x = self.L if x is None else x
        lines = simpleSplit(s, self.reg, size, self.R - x - 18)
        for i, line in enumerate(lines):
            self.need(lead)
            self.y -= lead
            if i == 0:
                self.text(x, self.y, marker, self.reg, size)
            self.text(x + 18, self.y, line, self.reg, size)
        self.y -= 4
        self.last_y = self.y

    def heading(self, s, size=15, colour=(0.05, 0.25, 0.45)):
        self.need(size * 1.4 + 3 * 14.5)
        self.y -= 10 + size * 1.3
        self.text(self.L, self.y, s, self.bold, size, colour)
        self.y -= 6
        self.section = s
        self.heading_pages.append((s, self.page))

    def cover(self):
        c, f, b = self.rep["cover"], self.reg, self.bold
        self.c.setFillColorRGB(0.05, 0.25, 0.45)
        self.c.rect(0, H - 120, W, 120, stroke=0, fill=1)
        self.text(self.L, H - 70, c["partnership"], b, 15, (1, 1, 1))
        y = H - 260
        for line in simpleSplit(c["title"], b, 24, self.R - self.L):
            self.text(self.L, y, line, b, 24, (0.05, 0.25, 0.45))
            y -= 30
        self.text(self.L, y - 20, c["by"], f, 12)
        self.text(self.L, y - 40, c["date"], f, 12)
        self.text(self.L, 120, INVENTED, f, 9.5)
        self.new_page()

    def finish(self):
        self.footer()
        self.flush()
        self.c.save()


def body(flow, blocks):
    for b in blocks:
        if b[0] == "h1":
            if flow.rep.get("outline_foot"):
                # every section after the first starts a new page; its bookmark stays at the foot of the page before
                key = "h%d" % len(flow.heading_pages)
                broke = flow.y < flow.TOP
                flow.c.bookmarkHorizontal(key, 0, flow.BOTTOM + 12 if broke else flow.TOP)
                flow.c.addOutlineEntry(b[1], key, 0)
                if broke:
                    flow.new_page()
            flow.heading(b[1])
        elif b[0] == "p":
            flow.para(b[1])
        elif b[0] == "items":
            for k, t in enumerate(b[2]):
                flow.item(t, "%d." % (k + 1) if b[3] == "ol" else "\u2022")


def render_flow(rep, path, contents=None):
    flow = Flow(rep, path, contents)
    flow.cover()
    if contents is not None:
        flow.heading("Contents")
        flow.heading_pages.pop()
        for title, page in contents:
            flow.y -= 18
            dots = flow.R - 30 - flow.L - pdfmetrics.stringWidth(title + " ", flow.reg, 11)
            n = int(dots / pdfmetrics.stringWidth(" .", flow.reg, 11))
            flow.text(flow.L, flow.y, title + " " + " ." * n, flow.reg, 11)
            flow.text(flow.R - pdfmetrics.stringWidth(str(page), flow.reg, 11), flow.y, str(page), flow.reg, 11)
        flow.new_page()
    body(flow, rep["blocks"])
    if rep.get("outline_foot"):
        flow.c.showOutline()
    flow.finish()
    return flow.heading_pages


def render_runin(rep, path):
    flow = Flow(rep, path)
    flow.cover()
    pending = None
    for b in rep["blocks"]:
        if b[0] == "h1r":
            pending = b[1] + ":"
        elif b[0] == "p" and pending:
            label, pending = pending, None
            lw = pdfmetrics.stringWidth(label + " ", flow.bold, 11)
            first = simpleSplit(b[1], flow.reg, 11, flow.R - flow.L - lw)[0]
            flow.need(15)
            flow.y -= 15
            flow.text(flow.L, flow.y, label, flow.bold, 11)
            flow.text(flow.L + lw, flow.y, first, flow.reg, 11)
            rest = b[1][len(first):].strip()
            if rest:
                flow.para(rest, size=11, lead=15)
            else:
                flow.y -= 6
        elif b[0] == "items":
            if pending:  # a run-in label right before a list stands on its own line
                flow.need(15)
                flow.y -= 15
                flow.text(flow.L, flow.y, pending, flow.bold, 11)
                flow.y -= 3
                pending = None
            for k, t in enumerate(b[2]):
                flow.item(t, "(%s)" % "abcdefgh"[k], size=11, lead=15, x=flow.L + 14)
            flow.y -= 4
    flow.finish()


def form_header(flow, kind):
    c = flow.rep["cover"]
    flow.text(flow.L, 790, c["partnership"], flow.bold, 13, (0.3, 0.1, 0.4))
    flow.text(flow.R - pdfmetrics.stringWidth(kind, flow.bold, 13), 790, kind, flow.bold, 13, (0.3, 0.1, 0.4))
    y = 766
    for label, value in (("Child", c["child_name"]), ("Date of panel", "14 October 2025"), ("Status", INVENTED)):
        flow.text(flow.L, y, label, flow.bold, 9.5)
        flow.text(200, y, value, flow.reg, 9.5)
        y -= 14
    flow.y = y - 6


def render_borderless(rep, path):
    flow = Flow(rep, path)
    form_header(flow, "RAPID REVIEW")
    for b in rep["blocks"]:
        if b[0] == "h1":
            flow.heading(b[1], size=12, colour=(0.3, 0.1, 0.4))
        elif b[0] == "qa":
            top = flow.y
            flow.need(30)
            top = flow.y
            label_lines = simpleSplit(b[2], flow.bold, 9.5, 125)
            for i, line in enumerate(label_lines):
                flow.text(flow.L, top - 13 * (i + 1), line, flow.bold, 9.5)
            for a in b[3]:
                flow.para(a[1], size=9.5, lead=13, x=200)
            flow.y = min(flow.y, top - 13 * len(label_lines) - 6)
        elif b[0] == "p":
            flow.para(b[1], size=9.5, lead=13, x=200)
        elif b[0] == "items":
            for t in b[2]:
                flow.item(t, "\u2022", size=9.5, lead=13, x=200)
    flow.finish()


def render_twocol(rep, path):
    flow = Flow(rep, path)
    c = flow.c
    c.setFillColorRGB(0.0, 0.35, 0.3)
    c.rect(0, H - 92, W, 92, stroke=0, fill=1)
    flow.text(56, H - 40, rep["cover"]["partnership"], flow.bold, 12, (1, 1, 1))
    flow.text(56, H - 66, rep["cover"]["title"] + " - " + rep["cover"]["date"], flow.bold, 16, (1, 1, 1))
    flow.text(56, H - 110, INVENTED, flow.reg, 8.5)
    fields, cur = [], None
    for b in rep["blocks"]:
        if b[0] == "h1":
            cur = [b[1], []]
            fields.append(cur)
        else:
            cur[1].append(b)
    cols = [(56, fields[:3]), (305, fields[3:])]
    width = 234
    for x, fs in cols:
        y = H - 128
        for label, blocks in fs:
            lines = []
            for b in blocks:
                if b[0] == "p":
                    lines += [("", l) for l in simpleSplit(b[1], flow.reg, 9, width - 12)]
                else:
                    for k, t in enumerate(b[2]):
                        marker = "%d." % (k + 1) if b[3] == "ol" else "\u2022"
                        for i, l in enumerate(simpleSplit(t, flow.reg, 9, width - 26)):
                            lines.append((marker if i == 0 else " ", l))
                lines.append(("", ""))
            hgt = 20 + 12 * len(lines) + 4
            c.setStrokeColorRGB(0.0, 0.35, 0.3)
            c.setFillColorRGB(0.85, 0.92, 0.9)
            c.rect(x, y - 18, width, 18, stroke=0, fill=1)
            c.rect(x, y - hgt, width, hgt, stroke=1, fill=0)
            flow.text(x + 6, y - 13, label, flow.bold, 9.5, (0.0, 0.3, 0.25))
            flow.heading_pages.append((label, 1))
            ly = y - 20
            for marker, l in lines:
                ly -= 12
                if marker.strip():
                    flow.text(x + 6, ly, marker, flow.reg, 9)
                if l:
                    flow.text(x + (20 if marker else 6), ly, l, flow.reg, 9)
            y -= hgt + 10
    flow.finish()


def render(rep, d):
    path = os.path.join(d, "r.pdf")
    shape = rep["shape"]
    if shape == "runin":
        render_runin(rep, path)
    elif shape == "borderless_form":
        render_borderless(rep, path)
    elif shape == "twocol_form":
        render_twocol(rep, path)
    elif rep.get("contents"):
        pages = render_flow(rep, path, contents=[(h[1], 0) for h in rep["blocks"] if h[0] == "h1"])
        render_flow(rep, path, contents=pages)  # second pass: the page numbers of the first
    else:
        render_flow(rep, path)
    return path
