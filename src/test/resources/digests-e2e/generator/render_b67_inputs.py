# Renders the inputs of batch b67 (see render_b67.py and entries_b67.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b67/source/ (run with /usr/bin/python3: reportlab, pypdf;
# chromium, pdftotext, java + PDFBox 3.0.8 from ~/.m2 for LayersDigest.java):
# A: a REPORTLAB 3.6 canvas, A4 LANDSCAPE: TWO ENTRIES SIDE BY SIDE on each page (a 2x1 grid), a VERTICAL RULE between the
#    halves; the heading and intro across page 1's top; the lines of a page are WRITTEN ROW BY ROW (sorted by height, the
#    left half's line before the right half's at one height), as a program filling a table row by row draws them.
# B: a REPORTLAB 3.6 POSTER (A3 landscape, one page): heading and intro, then each entry a BAND OF THREE BOXES JOINED BY
#    ARROWS (title, summary and link | learning | recommendations or the no-recommendations sentence, good practice under
#    it); the boxes' labels are ICONS drawn as paths (a light bulb, a clipboard, a star) whose words are ONLY in a marked
#    content /Span with /ActualText ('Learning includes:', ...); items marked by drawn dots (no bullet glyph).
# C: an HTML DRAFT printed by CHROMIUM `--print-to-pdf`, then EDITED as online PDF editors do: for each correction a WHITE
#    RECTANGLE over the draft's word (found with `pdftotext -bbox`) and the new word drawn over it in Liberation Sans
#    (a ReportLab overlay merged by pypdf 3); one draft learning item covered whole by a white rectangle (no new words).
#    The truth is the edited page as it shows.
# D: an HTML page printed by CHROMIUM `--print-to-pdf` whose Type 0 (Identity-H, CIDFontType2) fonts then had their
#    /ToUnicode maps REMOVED (pypdf 3, as a careless 'optimiser' does): the embedded subsets keep their own cmap tables.
# E: a PDFBOX 3.0.8 program (LayersDigest.java) writing two OPTIONAL CONTENT GROUPS, 'Screen' (shown) and 'Print' (off in
#    the default configuration, /Usage Print ON, /AS by event): every TITLE drawn twice at one place (white on a blue band
#    in 'Screen', black in 'Print') and every LABEL twice (blue in 'Screen', black in 'Print'); summaries, '•' items and the
#    link words outside any layer.
import glob, io, os, shutil, subprocess, tempfile
from html import escape as h
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"
LIB = "/usr/share/fonts/truetype/liberation"
G = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd=None, ok=(0,)):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH), timeout=600)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stdout[-1500:]!r} {r.stderr[-2000:]!r}")
    return r


def x(s): return h(curly(s), quote=False)


def fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames(): pdfmetrics.registerFont(TTFont(name, f"{LIB}/{f}"))


