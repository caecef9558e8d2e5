# Renders the inputs of batch b65 (see render_b65.py and entries_b65.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b65/source/ (run with /usr/bin/python3: reportlab, PIL; chromium, groff, enscript, ps2pdf, qpdf):
# A: an HTML page printed by CHROMIUM `--print-to-pdf` (no browser header/footer) as a PAGE-LESS document: `@page` is as tall
#    as the whole text (A4 wide, one page 2000+ pt high), as Google Docs' 'pageless' format prints; h1 heading, h2 titles,
#    paragraphs, bold label paragraphs, lists, underlined links.
# B: a REPORTLAB 3.6 canvas (DejaVu Sans / Bold embedded, A4) that draws EVERY GLYPH IN ITS OWN TEXT OBJECT (BT, Tf, Tm, Tj,
#    ET; no spaces drawn), the glyphs of each page written in a RANDOM ORDER (seeded): the reading order is only in the
#    positions. Bold titles and labels, '•' items with hanging indents, link annotations over the link words.
# C: a MAN PAGE (source b65/source/*.man: .TH, .SH heading, .SS titles, .B labels, .IP bullets, .UR links) formatted by
#    GROFF 1.22.4 `-man -Tlatin1 -P-c -P-u` (bold as X<BS>X overstrikes, roff's hyphenation and justification, the man
#    header and footer lines) and printed by GNU ENSCRIPT 1.6 (Courier 10, Latin-1, no enscript header) + Ghostscript
#    `ps2pdf`: each bold letter is DRAWN TWICE at the same place, every link 'words <URL>'.
# D: a one-page COVER PDF (ReportLab: heading, a note that the digest is the attached file, the invented-material note)
#    with the DIGEST ITSELF AS AN ATTACHED HTML FILE (qpdf 11 `--add-attachment`, text/html: /Names /EmbeddedFiles): the text of the entries is nowhere on the page.
# E: a REPORTLAB 3.6 digest with EVERY ENTRY ON ITS OWN PAGE: page 1 opens with the heading and intro; each TITLE is only
#    in the document OUTLINE (a bookmark per entry) and on the page as an IMAGE (a PNG banner drawn with PIL, no text
#    layer); summaries, bold labels, '•' items and the link words as text, a footer on each page.
import os, random, shutil, subprocess, tempfile, io
from html import escape as h
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"
DV = "/usr/share/fonts/truetype/dejavu"


def run(cmd, cwd=None, env=None, ok=(0,), stdin=None):
    e = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {}))
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=e, timeout=600, input=stdin)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stdout[-1500:]!r} {r.stderr[-2000:]!r}")
    return r


def x(s): return h(curly(s), quote=False)


def html_digest(d, css):
    parts = [f'<h1>{x(d["heading"])}</h1><p>{x(d["intro"])}</p>']
    for i, e in enumerate(d["entries"], 1):
        p = [f'<h2>{x(e["title"])}</h2><p>{x(e["summary"])}</p>']
        for lab, items in groups(e):
            if lab is None: p.append(f"<p>{x(items)}</p>"); continue
            p.append(f'<p><b>{x(lab)}</b></p><ul>' + "".join(f"<li>{x(it)}</li>" for it in items) + "</ul>")
        p.append(f'<p><a href="{url(d, i)}">{x(e["link"])}</a></p>')
        parts.append("".join(p))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h(d["heading"])}</title><style>{css}</style>'
            f'</head><body>{"".join(parts)}<p class="foot">{x(FOOT)}</p></body></html>')


# ---------------------------------------------------------------- A. Chromium, page-less (one very long page)
PL_CSS = """@page { size: 210mm 1080mm; margin: 18mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #202124; }
h1 { font-size: 20pt; font-weight: normal; margin: 0 0 10pt; } h2 { font-size: 14pt; font-weight: normal; margin: 22pt 0 6pt; }
p { margin: 0 0 8pt; } ul { margin: 0 0 8pt; padding-left: 24pt; } li { margin: 0 0 3pt; }
a { color: #1155cc; text-decoration: underline; } .foot { font-size: 9pt; color: #5f6368; margin-top: 24pt; }"""


def pageless(d, src, pdf, stem):
    path = f"{src}/{stem}.html"; open(path, "w").write(html_digest(d, PL_CSS))
    with tempfile.TemporaryDirectory(prefix="d65-chrome-") as t:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/d65-chrome", "--no-pdf-header-footer",
             f"--print-to-pdf={t}/p.pdf", f"file://{path}"])
        shutil.copy(f"{t}/p.pdf", pdf)


