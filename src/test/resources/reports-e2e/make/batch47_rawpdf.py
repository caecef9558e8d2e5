"""An InDesign-like PDF written by hand (no library) for batch 47: base-14 Helvetica / Helvetica-Bold (WinAnsi, not
embedded); every line its own text object placed absolutely with `Tm`, drawn with a `TJ` array that carries kerning
adjustments inside words; each page's frames written out of reading order (footer first, then a coloured sidebar frame,
then the body; with side heads, the heading frame after the body frame). No outline, no tags. Test-fixture tooling only.
"""
import re, zlib

W, H = 595.0, 842.0
NARROW, WIDE = set("il.,;:'!|tfjrI()-[] "), set("mwMW")
KERN = {"Te": -70, "To": -70, "Wa": -40, "Wh": -20, "Yo": -60, "av": -15, "ov": -15, "ve": -12, "wo": -10, "ry": -10,
        "ch": 8, "nt": 5, "ff": -10, "rt": 6, "LL": -12, "AV": -70}


def width(s, size):
    em = 0.0
    for c in s:
        em += 0.28 if c in NARROW else 0.83 if c in WIDE else 0.67 if c.isupper() else 0.556
    return em * size


def wrap(text, size, room):
    lines, cur = [], ""
    for w in text.split():
        cand = (cur + " " + w).strip()
        if cur and width(cand, size) > room * 0.93:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    return lines + ([cur] if cur else [])


def pdfstr(s):
    out = []
    for b in s.replace("\u2019", "'").replace("\u2018", "'").encode("cp1252"):
        c = chr(b)
        out.append("\\" + c if c in "\\()" else c if 32 <= b < 127 else "\\%03o" % b)
    return "(" + "".join(out) + ")"


def tj(s):
    """A TJ array: the string cut at kerning pairs, each cut carrying its adjustment (thousandths of an em)."""
    parts, cur = [], ""
    for i, c in enumerate(s):
        cur += c
        k = KERN.get(s[i:i + 2]) if i + 1 < len(s) else None
        if k:
            parts += [pdfstr(cur), str(-k)]
            cur = ""
    if cur:
        parts.append(pdfstr(cur))
    return "[" + " ".join(parts) + "] TJ"


def line(runs, x, y):
    """One text object: runs of (font, size, text) set one after another from (x, y)."""
    ops = ["BT", "1 0 0 1 %.2f %.2f Tm" % (x, y)]
    for font, size, text in runs:
        ops += ["/%s %.1f Tf" % (font, size), tj(text)]
    return " ".join(ops + ["ET"])


class Page:
    def __init__(self):
        self.frames = {"footer": [], "side": [], "body": [], "heads": [], "gfx": []}