def wrap(s, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for w in curly(s).split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width: lines.append(cur); cur = w
        else: cur = t
    return lines + ([cur] if cur else [])


class Col:
    """Lays text out down one column from y, recording (x, y, text, font, size, colour) lines, link rects and dots."""
    def __init__(self, left, width, y, size=9.5, lead=12.5):
        self.left, self.width, self.y, self.size, self.lead = left, width, y, size, lead
        self.lines, self.links, self.dots = [], [], []

    def para(self, s, font="LS", size=None, lead=None, indent=0.0, bullet=None, after=4.0, uri=None, colour=(0, 0, 0)):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        size, lead = size or self.size, lead or self.lead
        for k, ln in enumerate(wrap(s, font, size, self.width - indent)):
            self.y -= lead
            if k == 0 and bullet == "dot": self.dots.append((self.left + indent - 7, self.y + size * 0.33))
            elif k == 0 and bullet: self.lines.append((self.left + indent - 10, self.y, bullet, font, size, colour))
            self.lines.append((self.left + indent, self.y, ln, font, size, colour))
            if uri: self.links.append((uri, (self.left + indent, self.y - 2, self.left + indent + stringWidth(ln, font, size), self.y + size)))
        self.y -= after


def entry_lines(col, d, i, e, title=True, bullet="\u2022"):
    if title: col.para(e["title"], font="LSB", size=12, lead=15, after=4)
    col.para(e["summary"])
    for lab, items in groups(e):
        if lab is None: col.para(items); continue
        col.para(lab, font="LSB", after=2)
        for it in items: col.para(it, indent=12, bullet=bullet, after=1.5)
        col.y -= 3
    col.para(e["link"], uri=url(d, i), colour=(0.05, 0.33, 0.6), after=10)


# ---------------------------------------------------------------- A. two entries side by side, written row by row
def sidebyside(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    fonts(); W, H = 841.89, 595.28
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1); c.setTitle(d["heading"]); c.setCreator("ReportLab canvas (row by row)")
    ents = d["entries"]; text = []
    for p in range(0, len(ents), 2):
        top = H - 40
        head = Col(40, W - 80, top)
        if p == 0:
            head.para(d["heading"], font="LSB", size=17, lead=21, after=5); head.para(d["intro"], after=6)
            top = head.y - 6
        cols = []
        for k, left in enumerate((40, 436)):
            col = Col(left, 366, top)
            if p + k < len(ents): entry_lines(col, d, p + k + 1, ents[p + k])
            assert col.y > 50, "a half ran over its page"
            cols.append(col)
        lines = head.lines + [l for col in cols for l in col.lines]
        lines.sort(key=lambda l: (-round(l[1], 1), l[0]))   # row by row: top down, left half first at one height
        for x0, y, s, font, size, rgb in lines:
            c.setFillColorRGB(*rgb); c.setFont(font, size); c.drawString(x0, y, s)
        c.setStrokeColorRGB(0.6, 0.6, 0.6); c.setLineWidth(0.8); c.line(420.9, 45, 420.9, top + 4)
        for col in cols:
            for uri, rect in col.links: c.linkURL(uri, rect, relative=0)
        c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("LS", 7.5); c.drawString(40, 25, curly(FOOT)); c.drawRightString(W - 40, 25, f"Page {p // 2 + 1}")
        text.append("\n".join(l[2] for l in lines))
        c.showPage()
    c.save(); open(f"{src}/{stem}.txt", "w").write("\n\n".join(text))


# ---------------------------------------------------------------- B. poster: bands of boxes joined by arrows, icon labels
def actual(c, words, draw):
    """Draws an icon inside a /Span whose /ActualText holds the words it stands for."""
    c._code.append(f"/Span <</ActualText ({words})>> BDC")
    draw(); c._code.append("EMC")


def bulb(c, x0, y0):
    c.setFillColorRGB(0.98, 0.75, 0.1); c.circle(x0 + 9, y0 + 12, 8, fill=1, stroke=0)
    c.setFillColorRGB(0.4, 0.4, 0.4); c.rect(x0 + 5, y0, 8, 4, fill=1, stroke=0)


def clipboard(c, x0, y0):
    c.setStrokeColorRGB(0.1, 0.35, 0.6); c.setLineWidth(1.5); c.rect(x0 + 2, y0, 14, 19, fill=0, stroke=1)
    c.setFillColorRGB(0.1, 0.35, 0.6); c.rect(x0 + 6, y0 + 17, 6, 4, fill=1, stroke=0)
    for k in range(3): c.line(x0 + 5, y0 + 4 + 4 * k, x0 + 13, y0 + 4 + 4 * k)


def star(c, x0, y0):
    import math
    p = c.beginPath()
    for k in range(10):
        r = 10 if k % 2 == 0 else 4.2; a = math.pi / 2 + k * math.pi / 5
        (p.moveTo if k == 0 else p.lineTo)(x0 + 9 + r * math.cos(a), y0 + 9 + r * math.sin(a))
    p.close(); c.setFillColorRGB(0.2, 0.6, 0.3); c.drawPath(p, fill=1, stroke=0)


ICONS = {"Learning includes:": bulb, "Recommendations include:": clipboard, "Identifies good practice including:": star}


def arrow(c, x1, x2, y):
    c.setStrokeColorRGB(0.45, 0.45, 0.45); c.setFillColorRGB(0.45, 0.45, 0.45); c.setLineWidth(2); c.line(x1, y, x2 - 7, y)
    p = c.beginPath(); p.moveTo(x2, y); p.lineTo(x2 - 9, y + 5); p.lineTo(x2 - 9, y - 5); p.close(); c.drawPath(p, fill=1, stroke=0)


def infographic(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    fonts(); W, H = 1190.55, 841.89
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1); c.setTitle(d["heading"]); c.setCreator("ReportLab canvas (poster)")
    c.setFillColorRGB(0.06, 0.27, 0.45); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("LSB", 24); c.drawString(36, H - 46, curly(d["heading"]))
    c.setFillColorRGB(0, 0, 0); c.setFont("LS", 10.5); c.drawString(36, H - 90, curly(d["intro"]))
    boxes = ((36, 380), (450, 310), (800, 354)); y = H - 104; text = []
    for i, e in enumerate(d["entries"], 1):
        cols = [Col(bx + 10, bw - 20, y - 6, size=8.6, lead=10.6) for bx, bw in boxes]
        cols[0].para(e["title"], font="LSB", size=11, lead=13.5, after=3); cols[0].para(e["summary"], after=3)
        cols[0].para(e["link"], uri=url(d, i), colour=(0.05, 0.33, 0.6), after=2)
        icons = []
        for k, (lab, items) in enumerate(groups(e)):
            col = cols[1] if k == 0 else cols[2]
            if lab is None: col.para(items, after=4); continue
            icons.append((col, lab, col.left, col.y - 22)); col.y -= 26
            for it in items: col.para(it, indent=10, bullet="dot", after=1.5)
            col.y -= 5
        bottom = min(col.y for col in cols) - 6
        for (bx, bw), col in zip(boxes, cols):
            c.setStrokeColorRGB(0.06, 0.27, 0.45); c.setLineWidth(1.2); c.setFillColorRGB(0.95, 0.97, 1.0)
            c.roundRect(bx, bottom, bw, y - bottom, 8, fill=1, stroke=1)
        mid = (y + bottom) / 2
        arrow(c, boxes[0][0] + boxes[0][1] + 4, boxes[1][0] - 4, mid); arrow(c, boxes[1][0] + boxes[1][1] + 4, boxes[2][0] - 4, mid)
        for col, lab, ix, iy in icons: actual(c, lab, lambda: ICONS[lab](c, ix, iy))
        for col in cols:
            for x0, yy, s, font, size, rgb in col.lines: c.setFillColorRGB(*rgb); c.setFont(font, size); c.drawString(x0, yy, s)
            c.setFillColorRGB(0.06, 0.27, 0.45)
            for dx, dy in col.dots: c.circle(dx, dy, 1.8, fill=1, stroke=0)
            for uri, rect in col.links: c.linkURL(uri, rect, relative=0)
        text.append("\n".join(l[2] for col in cols for l in col.lines))
        y = bottom - 14
    assert y > 30, "the poster ran over its page"
    c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("LS", 8); c.drawString(36, 18, curly(FOOT))
    c.showPage(); c.save(); open(f"{src}/{stem}.txt", "w").write("\n\n".join(text))


# ---------------------------------------------------------------- Chromium (C, D)
def html_digest(d, css, entries=None):
    parts = [f'<h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(entries or d["entries"], 1):
        p = [f'<h2>{x(e["title"])}</h2><p>{x(e["summary"])}</p>']
        for lab, items in groups(e):
            if lab is None: p.append(f"<p>{x(items)}</p>"); continue
            p.append(f'<p class="lab">{x(lab)}</p><ul>' + "".join(f"<li>{x(it)}</li>" for it in items) + "</ul>")
        p.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
        parts.append("".join(p))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style>'
            f'</head><body>{"".join(parts)}<p class="foot">{x(FOOT)}</p></body></html>')


def chromium(html, src, stem, pdf):
    path = f"{src}/{stem}.html"; open(path, "w").write(html)
    with tempfile.TemporaryDirectory(prefix="d67-chrome-") as t:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/d67-chrome", "--no-pdf-header-footer",
             f"--print-to-pdf={t}/p.pdf", f"file://{path}"])
        shutil.copy(f"{t}/p.pdf", pdf)