# ---------------------------------------------------------------- ReportLab helpers (B, D, E)
def fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames(): pdfmetrics.registerFont(TTFont(name, f"{DV}/{f}"))


def wrap(s, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width: lines.append(cur); cur = w
        else: cur = t
    return lines + ([cur] if cur else [])


class Flow:
    """Lays text out top-down on A4, recording each line (x, y, text, font, size) and each link rect per page."""
    def __init__(self, top=800.0, left=60.0, width=475.0, bottom=70.0):
        self.pages, self.links, self.top, self.left, self.width, self.bottom = [[]], [[]], top, left, width, bottom
        self.y = top

    def new_page(self): self.pages.append([]); self.links.append([]); self.y = self.top

    def para(self, s, font="DejaVuSans", size=10.0, lead=13.5, indent=0.0, bullet=None, after=5.0, uri=None, keep=0):
        ls = wrap(curly(s), font, size, self.width - indent)
        if self.y - lead * (len(ls) + keep) < self.bottom: self.new_page()
        from reportlab.pdfbase.pdfmetrics import stringWidth
        for k, ln in enumerate(ls):
            self.y -= lead
            if bullet and k == 0: self.pages[-1].append((self.left + indent - 11, self.y, bullet, font, size))
            self.pages[-1].append((self.left + indent, self.y, ln, font, size))
            if uri: self.links[-1].append((uri, (self.left + indent, self.y - 2, self.left + indent + stringWidth(ln, font, size), self.y + size)))
        self.y -= after

    def entry_body(self, d, i, e):
        self.para(e["summary"])
        for lab, items in groups(e):
            if lab is None: self.para(items); continue
            self.para(lab, font="DejaVuSans-Bold", after=3, keep=1)
            for it in items: self.para(it, indent=14, bullet="\u2022", after=2)
            self.y -= 3
        self.para(e["link"], uri=url(d, i), after=14)


# ---------------------------------------------------------------- B. every glyph its own BT/ET, random order
def glyphshuffle(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fonts(); f = Flow()
    f.para(d["heading"], font="DejaVuSans-Bold", size=16, lead=20, after=6); f.para(d["intro"], after=12)
    for i, e in enumerate(d["entries"], 1):
        f.para(e["title"], font="DejaVuSans-Bold", size=12, lead=16, after=4, keep=3); f.entry_body(d, i, e)
    f.para(FOOT, size=8, lead=11)
    rnd = random.Random(65)
    c = canvas.Canvas(pdf, pagesize=(595.28, 841.89), invariant=1)
    c.setTitle(d["heading"]); c.setCreator("ReportLab canvas (glyph by glyph)")
    open(f"{src}/{stem}.txt", "w").write("\n\n".join("\n".join(l[2] for l in p) for p in f.pages))
    for lines, links in zip(f.pages, f.links):
        glyphs = []
        for x0, y, s, font, size in lines:
            xx = x0
            for ch in s:
                if ch != " ": glyphs.append((xx, y, ch, font, size))
                xx += stringWidth(ch, font, size)
        rnd.shuffle(glyphs)
        for gx, gy, ch, font, size in glyphs:
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(gx, gy); t.textOut(ch); c.drawText(t)
        for uri, rect in links: c.linkURL(uri, rect, relative=0)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- C. groff -man -Tlatin1, printed by enscript
def roff(s): return s.replace("\\", "\\\\").replace("\n.", "\n\\&.")


def manpage(d, src, pdf, stem):
    mon = d["heading"].split(" in ")[-1]
    m = [f'.TH CASE-REVIEWS 7 "{mon}" "NSPCC Learning" "Case review digest"', f'.SH "{d["heading"].upper()}"', roff(d["intro"])]
    for i, e in enumerate(d["entries"], 1):
        m += [f'.SS "{e["title"]}"', ".PP", roff(e["summary"])]
        for lab, items in groups(e):
            if lab is None: m += [".PP", roff(items)]; continue
            m += [".PP", f'.B "{lab}"'] + [x for it in items for x in (".IP \\(bu 2", roff(it))]
        m += [".PP", f".UR {url(d, i)}", roff(e["link"]), ".UE"]
    m += [".SH NOTES", roff(FOOT)]
    path = f"{src}/{stem}.man"; open(path, "w").write("\n".join(m) + "\n")
    txt = run(["groff", "-man", "-Tlatin1", "-P-c", "-P-u", path]).stdout
    open(f"{src}/{stem}.txt", "wb").write(txt)
    with tempfile.TemporaryDirectory(prefix="d65-ens-") as t:
        run(["enscript", "-q", "-B", "-X", "latin1", "--media=A4", "-f", "Courier10", "-p", f"{t}/p.ps", f"{src}/{stem}.txt"])
        run(["ps2pdf", "-sPAPERSIZE=a4", f"{t}/p.ps", f"{t}/p.pdf"])
        shutil.copy(f"{t}/p.pdf", pdf)


# ---------------------------------------------------------------- D. cover page, the digest an attached HTML file
AT_CSS = """body { font-family: Arial, sans-serif; font-size: 11pt; max-width: 46em; margin: 2em auto; }
h2 { font-size: 13pt; margin-top: 1.6em; } a { color: #0b5394; }"""


def attached(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    fonts(); page = io.BytesIO()
    c = canvas.Canvas(page, pagesize=(595.28, 841.89), invariant=1); c.setTitle(d["heading"])
    c.setFillColorRGB(0.06, 0.27, 0.45); c.rect(0, 700, 595.28, 141.89, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
    c.setFont("DejaVuSans-Bold", 22); c.drawString(60, 770, "NSPCC Learning"); c.setFont("DejaVuSans", 14); c.drawString(60, 742, curly(d["heading"]))
    c.setFillColorRGB(0, 0, 0); y = 640
    name = f"case-reviews-{d['month']}.html"
    for s in (f"This cover holds the digest as an attached file: {name}.", "Open the attachments panel (the paper clip) to read the summaries.", FOOT):
        for ln in wrap(curly(s), "DejaVuSans", 11, 475): c.setFont("DejaVuSans", 11); c.drawString(60, y, ln); y -= 16
        y -= 8
    c.showPage(); c.save()
    html = html_digest(d, AT_CSS); open(f"{src}/{name}", "w").write(html)
    cover = f"{src}/{stem}-cover.pdf"; open(cover, "wb").write(page.getvalue())
    run(["qpdf", cover, "--add-attachment", f"{src}/{name}", "--mimetype=text/html", f"--description={d['heading']}", "--", pdf])


# ---------------------------------------------------------------- E. each entry its own page, titles only as images + outline
def title_png(title, path):
    from PIL import Image, ImageDraw, ImageFont
    scale = 4; font = ImageFont.truetype(f"{DV}/DejaVuSans-Bold.ttf", 13 * scale)
    im = Image.new("RGB", (475 * scale, 30 * scale), (222, 235, 247)); dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, 5 * scale, 30 * scale], fill=(31, 78, 121)); dr.text((14 * scale, 7 * scale), curly(title), font=font, fill=(31, 78, 121))
    im.save(path)


def outlinetitles(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    fonts(); c = canvas.Canvas(pdf, pagesize=(595.28, 841.89), invariant=1); c.setTitle(d["heading"])
    for i, e in enumerate(d["entries"], 1):
        f = Flow(top=800.0)
        if i == 1:
            f.para(d["heading"], font="DejaVuSans-Bold", size=16, lead=20, after=6); f.para(d["intro"], after=14)
        png = f"{src}/{stem}-title{i}.png"; title_png(e["title"], png)
        c.drawImage(png, 60, f.y - 30, width=475, height=30); f.y -= 42
        key = f"entry{i}"; c.bookmarkPage(key); c.addOutlineEntry(curly(e["title"]), key, level=0)
        f.entry_body(d, i, e)
        for x0, y, s, font, size in f.pages[0]: c.setFont(font, size); c.drawString(x0, y, s)
        for uri, rect in f.links[0]: c.linkURL(uri, rect, relative=0)
        c.setFont("DejaVuSans", 8); c.drawString(60, 40, curly(FOOT)); c.drawRightString(535, 40, f"{i} / {len(d['entries'])}")
        assert len(f.pages) == 1, "an entry ran over its page"
        c.showPage()
    c.showOutline(); c.save()


MAKERS = {"chromium-pageless": pageless, "reportlab-glyphshuffle": glyphshuffle, "enscript-manpage": manpage,
          "qpdf-attached": attached, "reportlab-outlinetitles": outlinetitles}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        stem = fname[:-4]
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", stem)
        print("wrote", fname)