class Doc:
    def __init__(self):
        self.pages = []

    def new_page(self):
        self.pages.append(Page())
        return self.pages[-1]

    def write(self, path, order, title):
        objs = ["<< /Type /Catalog /Pages 2 0 R >>", None,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
        kids = []
        for p in self.pages:
            body = "\n".join(sum((p.frames[f] for f in order), [])).encode("latin-1")
            data = zlib.compress(body)
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
            objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                        "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % (len(objs)))
            kids.append(len(objs))
        objs[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
        objs.append("<< /Title %s /Creator (Adobe InDesign-like layout, hand-written for testing) >>" % pdfstr(title))
        out, offs = [b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n"], []
        for i, o in enumerate(objs):
            offs.append(sum(len(b) for b in out))
            o = o if isinstance(o, bytes) else o.encode("latin-1")
            out.append(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
        xref = sum(len(b) for b in out)
        out.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs))
        out.append(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref))
        open(path, "wb").write(b"".join(out))


class Layout:
    """Flows blocks down one body frame (x, room) from top to bottom margin, page after page."""
    def __init__(self, doc, x, room, footer, sidebar=None, top=770.0, bottom=70.0):
        self.doc, self.x, self.room, self.footer, self.sidebar = doc, x, room, footer, sidebar
        self.top, self.bottom, self.y, self.page = top, bottom, None, None

    def start_page(self):
        self.page = self.doc.new_page()
        n = len(self.doc.pages)
        self.page.frames["footer"].append(line([("F1", 8.5, self.footer % n)], self.x, 40))
        if self.sidebar:
            self.page.frames["gfx"].append("0.12 0.35 0.45 rg 0 %.1f 40 %.1f re f 0 g" % (H - 260, 200))
            self.page.frames["side"].append(line([("F2", 8, self.sidebar)], 46, H - 70))
        self.y = self.top

    def need(self, h):
        if self.page is None or self.y - h < self.bottom:
            self.start_page()

    def para(self, runs_text, size=10.0, lead=14.0, indent=0.0, label=None, bold_lead=None, after=6.0, frame="body"):
        lines = wrap(runs_text, size, self.room - indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            runs = [("F1", size, ln)]
            if i == 0 and bold_lead and ln.startswith(bold_lead):
                runs = [("F2", size, bold_lead), ("F1", size, ln[len(bold_lead):])]
            if i == 0 and label:
                self.page.frames["body"].append(line([("F1", size, label)], self.x, self.y))
            self.page.frames[frame].append(line(runs, self.x + indent, self.y))
            self.y -= lead
        self.y -= after

    def heading(self, text, size=13.0):
        self.need(size * 1.6 + 40)
        self.y -= 8
        for ln in wrap(text, size, self.room):
            self.page.frames["body"].append(line([("F2", size, ln)], self.x, self.y))
            self.y -= size * 1.35
        self.y -= 4


def cover(doc, c, invented):
    p = doc.new_page()
    p.frames["gfx"].append("0.12 0.35 0.45 rg 0 700 595 142 re f 0 g")
    p.frames["body"].append(line([("F2", 12, c["partnership"])], 56, 760))
    y = 600
    for ln in wrap(c["title"], 24, 480):
        p.frames["body"].append(line([("F2", 24, ln)], 56, y))
        y -= 30
    for t in (c["by"], c["date"]):
        y -= 10
        p.frames["body"].append(line([("F1", 12, t)], 56, y))
    p.frames["body"].append(line([("F1", 8.5, invented)], 56, 120))


def column_report(rep, path, invented, short_footer):
    """Oakenshaw: one body frame beside a sidebar; footer, sidebar and graphics written before the body."""
    doc = Doc()
    cover(doc, rep["cover"], invented)
    lay = Layout(doc, 72, 460, short_footer + "   |   %d", sidebar=short_footer)
    lay.start_page()
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            lay.heading(b[1])
        elif k == "p":
            lay.para(b[1])
        elif k == "lp":
            lay.para("Learning point: " + b[1], bold_lead="Learning point:", indent=14)
        elif k == "items":
            for i, t in enumerate(b[2]):
                lay.para(t, indent=20, label="%d." % (i + 1))
        else:
            raise ValueError(k)
    doc.write(path, ("footer", "gfx", "side", "body"), rep["cover"]["title"])


def side_head_report(rep, path, invented):
    """Wyndle: headings in a narrow left frame beside their section's first line; body in the right frame; the heading
    frame written after the body frame on each page; 'R1' / 'G1' labels in the heading frame."""
    doc = Doc()
    cover(doc, rep["cover"], invented)
    lay = Layout(doc, 200, 340, "%d")
    lay.start_page()
    for b in rep["blocks"]:
        k = b[0]
        if k == "h1":
            lay.need(60)
            lay.y -= 10
            y = lay.y
            for ln in wrap(b[1], 11, 130):
                lay.page.frames["heads"].append(line([("F2", 11, ln)], 56, y))
                y -= 14
        elif k == "p":
            lay.para(b[1])
        elif k == "items":
            code = "R" if b[1] == "recommendations" else "G"
            for i, t in enumerate(b[2]):
                lay.need(14)
                lay.page.frames["heads"].append(line([("F2", 10, "%s%d" % (code, i + 1))], 176, lay.y))
                lay.para(t)
        else:
            raise ValueError(k)
    doc.write(path, ("footer", "gfx", "body", "heads"), rep["cover"]["title"])