WO_CSS = """@page { size: A4; margin: 20mm 22mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.35; }
h1 { font-size: 19pt; margin: 0 0 8pt; } h2 { font-size: 13.5pt; margin: 18pt 0 5pt; color: #1d3f6e; }
p { margin: 0 0 6pt; } .lab { font-weight: bold; margin-top: 8pt; } ul { margin: 0 0 6pt; padding-left: 20pt; }
a { color: #0b5394; } .foot { font-size: 8.5pt; color: #555; margin-top: 18pt; }"""

# Corrections made after the draft was printed: (entry, draft words in a row, index of the word corrected, new word).
# A new word of None covers the whole draft item with a white rectangle and draws nothing.
WO_EDITS = [(1, "8-week-old boy in 2024", 0, "9-week-old"), (1, "aged 23, had told", 1, "27,"),
            (2, "in 2016 who were", 1, "2017"), (2, "aged 28, was away", 1, "26,"),
            (3, "aged 46. She told", 1, "48."), (3, "the school had not been told about an earlier police report", None, None),
            (4, "a 15-year-old girl", 1, "16-year-old"), (4, "in 2022 who took", 1, "2024")]
WO_DRAFT_ITEM = (3, "learning", 1, "the school had not been told about an earlier police report")


def draft_entries(d):
    out = []
    for k, e in enumerate(d["entries"], 1):
        e = dict(e, learning=list(e["learning"]))
        for n, draft, idx, new in WO_EDITS:
            if n != k or new is None: continue
            words = draft.split(); final = list(words); final[idx] = new
            assert " ".join(final) in e["summary"], (k, final)
            e["summary"] = e["summary"].replace(" ".join(final), draft)
        if WO_DRAFT_ITEM[0] == k: e["learning"].insert(WO_DRAFT_ITEM[2], WO_DRAFT_ITEM[3])
        out.append(e)
    return out


