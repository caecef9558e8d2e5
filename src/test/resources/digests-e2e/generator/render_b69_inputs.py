# Renders the inputs of batch b69 (see render_b69.py and entries_b69.py). Invented material, test fixtures only. Each input is
# made by the producer it names, from a source written here into b69/source/ (run with /usr/bin/python3: reportlab 3.6,
# pypdf 3, PIL, matplotlib 3.6; qpdf 11):
# A: a SCANNED BLANK TEMPLATE (a greyish picture of ruled boxes and a banner, no text) FILLED IN with a PDF viewer's
#    TYPEWRITER / 'Fill & Sign' tool: the page content is only the picture; every word (heading, intro, titles, summaries,
#    labels and items, links, footer) is in FreeText annotations (/IT /FreeTextTypeWriter, /Contents with '\r' between the
#    typed lines, /DA, /DS, an appearance stream drawing the wrapped lines in Helvetica), a link annotation over each link.
# B: a PDF PORTFOLIO: a ReportLab cover page (heading, intro, the names of the files it holds), then `qpdf --add-attachment`
#    of four ReportLab ONE-PAGE PDFs, one entry each (title, summary, bold labels, '•' items, link), then /Collection and
#    /PageMode /UseAttachments (pypdf 3), as a portfolio made in a viewer shows its files instead of its cover.
# C: a REPORTLAB 3.6 canvas whose heading, titles and labels are GRADIENT TEXT: each drawn with text render mode 7 (the
#    glyphs only added to the clip), then an axial shading painted through that clip (`sh`); summaries, '•' items and links
#    plain text.
# D: a MATPLOTLIB 3.6 figure saved with PdfPages (the PDF backend's default `pdf.fonttype` 3: DejaVu Sans as TYPE 3 fonts,
#    every glyph a CharProc), each line a `fig.text`, links with `url=`, a small bar chart under the intro.
# E: a REPORTLAB 3.6 fold-in-half TENT CARD, A4 portrait: each page two entries, the lower half upright, the UPPER HALF
#    TURNED 180 DEGREES (upside down, so both read the right way up when the card stands folded); a dashed fold line.
import io, os, subprocess, textwrap
from render_b32_inputs import groups, url, curly

FOOT = "Summaries written for testing: every child, family and place in this digest is invented."
EPOCH = "1764547200"
LIB = "/usr/share/fonts/truetype/liberation"
DJV = "/usr/share/fonts/truetype/dejavu"
G = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd=None, ok=(0,)):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, env=dict(os.environ, SOURCE_DATE_EPOCH=EPOCH), timeout=600)
    if r.returncode not in ok: raise RuntimeError(f"{cmd[0]} exit {r.returncode}: {r.stdout[-1500:]!r} {r.stderr[-2000:]!r}")
    return r


def fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("LS", f"{LIB}/LiberationSans-Regular.ttf"), ("LSB", f"{LIB}/LiberationSans-Bold.ttf"),
                    ("DJ", f"{DJV}/DejaVuSans.ttf"), ("DJB", f"{DJV}/DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames(): pdfmetrics.registerFont(TTFont(name, f))


def wrap(s, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for w in curly(s).split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width: lines.append(cur); cur = w
        else: cur = t
    return lines + ([cur] if cur else [])


class Col:
    """Lays text out down one column from y, recording (x, y, text, font, size, kind) lines and link rects."""
    def __init__(self, left, width, y, size=9.5, lead=12.5):
        self.left, self.width, self.y, self.size, self.lead = left, width, y, size, lead
        self.lines, self.links = [], []

    def para(self, s, font="LS", size=None, lead=None, indent=0.0, bullet=None, after=4.0, uri=None, kind="text"):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        size, lead = size or self.size, lead or self.lead
        for k, ln in enumerate(wrap(s, font, size, self.width - indent)):
            self.y -= lead
            if k == 0 and bullet: self.lines.append((self.left + indent - 10, self.y, bullet, font, size, "text"))
            self.lines.append((self.left + indent, self.y, ln, font, size, kind))
            if uri: self.links.append((uri, (self.left + indent, self.y - 2, self.left + indent + stringWidth(ln, font, size), self.y + size)))
        self.y -= after


def entry_lines(col, d, i, e, reg="LS", bold="LSB", tsize=12):
    col.para(e["title"], font=bold, size=tsize, lead=tsize + 3, after=4, kind="title")
    col.para(e["summary"], font=reg)
    for lab, items in groups(e):
        if lab is None: col.para(items, font=reg); continue
        col.para(lab, font=bold, after=2, kind="label")
        for it in items: col.para(it, font=reg, indent=12, bullet="\u2022", after=1.5)
        col.y -= 3
    col.para(e["link"], font=reg, uri=url(d, i), after=10, kind="link")


def plain_text(d, entries=None):
    out = [d["heading"], d["intro"]]
    for e in entries or d["entries"]:
        out += [e["title"], e["summary"]]
        for lab, items in groups(e):
            out += [items] if lab is None else [lab] + ["\u2022 " + it for it in items]
        out.append(e["link"])
    return "\n".join(curly(s) for s in out + [FOOT]) + "\n"


# ---------------------------------------------------------------- A. a scanned template filled in with a typewriter tool
def template_png(path, boxes, W, H, dpi=100):
    """A greyish 'scan' of a blank template: a banner, ruled boxes, specks; no words."""
    from PIL import Image, ImageDraw
    import random
    rnd = random.Random(69); k = dpi / 72.0
    img = Image.new("L", (int(W * k), int(H * k)), 246); dr = ImageDraw.Draw(img)
    for _ in range(900):
        x0, y0 = rnd.randrange(img.width), rnd.randrange(img.height); dr.point((x0, y0), fill=rnd.randrange(170, 230))
    dr.rectangle([int(36 * k), int(28 * k), int((W - 36) * k), int(70 * k)], fill=205)
    for (x0, y0, x1, y1) in boxes:
        dr.rectangle([int(x0 * k), int((H - y1) * k), int(x1 * k), int((H - y0) * k)], outline=120, width=2)
    img.save(path)


def typewriter_annots(lines_of_blocks, writer, page, H):
    from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, StreamObject,
                               TextStringObject)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    annots = page.get("/Annots") or ArrayObject()
    helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    helv_ref = writer._add_object(helv)
    for n, (x0, ytop, width, size, typed, shown, uri) in enumerate(lines_of_blocks):
        lead = size * 1.25
        hgt = lead * len(shown) + 4
        rect = [x0, ytop - hgt, x0 + width, ytop]
        ops = ["/Tx BMC", "q", "BT", f"/Helv {size:g} Tf", "0 0 0 rg"]
        for k, ln in enumerate(shown):
            ops.append(f"1 0 0 1 2 {hgt - 2 - size - k * lead:.2f} Tm")
            ops.append("(" + ln.encode("cp1252").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj")
        ops += ["ET", "Q", "EMC"]
        ap = StreamObject()
        ap._data = ("\n".join(ops)).encode("latin-1")
        ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(hgt)]),
                   NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv_ref})})})
        a = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/IT"): NameObject("/FreeTextTypeWriter"), NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/Contents"): TextStringObject("\r".join(typed)),
            NameObject("/DA"): TextStringObject(f"0 0 0 rg /Helv {size:g} Tf"),
            NameObject("/DS"): TextStringObject(f"font: Helvetica,sans-serif {size:g}.0pt; text-align:left; color:#000000"),
            NameObject("/T"): TextStringObject("Safeguarding partnership office"),
            NameObject("/NM"): TextStringObject(f"typewriter-{id(page) % 9973}-{n}"),
            NameObject("/M"): TextStringObject("D:20250630101500+01'00'"),
            NameObject("/Subj"): TextStringObject("Typewriter"),
            NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(ap)})})
        annots.append(writer._add_object(a))
        if uri:
            w = stringWidth(shown[0], "Helvetica", size)
            link = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
                                     NameObject("/Rect"): ArrayObject([FloatObject(x0 + 2), FloatObject(ytop - hgt), FloatObject(x0 + 2 + w), FloatObject(ytop - 1)]),
                                     NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
                                     NameObject("/A"): DictionaryObject({NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject(uri)})})
            annots.append(writer._add_object(link))
    page[NameObject("/Annots")] = annots