def pdf_words(pdf):
    """(page, xMin, yMin, xMax, yMax, word) from pdftotext -bbox, in reading order (y from the page's top)."""
    import re
    out = run(["pdftotext", "-bbox", pdf, "-"]).stdout.decode("utf-8"); words, page = [], -1
    for m in re.finditer(r'<page width|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        if m.group(0).startswith("<page"): page += 1; continue
        words.append((page, *map(float, m.groups()[:4]), h_un(m.group(5))))
    return words


def h_un(s):
    import html
    return html.unescape(s)


def find_run(words, phrase):
    ws = curly(phrase).split()
    for k in range(len(words) - len(ws) + 1):
        if [w[5] for w in words[k:k + len(ws)]] == ws: return words[k:k + len(ws)]
    raise ValueError(f"not printed: {phrase}")


def whiteout(d, src, pdf, stem):
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas
    fonts()
    draft = f"{src}/{stem}-draft.pdf"; chromium(html_digest(d, WO_CSS, draft_entries(d)), src, f"{stem}-draft", draft)
    words = pdf_words(draft); reader = PdfReader(draft); pages = {}
    for n, phrase, idx, new in WO_EDITS:
        run_ = find_run(words, phrase); H = float(reader.pages[run_[0][0]].mediabox.height)
        if new is None:
            pg, x1, y1, x2, y2 = run_[0][0], run_[0][1] - 16, min(w[2] for w in run_), max(w[3] for w in run_), max(w[4] for w in run_)
            pages.setdefault(pg, []).append((x1, H - y2 - 2, x2 - x1 + 2, y2 - y1 + 4, None, 0)); continue
        pg, x1, y1, x2, y2, _ = run_[idx]; size = 11.0
        pages.setdefault(pg, []).append((x1 - 0.5, H - y2 - 0.5, x2 - x1 + 1, y2 - y1 + 1, curly(new), H - y2 + 0.19 * (y2 - y1)))
    for pg, edits in pages.items():
        buf = io.BytesIO(); W, H = float(reader.pages[pg].mediabox.width), float(reader.pages[pg].mediabox.height)
        c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
        for x0, y0, w, hh, new, base in edits:
            c.setFillColorRGB(1, 1, 1); c.rect(x0, y0, w, hh, fill=1, stroke=0)
            if new: c.setFillColorRGB(0, 0, 0); c.setFont("LS", 11); c.drawString(x0 + 0.5, base, new)
        c.showPage(); c.save()
        reader.pages[pg].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    writer = PdfWriter()
    for page in reader.pages: writer.add_page(page)
    writer.add_metadata({"/Producer": "pypdf (edited: white-out and new words)"})
    with open(pdf, "wb") as f: writer.write(f)


NT_CSS = """@page { size: A4; margin: 18mm 20mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11.5pt; line-height: 1.3; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 20pt; margin: 0 0 8pt; } h2 { font-family: 'Liberation Sans', sans-serif; font-size: 13pt; margin: 16pt 0 4pt; }
p { margin: 0 0 6pt; } .lab { font-weight: bold; font-style: italic; margin-top: 8pt; } ul { margin: 0 0 6pt; padding-left: 22pt; }
a { color: #7a1f5c; } .foot { font-size: 9pt; margin-top: 18pt; }"""


def notounicode(d, src, pdf, stem):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    full = f"{src}/{stem}-chromium.pdf"; chromium(html_digest(d, NT_CSS), src, stem, full)
    writer = PdfWriter(); stripped = 0
    for page in PdfReader(full).pages:
        writer.add_page(page)
    for page in writer.pages:
        for font in (page["/Resources"].get_object().get("/Font") or {}).values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type0" and "/ToUnicode" in font: del font[NameObject("/ToUnicode")]; stripped += 1
    assert stripped, "no Type 0 font with a ToUnicode map"
    writer.add_metadata({"/Producer": "pypdf (ToUnicode removed)"})
    with open(pdf, "wb") as f: writer.write(f)
    os.remove(full)


# ---------------------------------------------------------------- E. PDFBox, 'Screen' and 'Print' layers
def layers(d, src, pdf, stem):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fonts(); spec = []; W, H = 595.28, 841.89
    fn = {"LS": "R", "LSB": "B"}
    def text(layer, font, size, x0, y, rgb, s): spec.append(["TEXT", layer, fn[font], size, x0, y, *rgb, s])
    def flush(col):
        for x0, y, s, font, size, rgb in col.lines:
            if font == "LSB" and size == 12:
                spec.append(["RECT", "Screen", 50, y - 5, W - 100, 19, 0.06, 0.27, 0.45])
                text("Screen", font, size, x0 + 6, y, (1, 1, 1), s); text("Print", font, size, x0 + 6, y, (0, 0, 0), s)
            elif font == "LSB":
                text("Screen", font, size, x0, y, (0.06, 0.27, 0.45), s); text("Print", font, size, x0, y, (0, 0, 0), s)
            else: text("-", font, size, x0, y, rgb, s)
        for uri, (a, b, cc, dd) in col.links: spec.append(["LINK", a, b, cc - a, dd - b, uri])
    spec.append(["PAGE"]); col = Col(56, 483, H - 50, size=10, lead=13)
    col.para(d["heading"], font="LS", size=18, lead=22, after=6); col.para(d["intro"], after=10)
    for i, e in enumerate(d["entries"], 1):
        probe = Col(56, 483, col.y, size=10, lead=13); entry_lines(probe, d, i, e)
        if probe.y < 60: flush(col); spec.append(["PAGE"]); col = Col(56, 483, H - 50, size=10, lead=13)
        col.y -= 4; entry_lines(col, d, i, e)
    col.para(FOOT, size=8, lead=10); flush(col)
    path = f"{src}/{stem}.spec.tsv"
    open(path, "w").write("\n".join("\t".join(f"{v:.2f}" if isinstance(v, float) else str(v) for v in r) for r in spec) + "\n")
    m2 = os.path.expanduser("~/.m2/repository")
    jars = [f"{m2}/org/apache/pdfbox/{a}/3.0.8/{a}-3.0.8.jar" for a in ("pdfbox", "fontbox", "pdfbox-io")]
    jars += sorted(glob.glob(f"{m2}/commons-logging/commons-logging/1.3.*/commons-logging-1.3.*.jar"))[-1:]
    run(["java", "-cp", ":".join(jars), f"{G}/LayersDigest.java", path, pdf, curly(d["heading"])])


MAKERS = {"reportlab-sidebyside": sidebyside, "reportlab-infographic": infographic, "chromium-whiteout": whiteout,
          "chromium-notounicode": notounicode, "pdfbox-layers": layers}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", fname[:-4])
        print("wrote", fname)