def typewriter(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from pypdf import PdfReader, PdfWriter
    W, H = 595.28, 841.89
    pages, boxes = [], []
    for p in range(2):
        blocks, y = [], H - 90
        if p == 0:
            blocks.append((40, H - 34, 500, 15, [d["heading"]], [curly(d["heading"])], None))
            intro = wrap(d["intro"], "Helvetica", 9.5, 505)
            blocks.append((40, y, 515, 9.5, [curly(d["intro"])], intro, None)); y -= 12 * len(intro) + 16
        for e_i in (2 * p, 2 * p + 1):
            e, i = d["entries"][e_i], e_i + 1
            top = y; y -= 8
            tl = wrap(e["title"], "Helvetica", 12, 495)
            blocks.append((48, y, 500, 12, [curly(e["title"])], tl, None)); y -= 15 * len(tl) + 8
            sl = wrap(e["summary"], "Helvetica", 9.5, 495)
            blocks.append((48, y, 500, 9.5, [curly(e["summary"])], sl, None)); y -= 11.9 * len(sl) + 8
            for lab, items in groups(e):
                typed, shown = [], []
                if lab is None:
                    typed, shown = [curly(items)], wrap(items, "Helvetica", 9.5, 495)
                else:
                    typed.append(lab); shown.append(lab)
                    for it in items:
                        typed.append("\u2022 " + curly(it)); shown += wrap("\u2022 " + it, "Helvetica", 9.5, 495)
                blocks.append((48, y, 500, 9.5, typed, shown, None)); y -= 11.9 * len(shown) + 8
            blocks.append((48, y, 300, 9.5, [curly(e["link"])], [curly(e["link"])], url(d, i))); y -= 11.9 + 12
            boxes.append((p, (42, y, W - 42, top))); y -= 14
            assert y > 60, "the typed text ran over the page"
        blocks.append((40, 46, 515, 7.5, [FOOT + f" Page {p + 1} of 2"], [FOOT + f" Page {p + 1} of 2"], None))
        pages.append(blocks)
    buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setCreator("Canon iR-ADV C5550 scan"); c.setProducer("Canon iR-ADV C5550 PDF")
    for p in range(2):
        png = f"{src}/{stem}-template-p{p + 1}.png"
        template_png(png, [b for q, b in boxes if q == p], W, H)
        c.drawImage(png, 0, 0, W, H); c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(buf.getvalue())); w = PdfWriter()
    for p, page in enumerate(r.pages):
        w.add_page(page)
        typewriter_annots(pages[p], w, w.pages[p], H)
    w.add_metadata({"/Title": d["heading"], "/Producer": "Adobe Acrobat Pro (64-bit) 24.1.20643 (Fill & Sign)"})
    with open(pdf, "wb") as f: w.write(f)
    open(f"{src}/{stem}.txt", "w").write(plain_text(d))


# ---------------------------------------------------------------- B. a PDF portfolio: a cover and four attached PDFs
def one_pager(d, i, e, path):
    from reportlab.pdfgen import canvas
    fonts(); W, H = 595.28, 841.89
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1); c.setTitle(e["title"]); c.setCreator("ReportLab canvas")
    c.setFillColorRGB(0.1, 0.25, 0.45); c.rect(0, H - 60, W, 60, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1); c.setFont("LS", 9); c.drawString(50, H - 36, f"Case review summary {i} of 4 \u00b7 September 2025")
    col = Col(50, W - 100, H - 80); entry_lines(col, d, i, e, tsize=14)
    for x0, y, s, font, size, kind in col.lines:
        c.setFillColorRGB(*((0.05, 0.33, 0.6) if kind == "link" else (0, 0, 0))); c.setFont(font, size); c.drawString(x0, y, s)
    for uri, rect in col.links: c.linkURL(uri, rect, relative=0)
    c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("LS", 7.5); c.drawString(50, 30, curly(FOOT))
    c.showPage(); c.save()


def portfolio(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject
    fonts(); W, H = 595.28, 841.89
    names = [f"{k + 1:02d}-{e['title'].split(':')[0].lower().replace(' ', '-')}.pdf" for k, e in enumerate(d["entries"])]
    for k, e in enumerate(d["entries"]): one_pager(d, k + 1, e, f"{src}/{names[k]}")
    cover = f"{src}/{stem}-cover.pdf"
    c = canvas.Canvas(cover, pagesize=(W, H), invariant=1); c.setTitle(d["heading"]); c.setCreator("ReportLab canvas")
    col = Col(60, W - 120, H - 80)
    col.para(d["heading"], font="LSB", size=20, lead=25, after=8)
    col.para(d["intro"], size=11, lead=15, after=8)
    col.para("This PDF portfolio holds one file for each review. Open the portfolio in a PDF reader to see them:", size=11, lead=15, after=6)
    for n in names: col.para(n, size=11, lead=15, indent=14, bullet="\u2013", after=1)
    for x0, y, s, font, size, kind in col.lines: c.setFont(font, size); c.drawString(x0, y, s)
    c.setFont("LS", 7.5); c.drawString(60, 30, curly(FOOT)); c.showPage(); c.save()
    att = f"{src}/{stem}-attached.pdf"
    cmd = ["qpdf", cover, att]
    for n in names: cmd += ["--add-attachment", f"{src}/{n}", "--mimetype=application/pdf", f"--description=Case review summary {n[:2]}", "--"]
    run(cmd)
    w = PdfWriter(); w.clone_reader_document_root(PdfReader(att))
    w._root_object[NameObject("/Collection")] = DictionaryObject({NameObject("/Type"): NameObject("/Collection"),
                                                                  NameObject("/View"): NameObject("/D"),
                                                                  NameObject("/D"): TextStringObject(names[0])})
    w._root_object[NameObject("/PageMode")] = NameObject("/UseAttachments")
    with open(pdf, "wb") as f: w.write(f)
    run(["qpdf", "--check", pdf])
    open(f"{src}/{stem}.txt", "w").write(plain_text(d))


# ---------------------------------------------------------------- C. gradient text: 7 Tr, then a shading through the clip
def gradient_string(c, x0, y, s, font, size, c0, c1):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib.colors import Color
    c.saveState()
    t = c.beginText(x0, y); t.setFont(font, size); t.setTextRenderMode(7); t.textOut(s); c.drawText(t)
    c.linearGradient(x0, y, x0 + stringWidth(s, font, size), y + size, (Color(*c0), Color(*c1)), extend=False)
    c.restoreState()


def gradienttext(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    fonts(); W, H = 595.28, 841.89
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1); c.setTitle(d["heading"]); c.setCreator("ReportLab canvas (gradient text)")
    per = [(0, 2), (2, 4)]
    for p, (a, b) in enumerate(per):
        col = Col(55, W - 110, H - 50)
        if p == 0:
            col.para(d["heading"], font="LSB", size=20, lead=24, after=6, kind="heading"); col.para(d["intro"], after=12)
        for k in range(a, b): entry_lines(col, d, k + 1, d["entries"][k], tsize=13); col.y -= 6
        assert col.y > 60, "a page ran over"
        for x0, y, s, font, size, kind in col.lines:
            if kind in ("heading", "title"): gradient_string(c, x0, y, s, font, size, (0.55, 0.05, 0.45), (0.1, 0.3, 0.8))
            elif kind == "label": gradient_string(c, x0, y, s, font, size, (0.0, 0.45, 0.4), (0.1, 0.3, 0.8))
            else:
                c.setFillColorRGB(*((0.05, 0.33, 0.6) if kind == "link" else (0, 0, 0))); c.setFont(font, size); c.drawString(x0, y, s)
        for uri, rect in col.links: c.linkURL(uri, rect, relative=0)
        c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("LS", 7.5); c.drawString(55, 28, curly(FOOT)); c.drawRightString(W - 55, 28, f"{p + 1}")
        c.showPage()
    c.save(); open(f"{src}/{stem}.txt", "w").write(plain_text(d))


# ---------------------------------------------------------------- D. matplotlib figure text, Type 3 fonts
def matplotlib_type3(d, src, pdf, stem):
    import matplotlib
    matplotlib.use("pdf")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    fonts()
    matplotlib.rcParams.update({"pdf.fonttype": 3, "font.family": "DejaVu Sans", "svg.hashsalt": "b69"})
    W, H = 595.28, 841.89
    pp = PdfPages(pdf, metadata={"Title": d["heading"], "Creator": "Matplotlib v3.6.3, https://matplotlib.org", "CreationDate": None})
    for p, (a, b) in enumerate([(0, 2), (2, 4)]):
        fig = plt.figure(figsize=(W / 72, H / 72))
        col = Col(50, W - 100, H - 45, size=9, lead=12)
        if p == 0:
            col.para(d["heading"], font="DJB", size=17, lead=21, after=5, kind="title"); col.para(d["intro"], font="DJ", after=8)
            ax = fig.add_axes([50 / W, (col.y - 120) / H, 260 / W, 100 / H])
            ax.bar(["England", "Wales", "Scotland"], [2, 1, 1], color=["#1f5f9f", "#c0392b", "#2e8b57"])
            ax.set_yticks([0, 1, 2]); ax.set_title("Reviews this month by nation", fontsize=8); ax.tick_params(labelsize=7)
            col.y -= 140
        for k in range(a, b): entry_lines(col, d, k + 1, d["entries"][k], reg="DJ", bold="DJB", tsize=12); col.y -= 4
        assert col.y > 50, "a page ran over"
        links = {rect[1]: uri for uri, rect in col.links}
        for x0, y, s, font, size, kind in col.lines:
            fig.text(x0 / W, y / H, s, fontsize=size, fontweight="bold" if font == "DJB" else "normal",
                     color="#0b548f" if kind == "link" else "black", url=links.get(y - 2))
        fig.text(50 / W, 26 / H, curly(FOOT), fontsize=7, color="#555555"); fig.text((W - 50) / W, 26 / H, f"{p + 1}", fontsize=7, ha="right")
        pp.savefig(fig); plt.close(fig)
    pp.close(); open(f"{src}/{stem}.txt", "w").write(plain_text(d))


# ---------------------------------------------------------------- E. tent card: upper half turned upside down
def tentcard(d, src, pdf, stem):
    from reportlab.pdfgen import canvas
    fonts(); W, H = 595.28, 841.89
    c = canvas.Canvas(pdf, pagesize=(W, H), invariant=1); c.setTitle(d["heading"]); c.setCreator("ReportLab canvas (tent card)")
    for p in range(2):
        for half in (0, 1):   # 0: lower half, upright; 1: upper half, turned 180 degrees about the page's centre
            k = 2 * p + half; e = d["entries"][k]
            c.saveState()
            if half: c.translate(W, H); c.rotate(180)
            col = Col(45, W - 90, H / 2 - 22, size=8.6, lead=10.8)
            if k == 0:
                col.para(d["heading"], font="LSB", size=14, lead=17, after=3); col.para(d["intro"], after=6)
            entry_lines(col, d, k + 1, e, tsize=11)
            assert col.y > 34, f"half {k} ran over"
            for x0, y, s, font, size, kind in col.lines:
                c.setFillColorRGB(*((0.05, 0.33, 0.6) if kind == "link" else (0, 0, 0))); c.setFont(font, size); c.drawString(x0, y, s)
            c.setFillColorRGB(0.3, 0.3, 0.3); c.setFont("LS", 6.5); c.drawString(45, 18, curly(FOOT)); c.drawRightString(W - 45, 18, f"Card {p + 1}")
            c.restoreState()
            for uri, (x0, y0, x1, y1) in col.links:
                c.linkURL(uri, (W - x1, H - y1, W - x0, H - y0) if half else (x0, y0, x1, y1), relative=0)
        c.setStrokeColorRGB(0.5, 0.5, 0.5); c.setDash(4, 3); c.setLineWidth(0.6); c.line(20, H / 2, W - 20, H / 2)
        c.showPage()
    c.save(); open(f"{src}/{stem}.txt", "w").write(plain_text(d))


MAKERS = {"typewriter": typewriter, "portfolio": portfolio, "gradienttext": gradienttext, "matplotlib": matplotlib_type3,
          "tentcard": tentcard}


def render_inputs(batch, out, only):
    src, inp = f"{out}/source", f"{out}/input"
    os.makedirs(src, exist_ok=True); os.makedirs(inp, exist_ok=True)
    for fname, d in batch.items():
        if only and fname not in only: continue
        maker = next(v for k, v in MAKERS.items() if k in fname)
        maker(d, src, f"{inp}/{fname}", fname[:-4])
        print("wrote", fname)
